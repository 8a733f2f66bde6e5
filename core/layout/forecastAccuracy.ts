/**
 * Forecast accuracy (准确预测业绩, the course's second measure of a sales process): the first
 * funnel run inside a month or a quarter records that period's weighted forecast, for the team
 * and for each rep, on 预测记录 / Forecast record, a tab of ours (append-only, made by the first
 * funnel run). For each period that has ended, the funnel tab then sets the forecast as first
 * recorded in it against the amount won in it: a table below the period table, the won amounts,
 * ratios and differences by native formula. A period counts once a run recorded it (the first
 * run in a period is its start; runs before the record existed leave it out).
 */
import { cellRef } from './a1';
import { FORMATS } from './columns';
import { isBlank } from '../cells/cellValue';
import type { Funnel } from '../funnel';
import type { Bilingual } from '../methodology/bilingual';
import { sameRep, usableAmount, type FunnelRefs } from './funnelRefs';
import { freeTableName } from './keyedTab';
import type { FunnelSource, TabRow } from './levelFunnel';
import { PERIOD_TABLE, inPeriod, isWon, periodLabel } from './periodTable';
import { planAccuracyChart, type TeamAccuracyRow } from './accuracyChart';
import { calendarDate, defaultPeriods, parsePeriod, type Period } from '../cells/calendar';
import { repPeriodForecasts, rowsByRep } from './periods';
import type { PlanBuilder } from './planBuilder';
import { cellValue } from './snapshotCell';
import { FIRST_DATA_ROW, HEADER_ROW, findOurTabs } from './tabs';
import { rowBelowLast } from './rowKeys';
import { repKey } from './tabRules';
import type { ColumnSpec } from './columns';
import type { PlanCell, WorkbookSnapshot } from './types';
import { tableHead } from './tableHead';

export const RECORD_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '日期', en: 'Date' }, width: 12, format: FORMATS.date },
  { header: { zh: '期间', en: 'Period' }, width: 10 },
  { header: { zh: '销售人员', en: 'Rep' }, width: 12 },
  { header: { zh: '加权预测', en: 'Weighted forecast' }, width: 16, format: FORMATS.amount },
  { header: { zh: '在途金额', en: 'Open pipeline' }, width: 16, format: FORMATS.amount },
];
const RC = { date: 0, period: 1, rep: 2, forecast: 3 } as const;

/** The accuracy table on the funnel tab, below the period table (0-based), and its title and headers. */
export const ACCURACY_TABLE = {
  titleRow: PERIOD_TABLE.firstRow + PERIOD_TABLE.rows + 1,
  headerRow: PERIOD_TABLE.firstRow + PERIOD_TABLE.rows + 2,
  firstRow: PERIOD_TABLE.firstRow + PERIOD_TABLE.rows + 3,
  col: PERIOD_TABLE.col,
  /** The ended periods shown: the last four quarters and the last three months. */
  quarters: 4,
  months: 3,
  title: { zh: '预测准确度(期初预测与实际赢单)', en: 'Forecast accuracy (forecast at the start against won)' },
  headers: {
    zh: ['期间', '销售人员', '开始', '结束', '期初预测', '赢单金额', '准确率', '差额'],
    en: ['Period', 'Rep', 'Start', 'End', 'Forecast at start', 'Won', 'Won ÷ forecast', 'Won − forecast'],
  },
} as const;

/** The team's line, where a rep's name stands in the others. */
const TEAM_LINE: Bilingual = { zh: '全部', en: 'Team' };

/** The periods a run records: the quarter and the month its date falls in. */
function currentPeriods(date: string): Period[] {
  const [quarter] = defaultPeriods(date);
  return [quarter, parsePeriod(date.slice(0, 7))];
}

