/**
 * Forecast by period of expected close (issue 13): the periods as typed, the default ones, and
 * the properties a manager relies on — a quarter is the sum of its months, lost, won, paused and
 * removed deals are never in the open pipeline, the period table's native formulas equal core.
 */
import fc from 'fast-check';
import { FIRST_DATA_ROW, MS, applyPlan, findOurTabs, milestoneTabRows, planFunnel, planSetup, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { defaultPeriods, parsePeriod } from '../../core/cells/calendar';
import { periodForecasts } from '../../core/layout/periods';
import { FUNCTION_BY_ID } from '../../core/functions';
import { PERIOD_TABLE } from '../../core/layout/periodTable';
import { tabStatus } from '../../core/layout/dealStatus';
import { ZH_HEADERS, workbook } from './fixtures';
import { toHyperFormula, value } from './hyperformula';
import { CLOSES, STATUSES, checklistCells } from './typedCells';

describe('a period as typed', () => {
  it('reads quarters and months and refuses anything else in both languages', () => {
    expect(parsePeriod('2027-Q1')).toMatchObject({ key: '2027-Q1', start: new Date(Date.UTC(2027, 0, 1)), end: new Date(Date.UTC(2027, 2, 31)) });
    expect(parsePeriod(' 2027q4 ').key).toBe('2027-Q4');
    expect(parsePeriod('2027-3')).toMatchObject({ key: '2027-03', end: new Date(Date.UTC(2027, 2, 31)) });
    expect(parsePeriod('2028-02').end).toEqual(new Date(Date.UTC(2028, 1, 29)));
    for (const bad of ['2027-13', '2027-Q5', 'Q1', 'next quarter', '2027-00']) expect(() => parsePeriod(bad)).toThrow(/2027-Q1.*2027-03/s);
    // Years no spreadsheet date has (the 1900 system runs from 1900 to 9999): 0000-01 was the year 0.
    for (const bad of ['0000-01', '1899-Q4', '0001-Q1']) expect(() => parsePeriod(bad)).toThrow(/2027-Q1.*2027-03/s);
    expect(parsePeriod('1900-01').key).toBe('1900-01');
  });

  it('reads the labels the funnel tab\'s period table shows, so a formula can point at them', () => {
    expect(parsePeriod('2027年第1季度 (2027-Q1)').key).toBe('2027-Q1');
    expect(parsePeriod('2027年3月 (2027-03)').key).toBe('2027-03');
    expect(parsePeriod('2027年第4季度').key).toBe('2027-Q4');
    expect(parsePeriod(' 2027年11月 ').key).toBe('2027-11');
    for (const bad of ['2027年第5季度', '2027年13月', '下季度 (Q1)', '(2027-Q1']) expect(() => parsePeriod(bad)).toThrow(/2027-Q1.*2027-03/s);
  });

  it('shows the quarter of the run and the next, each followed by its months, across a year end', () => {
    expect(defaultPeriods('2027-01-04').map((p) => p.key)).toEqual(['2027-Q1', '2027-01', '2027-02', '2027-03', '2027-Q2', '2027-04', '2027-05', '2027-06']);
    expect(defaultPeriods('2026-11-29').map((p) => p.key)).toEqual(['2026-Q4', '2026-10', '2026-11', '2026-12', '2027-Q1', '2027-01', '2027-02', '2027-03']);
  });
});

const any = (values: readonly SnapshotCell[]) => fc.constantFrom(...values);
const AMOUNTS: readonly SnapshotCell[] = [1000, 250_000, 0, null, 'n/a', -5];
const row = fc.record({ close: any(CLOSES), status: any(STATUSES), amount: any(AMOUNTS), rep: fc.constantFrom('李明', '王芳', ' 李明'), ticks: checklistCells });

/** A set-up workbook whose milestone tab holds the generated rows (close dates, statuses, amounts, reps, ticks). */
function typed(rows: { close: SnapshotCell; status: SnapshotCell; amount: SnapshotCell; rep: SnapshotCell; ticks: SnapshotCell[] }[]): WorkbookSnapshot {
  const tracker = rows.map((r, i): SnapshotCell[] => [`机会${i}`, `客户${i}`, r.rep, 1, null, null]);
  const snap = workbook({ name: 'T', rows: [ZH_HEADERS, ...tracker], tables: [] });
  const wb = applyPlan(snap, planSetup(snap));
  const tab = findOurTabs(wb).get('milestones')!.sheet;
  const out = [...tab.rows] as SnapshotCell[][];
  rows.forEach((r, i) => {
    const cells = [...(out[FIRST_DATA_ROW + i] ?? [])];
    cells[MS.expectedClose] = r.close;
    cells[MS.status] = r.status;
    cells[MS.amount] = r.amount;
    r.ticks.forEach((t, k) => (cells[MS.checklist + k] = t));
    out[FIRST_DATA_ROW + i] = cells;
  });
  return { sheets: wb.sheets.map((s) => (s === tab ? { ...s, rows: out } : s)) };
}

describe('the forecast by period', () => {
  it('adds up a quarter from its months, and never counts a closed deal in the open pipeline', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const wb = typed(rows);
        const [q, m1, m2, m3] = periodForecasts(milestoneTabRows(wb), defaultPeriods('2027-01-04').slice(0, 4));
        for (const k of ['count', 'open', 'weighted', 'won'] as const) expect(q[k]).toBeCloseTo(m1[k] + m2[k] + m3[k], 6);
        const closedOnly = rows.map((r) => ({ ...r, status: r.status === null || tabStatus(r.status) === 'open' ? '输单' : r.status }));
        const none = periodForecasts(milestoneTabRows(typed(closedOnly)), defaultPeriods('2027-01-04'));
        expect(none.every((p) => p.count === 0 && p.open === 0 && p.weighted === 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('is what the funnel tab\'s period table computes (HyperFormula), for the team and for one rep', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.constantFrom(undefined, '李明'), (rows, rep) => {
        const wb = typed(rows);
        const plan = planFunnel(wb, { date: '2027-01-04', rep });
        const after = applyPlan(wb, plan);
        const hf = toHyperFormula(after);
        const sheet = plan.tabs.funnel;
        plan.periods!.forEach((p, i) => {
          const r = PERIOD_TABLE.firstRow + i;
          const c = PERIOD_TABLE.col;
          const at = (k: number) => value(hf, sheet, r, c + k);
          const where = `${p.period.key} (${rep ?? 'team'})`;
          expect([where, at(3)]).toEqual([where, p.count]);
          expect([where, Math.round(Number(at(4)) * 100)]).toEqual([where, Math.round(p.open * 100)]);
          expect([where, Math.round(Number(at(5)) * 100)]).toEqual([where, Math.round(p.weighted * 100)]);
          expect([where, Math.round(Number(at(6)) * 100)]).toEqual([where, Math.round(p.won * 100)]);
        });
      }),
      { numRuns: 10 },
    );
  });
});

describe('PERIOD_FORECAST, the period forecast a manager types in a cell', () => {
  const PERIOD_FORECAST = FUNCTION_BY_ID.get('PERIOD_FORECAST')!;
  const column = (rows: readonly (readonly unknown[] | undefined)[], col: number) => rows.map((r) => [r?.[col] ?? null]);

  it('equals the forecast by period (the funnel tab\'s period table, tested above) over the milestone tab\'s own columns', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const wb = typed(rows);
        const tab = findOurTabs(wb).get('milestones')!.sheet;
        const hf = toHyperFormula(wb);
        const values = tab.rows.slice(FIRST_DATA_ROW, FIRST_DATA_ROW + rows.length);
        // The 概率 column as the workbook calculates it from the ticks typed.
        const probabilities = values.map((_, i) => [value(hf, tab.name, FIRST_DATA_ROW + i, MS.probability)]);
        const args = [column(values, MS.expectedClose), probabilities, column(values, MS.amount), column(values, MS.status)];
        for (const p of periodForecasts(milestoneTabRows(wb), defaultPeriods('2027-01-04'))) {
          const [[forecast]] = PERIOD_FORECAST.implementation([p.period.key, ...args], 'en');
          expect([p.period.key, Math.round(Number(forecast) * 100)]).toEqual([p.period.key, Math.round(p.weighted * 100)]);
        }
      }),
      // HyperFormula calculates the whole set-up workbook each run: a few runs, each over eight periods.
      { numRuns: 6 },
    );
  });

  it('counts every dated row when the statuses are left out', () => {
    const dates = [[new Date(Date.UTC(2027, 1, 1))], [new Date(Date.UTC(2027, 1, 2))]];
    const forecast = (statuses?: unknown) => PERIOD_FORECAST.implementation(['2027-02', dates, [[0.5], [0.25]], [[1000], [400]], statuses], 'en')[0][0];
    expect(forecast([['Won'], ['']])).toBe(100);
    expect(forecast()).toBe(600);
  });

  it('takes the period table\'s label cell as its period', () => {
    const dates = [[new Date(Date.UTC(2027, 1, 1))], [new Date(Date.UTC(2027, 4, 2))]];
    const forecast = (period: string) => PERIOD_FORECAST.implementation([period, dates, [[0.5], [0.25]], [[1000], [400]]], 'zh')[0][0];
    expect(forecast('2027年第1季度 (2027-Q1)')).toBe(500);
    expect(forecast('2027年5月')).toBe(100);
  });
});
