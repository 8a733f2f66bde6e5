/**
 * Issue 18 in every host: the team design and control points tabs are set up once; what the
 * manager types there (ratings, role-play dates, a rep in a blank row, the manual status) stays
 * through later runs, a new rep of the pipeline is added once, and nothing is added twice.
 */
import { FIRST_DATA_ROW, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { CONTROL, CONTROL_POINTS } from '../../core/layout/controlTab';
import { TEAM } from '../../core/layout/teamTab';
import { ZH_HEADERS } from '../layout/fixtures';
import type { CellEdit } from './host';
import type { Scenario } from './scenarios';
import { TRACKER_SHEET, tabOf, trackerRows, trackerSheet } from './trackerSheet';

const rows = (): SnapshotCell[][] => trackerRows(8, 18);
/** 2026-12-28 and 2027-01-02 as day numbers (a date cell as every host reads it back from a number). */
const ROLE_PLAY = [46384, 46389];

const filled = (row: readonly SnapshotCell[] | undefined, col: number) => row?.[col] !== null && row?.[col] !== undefined && row?.[col] !== '';

/** What the manager types after the first set-up: two reps' ratings and role-play dates, a status, a new rep's deal. */
function typed(wb: WorkbookSnapshot): CellEdit[] {
  const team = tabOf(wb, 'team');
  const control = tabOf(wb, 'control');
  const edits: CellEdit[] = [];
  const rate = (row: number, ratings: number[], day: number) => {
    ratings.forEach((value, k) => edits.push({ sheet: team.name, row, col: TEAM.firstTrait + k, value }));
    edits.push({ sheet: team.name, row, col: TEAM.lastRolePlay, value: day });
  };
  rate(FIRST_DATA_ROW, [5, 5, 5, 1, 1], ROLE_PLAY[0]);
  // A rep the pipeline does not name yet, typed into the first blank row.
  let blank = FIRST_DATA_ROW;
  while (filled(team.rows[blank], TEAM.rep)) blank++;
  edits.push({ sheet: team.name, row: blank, col: TEAM.rep, value: '新人' });
  rate(blank, [2, 3, 3, 5, 5], ROLE_PLAY[1]);
  const joined = FIRST_DATA_ROW + CONTROL_POINTS.findIndex((p) => p.key === 'joined');
  edits.push({ sheet: control.name, row: joined, col: CONTROL.status, value: '完成' });
  // A new rep's opportunity in the tracker.
  ['新机会', '新客户', '新销售', 5000, null, null].forEach((value, col) => edits.push({ sheet: TRACKER_SHEET, row: 3 + 8, col, value }));
  return edits;
}

export const TEAM_SCENARIO: Scenario = {
  name: 'the team design and control points tabs keep the ratings, role-play dates and status typed there, and add a new rep once',
  initial: { sheets: [trackerSheet(TRACKER_SHEET, ZH_HEADERS, rows())] },
  steps: [{ kind: 'run', date: '2027-01-04' }, { kind: 'edit', cells: typed }, { kind: 'run', date: '2027-01-11' }, { kind: 'run', date: '2027-01-18' }],
  check: (wb, e) => {
    const reps = [...new Set(rows().map((r) => r[2]))];
    const team = tabOf(wb, 'team');
    const typed = team.rows.slice(FIRST_DATA_ROW).filter((r) => filled(r, TEAM.rep));
    e.equal(typed.map((r) => r![TEAM.rep]), [...reps, '新人', '新销售'], 'the pipeline\'s reps, the one typed in a blank row, the new rep once');
    e.equal(wb.sheets.filter((s) => s.name.startsWith('团队设计')).length, 1, 'one team tab');
    e.equal(wb.sheets.filter((s) => s.name.startsWith('管理控制点')).length, 1, 'one control points tab');
    const control = tabOf(wb, 'control');
    e.equal(control.rows.slice(FIRST_DATA_ROW).filter((r) => filled(r, CONTROL.point)).length, CONTROL_POINTS.length, 'each control point once');
  },
};
