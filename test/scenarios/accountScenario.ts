/**
 * Issue 18 in every host: the visit report's signals and opportunity, the brief's buying roles
 * and the grading tab's account triangle keep what users typed through later set-ups; and tabs
 * as an earlier version left them (without these columns: their headers and the new columns'
 * cells blank) are widened in place, every row kept, the formula columns written again.
 */
import { FIRST_DATA_ROW, IN, MS, type SnapshotCell, type TabKind, type WorkbookSnapshot } from '../../core/layout';
import { BRIEF_COLUMNS, GRADING_COLUMNS, INTENSITY_COLUMNS, MILESTONE_COLUMNS, VISIT_COLUMNS } from '../../core/layout';
import { MILESTONE_SIGNAL_COLUMNS, MSX, VISIT, signalOption } from '../../core/layout/signalColumns';
import { BRIEF } from '../../core/layout/roleColumns';
import { GRADE } from '../../core/layout/triangleColumns';
import { signalsOf } from '../../core/methodology/buyingSignals';
import type { CellEdit } from './host';
import { ZH_HEADERS } from '../layout/fixtures';
import type { Scenario } from './scenarios';
import { tabOf, trackerRows, trackerSheet, TRACKER_SHEET } from './trackerSheet';

const rows = (): SnapshotCell[][] => trackerRows(6, 21);
/** 2027-01-05 as a day number (a date cell as every host reads it back from a number). */
const VISIT_DAY = 46392;
const PRICE = signalOption(signalsOf('words')[0], 'zh');

/** The columns each tab had before issue 18: where an earlier version's tab ends. */
const BEFORE: [TabKind, number, number][] = [
  ['milestones', MILESTONE_COLUMNS.length, MILESTONE_COLUMNS.length + MILESTONE_SIGNAL_COLUMNS.length],
  ['intensity', IN.powerCheck, INTENSITY_COLUMNS.length],
  ['brief', BRIEF.firstRole, BRIEF_COLUMNS.length],
  ['grading', GRADE.target, GRADING_COLUMNS.length],
  ['visits', VISIT.opportunity, VISIT_COLUMNS.length],
];

/** What users type: a visit with a signal naming the first opportunity, a brief with two roles, a key account's triangle. */
function typed(wb: WorkbookSnapshot): CellEdit[] {
  const ms = tabOf(wb, 'milestones').rows[FIRST_DATA_ROW]!;
  const edits: CellEdit[] = [];
  const put = (kind: TabKind, row: number, col: number, value: SnapshotCell) => edits.push({ sheet: tabOf(wb, kind).name, row, col, value });
  put('visits', FIRST_DATA_ROW, VISIT.date, VISIT_DAY);
  put('visits', FIRST_DATA_ROW, VISIT.customer, ms[MS.customer]);
  put('visits', FIRST_DATA_ROW, VISIT.opportunity, ms[MS.opportunity]);
  put('visits', FIRST_DATA_ROW, VISIT.firstSignal + 2, PRICE);
  put('brief', FIRST_DATA_ROW, BRIEF.opportunity, ms[MS.opportunity]);
  put('brief', FIRST_DATA_ROW, BRIEF.customer, ms[MS.customer]);
  put('brief', FIRST_DATA_ROW, BRIEF.decisionMaker, '王总');
  put('brief', FIRST_DATA_ROW, BRIEF.firstRole, '采购李');
  put('grading', FIRST_DATA_ROW, 1, '高');
  put('grading', FIRST_DATA_ROW, 2, '高');
  put('grading', FIRST_DATA_ROW, GRADE.target, '年内签两单');
  put('grading', FIRST_DATA_ROW, GRADE.information, '预算三月定');
  put('grading', FIRST_DATA_ROW, GRADE.intended, 2);
  return edits;
}