/** Appends the forecasts (the team's, then each rep's) of the quarter and the month of `date` not recorded yet. */
export function planForecastRecord(plan: PlanBuilder, snapshot: WorkbookSnapshot, rows: readonly TabRow[], team: Funnel, date: string, source: FunnelSource): void {
  const { ctx } = plan;
  const sheet = ctx.tabs.forecasts;
  const existing = findOurTabs(snapshot).get('forecasts');
  // A period's forecast is recorded once, by the first run inside it: what it was at its start.
  const recorded = firstForecasts(snapshot);
  const periods = currentPeriods(date).filter((p) => !recorded.has(`${p.key}\u241f${repKey('')}`));
  if (periods.length === 0) return;
  if (!existing) plan.newTab('forecasts', RECORD_COLUMNS, 1);
  const day = calendarDate(date);
  const values: PlanCell[][] = [];
  const byRep = rowsByRep(rows);
  // Every period in one pass over the team's rows and one over each rep's (a pass per period
  // before); each period still adds its rows in tab order, so the sums are the same.
  const all = repPeriodForecasts(rows, byRep, periods, undefined, source);
  const reps = team.byRep.map((r) => repPeriodForecasts(rows, byRep, periods, r.rep, source));
  periods.forEach((period, p) => {
    values.push([day, period.key, null, all[p].weighted, all[p].open]);
    team.byRep.forEach((r, k) => values.push([day, period.key, r.rep, reps[k][p].weighted, reps[k][p].open]));
  });
  const top = existing ? rowBelowLast(existing.sheet, RECORD_COLUMNS.length) : FIRST_DATA_ROW;
  plan.writes.push({ sheet, row: top, col: 0, values });
  const bottom = top + values.length - 1;
  plan.numberFormats.push({ sheet, range: { top, bottom, left: RC.date, right: RC.date }, format: FORMATS.date }, { sheet, range: { top, bottom, left: RC.forecast, right: RC.forecast + 1 }, format: FORMATS.amount });
  const headers = RECORD_COLUMNS.map((c) => c.header[ctx.lang]);
  const range = { top: HEADER_ROW, left: 0, bottom, right: RECORD_COLUMNS.length - 1 };
  const table = existing?.sheet.tables.find((t) => t.top === HEADER_ROW && t.left === 0);
  if (table) plan.tables.push({ sheet, name: table.name, range, columns: headers, create: false });
  else plan.tables.push({ sheet, name: freeTableName('PCSS_Forecasts', snapshot, plan.tables), range, columns: headers, create: true });
}

/** The first forecast recorded for each period and rep (team: ''), from the record tab. */
function firstForecasts(snapshot: WorkbookSnapshot): Map<string, { rep: string; forecast: number }> {
  const out = new Map<string, { rep: string; forecast: number }>();
  const rows = findOurTabs(snapshot).get('forecasts')?.sheet.rows ?? [];
  for (let r = FIRST_DATA_ROW; r < rows.length; r++) {
    const row = rows[r];
    const period = cellValue(row?.[RC.period] ?? null);
    const forecast = cellValue(row?.[RC.forecast] ?? null);
    if (typeof period !== 'string' || typeof forecast !== 'number') continue;
    const rep = cellValue(row?.[RC.rep] ?? null);
    const name = isBlank(rep) ? '' : String(rep);
    const key = `${period}\u241f${repKey(name)}`;
    if (!out.has(key)) out.set(key, { rep: name, forecast });
  }
  return out;
}

/** The ended periods to show, newest first: the last quarters and months before `date` that a run recorded. */
function endedPeriods(recorded: ReadonlyMap<string, unknown>, date: string): Period[] {
  const keys = new Set([...recorded.keys()].map((k) => k.split('\u241f')[0]));
  const ended = [...keys].map((k) => parsePeriod(k)).filter((p) => p.end.toISOString().slice(0, 10) < date);
  const newest = (a: Period, b: Period) => b.start.getTime() - a.start.getTime();
  const quarters = ended.filter((p) => p.key.includes('Q')).sort(newest).slice(0, ACCURACY_TABLE.quarters);
  const months = ended.filter((p) => !p.key.includes('Q')).sort(newest).slice(0, ACCURACY_TABLE.months);
  return [...quarters, ...months];
}

