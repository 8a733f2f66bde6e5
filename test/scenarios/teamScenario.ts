/**
 * Issue 18 in every host: the team design and control points tabs are set up once; what the
 * manager types there (ratings, role-play dates, a rep in a blank row, the manual status) stays
 * through later runs, a new rep of the pipeline is added once, and nothing is added twice.
 */
import { FIRST_DATA_ROW, findOurTabs, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { CONTROL, CONTROL_POINTS } from '../../core/layout/controlTab';
import { TEAM } from '../../core/layout/teamTab';
import { sampleOpportunities } from '../../samples/teamPipeline';
import type { CellEdit } from './host';
import type { Scenario } from './scenarios';

const HEADERS = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段'];
const TRACKER = '销售机会跟踪';
const rows = (): SnapshotCell[][] => sampleOpportunities(8, 18).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
/** 2026-12-28 and 2027-01-02 as day numbers (a date cell as every host reads it back from a number). */
const ROLE_PLAY = [46384, 46389];

function tab(wb: WorkbookSnapshot, kind: 'team' | 'control') {
  const t = findOurTabs(wb).get(kind);
  if (!t) throw new Error(`no ${kind} tab in the read-back workbook`);
  return t.sheet;
}

const filled = (row: readonly SnapshotCell[] | undefined, col: number) => row?.[col] !== null && row?.[col] !== undefined && row?.[col] !== '';

export const TEAM_SCENARIO: Scenario = {
  name: 'the team design and control points tabs keep the ratings, role-play dates and status typed there, and add a new rep once',
  initial: { sheets: [{ name: TRACKER, rows: [['团队销售机会'], [], HEADERS, ...rows()], tables: [] }] },
  steps: [
    { kind: 'run', date: '2027-01-04' },
    {
      kind: 'edit',
      cells: (wb) => {
        const team = tab(wb, 'team');
        const control = tab(wb, 'control');
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
        ['新机会', '新客户', '新销售', 5000, null, null].forEach((value, col) => edits.push({ sheet: TRACKER, row: 3 + 8, col, value }));
        return edits;
      },
    },
    { kind: 'run', date: '2027-01-11' },
    { kind: 'run', date: '2027-01-18' },
  ],
  check: (wb, e) => {
    const reps = [...new Set(rows().map((r) => r[2]))];
    const team = tab(wb, 'team');
    const typed = team.rows.slice(FIRST_DATA_ROW).filter((r) => filled(r, TEAM.rep));
    e.equal(typed.map((r) => r![TEAM.rep]), [...reps, '新人', '新销售'], 'the pipeline\'s reps, the one typed in a blank row, the new rep once');
    e.equal(wb.sheets.filter((s) => s.name.startsWith('团队设计')).length, 1, 'one team tab');
    e.equal(wb.sheets.filter((s) => s.name.startsWith('管理控制点')).length, 1, 'one control points tab');
    const control = tab(wb, 'control');
    e.equal(control.rows.slice(FIRST_DATA_ROW).filter((r) => filled(r, CONTROL.point)).length, CONTROL_POINTS.length, 'each control point once');
  },
};
