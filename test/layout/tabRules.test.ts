/**
 * The one rule per case (issue 12) on examples, each checked in core and in the formulas the
 * plan writes (HyperFormula): the property test (oneTruth) covers the rest at random.
 */
import { FIRST_DATA_ROW, FUNNEL, MS, applyPlan, evaluateMilestoneTab, findOurTabs, milestoneTabWarnings, planFunnel, planSetup, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { repKey } from '../../core/layout/tabRules';
import { tabAmount } from '../../core/cells/amount';
import { parseCheckmark, readTick } from '../../core/cells/checkmark';
import { ZH_HEADERS, workbook } from './fixtures';
import { toHyperFormula, value } from './hyperformula';

describe('the tick rule', () => {
  it.each<[unknown, string]>([
    [true, 'ticked'], [1, 'ticked'], ['1', 'ticked'], ['TRUE', 'ticked'], ['x', 'ticked'], [' X ', 'ticked'], ['√', 'ticked'], ['✓', 'ticked'], ['是', 'ticked'], ['yes', 'ticked'], ['YES', 'ticked'], ['Ｙｅｓ', 'ticked'], ['ｘ', 'ticked'], ['１', 'ticked'], ['已完成', 'ticked'],
    [false, 'unticked'], [0, 'unticked'], [null, 'unticked'], ['', 'unticked'], ['  ', 'unticked'], ['否', 'unticked'], ['no', 'unticked'], ['FALSE', 'unticked'], ['☐', 'unticked'],
    // TRIM removes spaces only, LOWER maps case only: a tab, a no-break space, mixed widths are no marks.
    ['\tx', 'unknown'], ['\u00a0x', 'unknown'], ['Ｙes', 'unknown'], ['x|yes', 'unknown'], ['maybe', 'unknown'], ['*', 'unknown'], [2, 'unknown'], [new Date(0), 'unknown'],
  ])('%j is %s', (cell, reading) => {
    expect(readTick(cell)).toBe(reading);
    if (reading === 'unknown') expect(() => parseCheckmark(cell, 'K05')).toThrow(/K05/);
    else expect(parseCheckmark(cell)).toBe(reading === 'ticked');
  });
});

describe('the amount and rep rules', () => {
  it('counts a number of 0 or more as it is, blank as 0, anything else as 0 and says so (null)', () => {
    expect([1200, 0, 3956.65, null, '', '  '].map(tabAmount)).toEqual([1200, 0, 3956.65, 0, 0, 0]);
    expect(['3956.65x', '12万', '¥1,200', -500, '-500', '#N/A'].map(tabAmount)).toEqual([null, null, null, null, null, null]);
  });

  it('compares reps trimmed and without case, and never as a pattern', () => {
    expect(repKey(' Ann ')).toBe(repKey('ann'));
    expect(repKey('李  明')).toBe(repKey('李 明'));
    expect(repKey(7)).toBe(repKey('7'));
    expect(new Set(['Ann*', 'Ann', 'Anna', 'A?n', '~Ann', '>5', '=5'].map(repKey)).size).toBe(7);
  });
});

/** The tracker set up, the milestone tab typed over with `edit`, the funnel planned for `rep`. */
function typed(rows: SnapshotCell[][], edit: (tab: SnapshotCell[][]) => void, rep?: string): { wb: WorkbookSnapshot; tabs: Record<string, string> } {
  const snap = workbook({ name: 'T', rows: [ZH_HEADERS, ...rows], tables: [] });
  const setup = planSetup(snap);
  const wb = applyPlan(snap, setup);
  const tab = findOurTabs(wb).get('milestones')!.sheet.rows as SnapshotCell[][];
  for (let r = FIRST_DATA_ROW; r < tab.length; r++) tab[r] = [...tab[r]!];
  edit(tab);
  return { wb: applyPlan(wb, planFunnel(wb, { date: '2027-01-04', rep })), tabs: setup.tabs };
}

describe('the cases of issue 12, in core and in the workbook', () => {
  it('a rep called Ann* is one rep, in the filtered funnel and in the rep table (COUNTIF read it as Ann, Anna and Ann*)', () => {
    const { wb, tabs } = typed([['a', 'A', 'Ann', 100, null, null], ['b', 'B', 'Anna', 200, null, null], ['c', 'C', 'Ann*', 400, null, null], ['d', 'D', '>5', 800, null, null]], () => undefined, 'Ann*');
    const hf = toHyperFormula(wb);
    expect(evaluateMilestoneTab(wb, 'Ann*').funnel.count).toBe(1);
    expect(value(hf, tabs.funnel, FUNNEL.totalRow, FUNNEL.col.count)).toBe(1);
    expect(value(hf, tabs.funnel, FUNNEL.totalRow, FUNNEL.col.amount)).toBe(400);
    const table = [0, 1, 2, 3].map((i) => [value(hf, tabs.funnel, FUNNEL.firstRepRow + i, 0), value(hf, tabs.funnel, FUNNEL.firstRepRow + i, 1), value(hf, tabs.funnel, FUNNEL.firstRepRow + i, 2)]);
    expect(table).toEqual([['Ann', 1, 100], ['Anna', 1, 200], ['Ann*', 1, 400], ['>5', 1, 800]]);
  });

  it('ticks typed as people type them count in the workbook as in core; a typo is unticked there and listed here', () => {
    const { wb, tabs } = typed([['a', 'A', 'Ann', 100, null, null], ['b', 'B', 'Bob', 200, null, null]], (tab) => {
      ['√', '是', 'x', 1, '✓'].forEach((v, k) => (tab[FIRST_DATA_ROW][MS.checklist + k] = v));
      ['√', '是', 'maybe', 'yes', 'YES'].forEach((v, k) => (tab[FIRST_DATA_ROW + 1][MS.checklist + k] = v));
    });
    const hf = toHyperFormula(wb);
    expect([value(hf, tabs.milestones, FIRST_DATA_ROW, MS.level), value(hf, tabs.milestones, FIRST_DATA_ROW + 1, MS.level)]).toEqual([1, 0]);
    expect(evaluateMilestoneTab(wb).funnel.rows.map((r) => r.count).slice(0, 2)).toEqual([1, 1]);
    const warnings = milestoneTabWarnings(wb);
    expect(warnings.map((w) => w.code)).toEqual(['TAB_TICK']);
    expect(warnings[0].en).toContain('row 4');
    expect(warnings[0].en).toContain('K03 “maybe”');
  });

  it('a row whose amount cannot be used stays in the funnel with 0, in the workbook as in core, and is listed', () => {
    const { wb, tabs } = typed([['a', 'A', 'Ann', 100, null, null], ['b', 'B', 'Ann', '3956.65x', null, null], ['c', 'C', 'Ann', 300, null, null]], (tab) => {
      tab[FIRST_DATA_ROW + 2][MS.amount] = '12万';
    });
    const hf = toHyperFormula(wb);
    const core = evaluateMilestoneTab(wb).funnel;
    expect([core.count, core.amount]).toEqual([3, 100]);
    expect([value(hf, tabs.funnel, FUNNEL.totalRow, FUNNEL.col.count), value(hf, tabs.funnel, FUNNEL.totalRow, FUNNEL.col.amount)]).toEqual([3, 100]);
    expect(milestoneTabWarnings(wb).map((w) => [w.code, w.params.row, w.params.value])).toEqual([
      ['TAB_AMOUNT', 4, '3956.65x'],
      ['TAB_AMOUNT', 5, '12万'],
    ]);
  });

  it('a row with neither opportunity nor customer is no opportunity, in the workbook as in core', () => {
    const { wb, tabs } = typed([['a', 'A', 'Ann', 100, null, null], ['b', 'B', 'Ann', 200, null, null]], (tab) => {
      tab[FIRST_DATA_ROW + 1][MS.opportunity] = '  ';
      tab[FIRST_DATA_ROW + 1][MS.customer] = null;
    });
    const hf = toHyperFormula(wb);
    expect(value(hf, tabs.milestones, FIRST_DATA_ROW + 1, MS.level)).toBe('');
    expect(evaluateMilestoneTab(wb).funnel.count).toBe(1);
    expect(value(hf, tabs.funnel, FUNNEL.totalRow, FUNNEL.col.count)).toBe(1);
  });

  it('lists the first ten rows of a kind and says how many more', () => {
    const rows = Array.from({ length: 14 }, (_, i): SnapshotCell[] => [`o${i}`, `c${i}`, 'Ann', 'n/a', null, null]);
    const { wb } = typed(rows, () => undefined);
    const warnings = milestoneTabWarnings(wb);
    expect(warnings.map((w) => w.code)).toEqual([...Array(10).fill('TAB_AMOUNT'), 'TAB_MORE']);
    expect(warnings[10].en).toContain('4 more rows');
  });
});
