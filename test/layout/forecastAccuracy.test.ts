/**
 * Forecast accuracy (issue 13): each funnel run records the month's and the quarter's forecast,
 * team and per rep; once a period has ended the funnel tab sets the forecast first recorded in it
 * against the amount won in it, by formula, equal to core in HyperFormula.
 */
import { ACCURACY_TABLE, FIRST_DATA_ROW, applyPlan, findOurTabs, planRun, type ColumnsChartPlan, type Plan, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { ACCURACY_CHART } from '../../core/layout/accuracyChart';
import { ZH_HEADERS, workbook } from './fixtures';
import { toHyperFormula, value } from './hyperformula';

type Row = [string, string, string, number, Date | null, string | null];

const START: Row[] = [
  ['ERP升级', '华东精密', '李明', 100_000, new Date(Date.UTC(2027, 1, 10)), '方案'],
  ['仓储系统', '南方物流', '王芳', 200_000, new Date(Date.UTC(2027, 2, 15)), '谈判'],
  ['数据中台', '北方钢铁', '李明', 300_000, new Date(Date.UTC(2027, 5, 20)), null],
];

const book = (rows: readonly Row[]): WorkbookSnapshot => workbook({ name: '跟踪', rows: [ZH_HEADERS, ...rows.map((r) => [...r] as SnapshotCell[])], tables: [] });
const withTracker = (wb: WorkbookSnapshot, rows: readonly Row[]): WorkbookSnapshot => ({ sheets: wb.sheets.map((s) => (s.name === '跟踪' ? book(rows).sheets[0] : s)) });

/** A run as pcss apply writes it: the set-up, then the funnel, every formula in place. */
function run(wb: WorkbookSnapshot, date: string): { after: WorkbookSnapshot; funnel: Plan } {
  const { setup, funnel } = planRun(wb, { date });
  return { after: applyPlan(applyPlan(wb, setup), funnel), funnel };
}

function tickAll(wb: WorkbookSnapshot, index: number, n: number): WorkbookSnapshot {
  const tab = findOurTabs(wb).get('milestones')!.sheet;
  const rows = [...tab.rows];
  const row = [...(rows[FIRST_DATA_ROW + index] ?? [])];
  for (let k = 0; k < n; k++) row[5 + k] = true;
  rows[FIRST_DATA_ROW + index] = row;
  return { sheets: wb.sheets.map((s) => (s === tab ? { ...s, rows } : s)) };
}

describe('forecast accuracy', () => {
  it('records the month\'s and the quarter\'s forecast at the first funnel run in them, for the team and each rep', () => {
    const { after } = run(book(START), '2027-01-04');
    const record = findOurTabs(after).get('forecasts')!.sheet.rows.slice(FIRST_DATA_ROW);
    expect(record.map((r) => [r?.[1], r?.[2]])).toEqual([
      ['2027-Q1', null],
      ['2027-Q1', '李明'],
      ['2027-Q1', '王芳'],
      ['2027-01', null],
      ['2027-01', '李明'],
      ['2027-01', '王芳'],
    ]);
  });

  it('sets an ended quarter\'s forecast at its start against what was won in it, by formula equal to core', () => {
    // December: reps tick ERP升级 and 仓储系统 along; the first run in January records Q1's forecast.
    let wb = tickAll(run(book(START), '2026-12-14').after, 0, 13);
    wb = tickAll(wb, 1, 5);
    wb = run(wb, '2027-01-04').after;
    const recorded = (rep: string | null) => findOurTabs(wb).get('forecasts')!.sheet.rows.find((r) => r?.[0] instanceof Date && (r[0] as Date).toISOString().startsWith('2027-01-04') && r[1] === '2027-Q1' && (r[2] ?? null) === rep)![3] as number;
    expect(recorded(null)).toBeGreaterThan(0);
    expect(recorded(null)).toBe(recorded('李明') + recorded('王芳'));
    // ERP升级 was won in February, 仓储系统 lost; in April the quarter has ended.
    const closed = START.map((r) => [...r] as Row);
    closed[0][5] = '赢单';
    closed[1][5] = '输单';
    const april = run(withTracker(wb, closed), '2027-04-05');
    const table = tableOf(april.funnel);
    const q1 = table.filter((r) => String(r[0]).includes('2027-Q1'));
    const line = (forecast: number, won: number) => [forecast, won, forecast === 0 ? '' : won / forecast, won - forecast];
    expect(q1.map((r) => [r[1], r[4], result(r[5]), result(r[6]), result(r[7])])).toEqual([
      ['全部', ...line(recorded(null), 100_000)],
      ['李明', ...line(recorded('李明'), 100_000)],
      ['王芳', ...line(recorded('王芳'), 0)],
    ]);
    // Every figure the table shows is what HyperFormula computes from its formulas.
    const hf = toHyperFormula(april.after);
    const sheet = april.funnel.tabs.funnel;
    table.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell && typeof cell === 'object' && !(cell instanceof Date) && 'formula' in cell) {
          const got = value(hf, sheet, ACCURACY_TABLE.firstRow + i, ACCURACY_TABLE.col + j) ?? '';
          if (typeof cell.result === 'number') expect(got).toBeCloseTo(cell.result, 6);
          else expect(got).toEqual(cell.result ?? '');
        }
      }),
    );
  });

  it('charts the team\'s forecast at start beside what was won, oldest period first, from a hidden block equal to the table', () => {
    let wb = run(book(START), '2026-12-14').after;
    expect(run(wb, '2026-12-20').funnel.charts.map((c) => c.kind)).toEqual(['funnel']); // no period has ended yet
    wb = run(wb, '2027-01-04').after;
    wb = run(wb, '2027-02-01').after;
    const april = run(wb, '2027-04-05');
    const chart = april.funnel.charts.find((c): c is ColumnsChartPlan => c.kind === 'columns')!;
    expect(chart).toMatchObject({ name: ACCURACY_CHART.name, sheet: april.funnel.tabs.funnel });
    // Ended and recorded: 2026-Q4 and 2027-Q1, December, January, February and March, by first day (a quarter before its first month).
    const table = tableOf(april.funnel).filter((r) => r[1] === '全部');
    expect(chart.cache.categories).toHaveLength(table.length);
    const byStart = [...table].sort((a, b) => (a[2] as Date).getTime() - (b[2] as Date).getTime());
    expect(chart.cache.categories).toEqual(byStart.map((r) => r[0]));
    expect(chart.cache.series[0]).toEqual(byStart.map((r) => r[4]));
    expect(chart.cache.series[1]).toEqual(byStart.map((r) => result(r[5])));
    // The block's cells compute to the cache (HyperFormula), and its columns are hidden on a new funnel tab.
    const hf = toHyperFormula(april.after);
    chart.cache.categories.forEach((label, i) => {
      const row = chart.categories.top + i;
      expect(value(hf, chart.sheet, row, chart.categories.left)).toBe(label);
      chart.series.forEach((s, k) => expect(value(hf, chart.sheet, row, s.values.left)).toBeCloseTo(chart.cache.series[k][i], 6));
    });
    const first = planRun(book(START), { date: '2026-12-14' }).funnel;
    const hidden = first.layouts.find((l) => l.sheet === first.tabs.funnel)!.hiddenColumns;
    expect(hidden).toEqual(expect.arrayContaining([chart.categories.left, ...chart.series.map((s) => s.values.left)]));
  });

  it('records a period once, at the first run inside it, and sets that forecast against what was won', () => {
    let wb = run(book(START), '2027-02-01').after;
    wb = tickAll(wb, 0, 13);
    wb = run(wb, '2027-02-15').after; // a later February run, with a higher forecast: nothing recorded
    const record = findOurTabs(wb).get('forecasts')!.sheet.rows.slice(FIRST_DATA_ROW).filter((r) => r?.[1] === '2027-02');
    expect(record).toHaveLength(3);
    const april = run(wb, '2027-04-05');
    const feb = tableOf(april.funnel).find((r) => String(r[0]).includes('2027-02') && r[1] === '全部')!;
    expect(feb[4]).toBe(0);
  });
});

function tableOf(plan: Plan): (SnapshotCell | { formula: string; result?: unknown })[][] {
  const w = plan.writes.find((x) => x.sheet === plan.tabs.funnel && x.row === ACCURACY_TABLE.titleRow)!;
  return (w.values.slice(2) as never[][]).filter((r) => r[0] !== null);
}

function result(cell: unknown): unknown {
  return cell && typeof cell === 'object' && 'result' in cell ? (cell as { result: unknown }).result : cell;
}
