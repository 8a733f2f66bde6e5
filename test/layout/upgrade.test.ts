/**
 * A workbook set up before issue 12 keeps its rows; their formulas counted only TRUE
 * (COUNTIF(range,TRUE())), so a √ typed there was a tick for core and none for the workbook.
 * The next set-up writes the milestone tab's formula columns again over those rows; a workbook
 * already on today's formulas is left as it is.
 */
import { FIRST_DATA_ROW, MS, applyPlan, evaluateMilestoneTab, findOurTabs, planFunnel, planSetup, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { MILESTONES } from '../../core/methodology';
import { rangeRef } from '../../core/layout/a1';
import { MSX } from '../../core/layout/signalColumns';
import { ZH_HEADERS, workbook } from './fixtures';
import { toHyperFormula, value } from './hyperformula';

/** The level formula as versions before issue 12 wrote it. */
function oldLevelFormula(row: number): string {
  let formula = '6';
  let end = 0;
  const ranges = MILESTONES.map((m) => {
    const r = { from: end, to: end + m.items.length - 1 };
    end += m.items.length;
    return r;
  });
  for (let m = MILESTONES.length - 1; m >= 0; m--) {
    const range = rangeRef({ top: row, bottom: row, left: MS.checklist + ranges[m].from, right: MS.checklist + ranges[m].to });
    formula = `IF(COUNTIF(${range},TRUE())<${MILESTONES[m].items.length},${m},${formula})`;
  }
  return formula;
}

const tracker = (n: number): SnapshotCell[][] => [ZH_HEADERS, ...Array.from({ length: n }, (_, i): SnapshotCell[] => [`机会${i}`, `客户${i}`, i % 2 ? '李明' : 'Ann*', 1000 * (i + 1), null, null])];

/** Set up today, then made to look as an earlier version left it: old level formulas, √ typed on row 0. */
function oldWorkbook(): { wb: WorkbookSnapshot; tab: string } {
  const snap = workbook({ name: 'T', rows: tracker(4), tables: [] });
  const wb = applyPlan(snap, planSetup(snap));
  const tab = findOurTabs(wb).get('milestones')!.sheet;
  const rows = tab.rows as SnapshotCell[][];
  for (let r = FIRST_DATA_ROW; r < rows.length; r++) {
    rows[r] = [...rows[r]!];
    rows[r][MS.level] = { formula: oldLevelFormula(r), result: 0 };
  }
  for (let k = 0; k < 5; k++) rows[FIRST_DATA_ROW][MS.checklist + k] = '√';
  return { wb, tab: tab.name };
}

describe('a workbook set up by an earlier version', () => {
  it('gets today\'s formulas on its existing rows at the next set-up, so its √ count in the workbook as in core', () => {
    const { wb, tab } = oldWorkbook();
    // Before: the old formula does not count √, core does.
    expect(value(toHyperFormula(wb), tab, FIRST_DATA_ROW, MS.level)).toBe(0);
    expect(evaluateMilestoneTab(wb).funnel.rows[1].count).toBe(1);

    const setup = planSetup(wb);
    const refreshed = setup.fills.filter((f) => f.sheet === tab && f.top === FIRST_DATA_ROW);
    expect(refreshed.map((f) => f.col).sort((a, b) => a - b)).toEqual([MS.level, MS.milestone, MS.probability, MS.weighted, MS.buyerStage, MS.nextStep, MS.inForecast, MS.daysAt, MS.attention, MSX.signalVisits, MSX.lastSignal, MSX.signalsAhead]);
    expect(refreshed.every((f) => f.bottom === FIRST_DATA_ROW + 3)).toBe(true);
    // The cached results are today's: the first row reached M1.
    expect(refreshed.find((f) => f.col === MS.level)!.results).toEqual([1, 0, 0, 0]);

    const after = applyPlan(wb, setup);
    const withFunnel = applyPlan(after, planFunnel(after, { date: '2027-01-04' }));
    const hf = toHyperFormula(withFunnel);
    for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + 4; r++) expect(value(hf, tab, r, MS.level)).toBe(r === FIRST_DATA_ROW ? 1 : 0);
    // Every value users entered is where it was.
    const rows = findOurTabs(after).get('milestones')!.sheet.rows;
    expect(rows[FIRST_DATA_ROW]!.slice(MS.checklist, MS.checklist + 5)).toEqual(['√', '√', '√', '√', '√']);
    expect(rows[FIRST_DATA_ROW]![MS.rep]).toBe('Ann*');
  });

  it('is left as it is once its formulas are today\'s: a second set-up fills only the rows it adds', () => {
    const snap = workbook({ name: 'T', rows: tracker(4), tables: [] });
    const first = applyPlan(snap, planSetup(snap));
    const grown = { sheets: first.sheets.map((s) => (s.name === 'T' ? { ...s, rows: tracker(6) } : s)) };
    const second = planSetup(grown);
    const tab = findOurTabs(first).get('milestones')!.sheet.name;
    expect(second.fills.filter((f) => f.sheet === tab).every((f) => f.top === FIRST_DATA_ROW + 4 && f.bottom === FIRST_DATA_ROW + 5)).toBe(true);
  });
});