/** The tabs made to look as an earlier version left them: the new columns' headers and cells blank. */
function earlier(wb: WorkbookSnapshot): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const [kind, from, to] of BEFORE) {
    const sheet = tabOf(wb, kind);
    for (let r = FIRST_DATA_ROW - 1; r < sheet.rows.length; r++) {
      for (let c = from; c < to; c++) if (sheet.rows[r]?.[c] !== null && sheet.rows[r]?.[c] !== undefined && sheet.rows[r]?.[c] !== '') edits.push({ sheet: sheet.name, row: r, col: c, value: null });
    }
  }
  return edits;
}

const headersOf = (wb: WorkbookSnapshot, kind: TabKind, from: number, to: number) => (tabOf(wb, kind).rows[FIRST_DATA_ROW - 1] ?? []).slice(from, to);
const filled = (v: SnapshotCell | undefined) => v !== null && v !== undefined && v !== '';

export const ACCOUNT_SCENARIOS: Scenario[] = [
  {
    name: 'the signals, buying roles and account triangle typed on the visit report, brief and grading tab stay through a second set-up',
    initial: { sheets: [trackerSheet(TRACKER_SHEET, ZH_HEADERS, rows())] },
    steps: [{ kind: 'run', date: '2027-01-04' }, { kind: 'edit', cells: typed }, { kind: 'run', date: '2027-01-11' }],
    check: (wb, e) => {
      e.equal(tabOf(wb, 'visits').rows[FIRST_DATA_ROW]?.[VISIT.firstSignal + 2], PRICE, 'the signal typed');
      e.equal(tabOf(wb, 'brief').rows[FIRST_DATA_ROW]?.[BRIEF.firstRole], '采购李', 'the purchaser typed');
      e.equal(tabOf(wb, 'grading').rows[FIRST_DATA_ROW]?.[GRADE.intended], 2, 'the intended frequency typed');
      e.truthy(filled(tabOf(wb, 'milestones').rows[FIRST_DATA_ROW]?.[MSX.signalVisits]), 'the signal count formula');
      e.equal(tabOf(wb, 'visits').rows.slice(FIRST_DATA_ROW).filter((r) => filled(r?.[VISIT.customer])).length, 1, 'one visit, not added again');
    },
  },
  {
    name: 'tabs set up by a version without issue 18\'s columns are widened in place, their rows and what users typed kept',
    initial: { sheets: [trackerSheet(TRACKER_SHEET, ZH_HEADERS, rows())] },
    // Typed before the upgrade: only into the columns the tabs had.
    steps: [{ kind: 'run', date: '2027-01-04' }, { kind: 'edit', cells: earlier }, { kind: 'edit', cells: (wb) => typed(wb).filter((c) => BEFORE.some(([kind, from]) => c.sheet === tabOf(wb, kind).name && c.col < from)) }, { kind: 'run', date: '2027-01-11' }],
    check: (wb, e) => {
      for (const [kind, from, to] of BEFORE) {
        const columns = { milestones: [...MILESTONE_COLUMNS, ...MILESTONE_SIGNAL_COLUMNS], intensity: INTENSITY_COLUMNS, brief: BRIEF_COLUMNS, grading: GRADING_COLUMNS, visits: VISIT_COLUMNS }[kind as 'brief'];
        e.equal(headersOf(wb, kind, from, to), columns.slice(from, to).map((c) => c.header.zh), `the new headers of ${kind}`);
      }
      e.equal(tabOf(wb, 'milestones').rows.slice(FIRST_DATA_ROW).filter((r) => filled(r?.[MS.opportunity])).length, rows().length, 'every opportunity kept, none added');
      for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + rows().length; r++) {
        e.truthy(filled(tabOf(wb, 'milestones').rows[r]?.[MSX.signalVisits]), `the signal count on milestone row ${r + 1}`);
        e.truthy(filled(tabOf(wb, 'grading').rows[r]?.[GRADE.actual]), `the visits of the last 30 days on grading row ${r + 1}`);
      }
      e.equal(tabOf(wb, 'brief').rows[FIRST_DATA_ROW]?.[BRIEF.decisionMaker], '王总', 'the decision maker typed before the upgrade');
    },
  },
];
