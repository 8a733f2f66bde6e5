/**
 * The formulas that read the visit report and the brief read them down to a bound: a first
 * set-up implies it (no call spent), a set-up that finds the log near it writes the bound on the
 * tab's marker row and the reading formula columns again, and leaves everything else alone.
 */
import { FIRST_DATA_ROW, MS, applyPlan, findOurTabs, planSetup, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { LOG_BOUND_CELL, LOG_MARGIN, MSX, VISIT } from '../../core/layout/signalColumns';
import { GRADE } from '../../core/layout/triangleColumns';
import { ZH_HEADERS } from './fixtures';

const tracker = { name: 'T', rows: [ZH_HEADERS, ...Array.from({ length: 4 }, (_, i): SnapshotCell[] => [`机会${i}`, `客户${i}`, '李明', 1000, null, null])], tables: [] };
const VISIT_ROWS = 200;
/** A write reaching the bound's cell. */
const atBound = (w: { row: number; col: number; values: readonly (readonly unknown[])[] }) => w.row === LOG_BOUND_CELL.row && w.col <= LOG_BOUND_CELL.col && w.col + (w.values[0]?.length ?? 0) > LOG_BOUND_CELL.col;

function withVisits(wb: WorkbookSnapshot, lastRow: number): WorkbookSnapshot {
  const visits = findOurTabs(wb).get('visits')!.sheet;
  const rows = [...visits.rows] as SnapshotCell[][];
  for (let r = FIRST_DATA_ROW; r <= lastRow; r++) rows[r] = Object.assign([], { [VISIT.date]: 46390, [VISIT.customer]: '客户0', [VISIT.opportunity]: '机会0' });
  return { sheets: wb.sheets.map((s) => (s === visits ? { ...s, rows } : s)) };
}

describe('how far the formulas read the visit report', () => {
  it('is implied on a first set-up, moved on with the formulas that read it when the log nears it, then left alone', () => {
    const first = planSetup({ sheets: [tracker] }, { date: '2027-01-04' });
    const bound = FIRST_DATA_ROW + VISIT_ROWS - 1 + LOG_MARGIN;
    expect(first.writes.some((w) => w.sheet === first.tabs.visits && atBound(w))).toBe(false);
    const count = first.fills.find((f) => f.sheet === first.tabs.milestones && f.col === MSX.signalVisits)!;
    expect(count.formula).toContain(`$${bound + 1})`);

    // The log fills up to 60 rows short of the bound: the next set-up moves it.
    const grown = withVisits(applyPlan({ sheets: [tracker] }, first), bound - 60);
    const second = planSetup(grown, { date: '2027-01-11' });
    const moved = bound - 60 + LOG_MARGIN;
    expect(second.writes.filter((w) => w.sheet === second.tabs.visits && atBound(w))).toEqual([{ sheet: second.tabs.visits, row: 0, col: LOG_BOUND_CELL.col, values: [[moved]] }]);
    const rewritten = second.fills.filter((f) => f.top === FIRST_DATA_ROW).map((f) => [f.sheet, f.col]);
    expect(rewritten).toEqual(expect.arrayContaining([[second.tabs.milestones, MSX.signalVisits], [second.tabs.milestones, MSX.lastSignal], [second.tabs.grading, GRADE.actual]]));
    expect(rewritten).not.toContainEqual([second.tabs.milestones, MS.level]);
    expect(second.fills.find((f) => f.col === MSX.signalVisits)!.formula).toContain(`$${moved + 1})`);

    // With the bound written and room left, a third set-up writes nothing for it.
    const third = planSetup(applyPlan(grown, second), { date: '2027-01-18' });
    expect(third.writes.some((w) => w.sheet === third.tabs.visits)).toBe(false);
    expect(third.fills.filter((f) => f.top === FIRST_DATA_ROW)).toEqual([]);
  });
});
