/**
 * Issue 14 in every host: the key opportunity brief fills itself from the reps' ticks (open deals
 * at M2 or beyond), a later set-up appends the deals that became key below what a rep typed and
 * keeps it, and the grading tab shows each customer's open deals by formula.
 */
import { FIRST_DATA_ROW, MS, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { BL } from '../../core/layout/briefTab';
import { cellValue } from '../../core/layout/snapshotCell';
import { GP } from '../../core/layout/gradingTab';
import { BRIEF } from '../../core/layout/roleColumns';
import type { CellEdit } from './host';
import { ZH_HEADERS } from '../layout/fixtures';
import type { Scenario } from './scenarios';
import { tabOf, trackerSheet, TRACKER_SHEET } from './trackerSheet';

const DEALS: SnapshotCell[][] = [
  ['ERP升级', '华东精密', '李明', 500000, null, ''],
  ['数据中台', '北京博远', '张伟', 300000, null, ''],
  ['CRM实施', '华东精密', '李明', 200000, null, '丢单'],
  ['云迁移', '深圳云帆', '张伟', 100000, null, ''],
];

/** Ticks the first `n` checklist items of the deal on milestone row `i`. */
const tick = (i: number, n: number) => (wb: WorkbookSnapshot): CellEdit[] =>
  Array.from({ length: n }, (_, k) => ({ sheet: tabOf(wb, 'milestones').name, row: FIRST_DATA_ROW + i, col: MS.checklist + k, value: true }));

export const BRIEF_SCENARIO: Scenario = {
  name: 'the brief lists the deals that reached M2, appends the next ones below what a rep typed, and the grading tab shows each customer\'s open deals',
  initial: { sheets: [trackerSheet(TRACKER_SHEET, ZH_HEADERS, DEALS)] },
  steps: [
    { kind: 'run', date: '2027-01-04' },
    // 数据中台 reaches M3 (13 ticks), the lost CRM实施 M2: only the open one is key.
    { kind: 'edit', cells: (wb) => [...tick(1, 13)(wb), ...tick(2, 8)(wb)] },
    { kind: 'run', date: '2027-01-11' },
    // The rep writes the decision maker's pain on its brief; ERP升级 reaches M2.
    { kind: 'edit', cells: (wb) => [{ sheet: tabOf(wb, 'brief').name, row: FIRST_DATA_ROW, col: BRIEF.decisionMaker + 2, value: '库存积压' }, ...tick(0, 8)(wb)] },
    { kind: 'run', date: '2027-01-18' },
  ],
  check: (wb, e) => {
    const brief = tabOf(wb, 'brief').rows;
    e.equal([brief[FIRST_DATA_ROW]?.[BRIEF.opportunity], brief[FIRST_DATA_ROW + 1]?.[BRIEF.opportunity]], ['数据中台', 'ERP升级'], 'the key opportunities, in the order they became key');
    e.equal(brief[FIRST_DATA_ROW + 2]?.[BRIEF.opportunity] ?? null, null, 'nothing else listed');
    e.equal(brief[FIRST_DATA_ROW]?.[BRIEF.decisionMaker + 2], '库存积压', 'the pain the rep typed');
    // Hosts that calculate show the formulas' values; the in-memory host keeps the formulas alone.
    const shown = (cell: SnapshotCell | undefined, want: unknown, what: string) => {
      e.truthy(cell !== null && cell !== undefined && cell !== '', `${what}: a formula there`);
      const v = cellValue(cell ?? null);
      if (v !== undefined) e.equal(v, want, what);
    };
    shown(brief[FIRST_DATA_ROW]?.[BL.milestone], 'M3 合格决策者', 'its milestone by formula');
    const grading = tabOf(wb, 'grading').rows;
    const east = grading.findIndex((r) => r?.[0] === '华东精密');
    shown(grading[east]?.[GP.count], 1, 'the customer\'s open deals (the lost one left out)');
    shown(grading[east]?.[GP.amount], 500000, 'their amount');
  },
};