/**
 * The accuracy table on the funnel tab: per ended period, the team and each rep recorded, the
 * forecast first recorded (a value: what was forecast then) and, by formula over the milestone
 * tab, the amount won with an expected close in the period, their ratio and difference. Rows
 * left from a longer table are cleared (`previousBottom`: the funnel tab's rows before).
 */
export function planAccuracyTable(plan: PlanBuilder, snapshot: WorkbookSnapshot, refs: FunnelRefs, rows: readonly TabRow[], date: string, source: FunnelSource, previousBottom: number): void {
  const { lang } = plan.ctx;
  const sheet = plan.ctx.tabs.funnel;
  const recorded = firstForecasts(snapshot);
  const values = tableHead(ACCURACY_TABLE.title, ACCURACY_TABLE.headers, lang);
  const C = ACCURACY_TABLE.col;
  const teamRows: TeamAccuracyRow[] = [];
  const ended = endedPeriods(recorded, date);
  // Grouped by rep only when there is a period to show (none on a first run).
  const byRep = ended.length > 0 ? rowsByRep(rows) : new Map<string, TabRow[]>();
  for (const period of ended) {
    const lines = [...recorded.entries()].filter(([k]) => k.startsWith(`${period.key}\u241f`)).map(([, v]) => v);
    lines.sort((a, b) => (a.rep === '' ? -1 : b.rep === '' ? 1 : 0));
    for (const line of lines) {
      const r = ACCURACY_TABLE.firstRow + values.length - 2;
      const start = cellRef(r, C + 2);
      const end = cellRef(r, C + 3);
      const rep = cellRef(r, C + 1);
      const won = `${inPeriod(refs, start, end)}*ISNUMBER(${refs.inForecast})*${isWon(refs)}`;
      const wonFormula = line.rep === '' ? `SUMPRODUCT(${won}*${usableAmount(refs)})` : `SUMPRODUCT(${won}*${sameRep(refs, rep)}*${usableAmount(refs)})`;
      const [figures] = repPeriodForecasts(rows, byRep, [period], line.rep === '' ? undefined : line.rep, source);
      const forecastCell = cellRef(r, C + 4);
      const wonCell = cellRef(r, C + 5);
      if (line.rep === '') teamRows.push({ row: r, start: period.start, label: periodLabel(period, lang), forecast: line.forecast, won: figures.won });
      values.push([
        periodLabel(period, lang),
        line.rep === '' ? TEAM_LINE[lang] : line.rep,
        period.start,
        period.end,
        line.forecast,
        { formula: wonFormula, result: figures.won },
        { formula: `IF(${forecastCell}=0,"",${wonCell}/${forecastCell})`, result: line.forecast === 0 ? '' : figures.won / line.forecast },
        { formula: `${wonCell}-${forecastCell}`, result: figures.won - line.forecast },
      ]);
    }
  }
  const used = ACCURACY_TABLE.titleRow + values.length;
  for (let r = used; r < previousBottom; r++) values.push([null, null, null, null, null, null, null, null]);
  plan.writes.push({ sheet, row: ACCURACY_TABLE.titleRow, col: C, values });
  const top = ACCURACY_TABLE.firstRow;
  const bottom = Math.max(top, used - 1);
  plan.numberFormats.push(
    { sheet, range: { top, bottom, left: C + 2, right: C + 3 }, format: FORMATS.date },
    { sheet, range: { top, bottom, left: C + 4, right: C + 5 }, format: FORMATS.amount },
    { sheet, range: { top, bottom, left: C + 6, right: C + 6 }, format: FORMATS.percent },
    { sheet, range: { top, bottom, left: C + 7, right: C + 7 }, format: FORMATS.amount },
  );
  planAccuracyChart(plan, ACCURACY_TABLE.headerRow, top, teamRows, { period: C, forecast: C + 4, won: C + 5 }, findOurTabs(snapshot).get('funnel')?.sheet);
}
