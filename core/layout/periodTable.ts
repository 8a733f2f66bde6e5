/**
 * 按期间预测 Forecast by period, on the funnel tab below its chart: for the quarter of the run and
 * the next, each followed by its months, the opportunities and open pipeline in the forecast,
 * the weighted forecast and the amount won with an expected close in that period — native
 * formulas over the milestone tab that honour the rep filter cell, with core's figures
 * (periods.ts) as their cached results. The periods move with each funnel run.
 */
import type { Lang } from '../methodology/bilingual';
import { cellRef } from './a1';
import { FORMATS } from './columns';
import { labelList } from './dealStatus';
import { sameRep, usableAmount, type FunnelRefs } from './funnelRefs';
import type { PlanBuilder } from './planBuilder';
import { type Period } from '../cells/calendar';
import { periodForecasts, type PeriodForecast } from './periods';
import type { TabRow, FunnelSource } from './levelFunnel';
import { tableHead } from './tableHead';

/** Where the table sits (0-based), right of the level rows and below the chart, and its title and headers. */
export const PERIOD_TABLE = {
  titleRow: 23,
  headerRow: 24,
  firstRow: 25,
  col: 9,
  /** Rows kept for the table: two quarters and their months (rows left from a longer table are cleared). */
  rows: 8,
  title: { zh: '按预计签约期间预测(随筛选的销售人员)', en: 'Forecast by expected close (follows the rep filter)' },
  headers: {
    zh: ['期间', '开始', '结束', '机会数', '在途金额', '加权预测', '赢单金额'],
    en: ['Period', 'Start', 'End', 'Opportunities', 'Open pipeline', 'Weighted forecast', 'Won'],
  },
} as const;

/** Rows whose expected close is a day from `start` up to the end of `end` (a date with a time on that day included). */
export function inPeriod(refs: FunnelRefs, start: string, end: string): string {
  return `ISNUMBER(${refs.close})*(${refs.close}>=${start})*(${refs.close}<${end}+1)`;
}

/** A status cell that says won: its LOWER(TRIM()) is 赢单 or won, no "|" in it (as dealStatus.tabStatus). */
export function isWon(refs: FunnelRefs): string {
  return `ISERROR(FIND("|",${refs.status}))*ISNUMBER(FIND("|"&LOWER(TRIM(${refs.status}))&"|","${labelList(['won'])}"))`;
}

/** One period row's formulas: the team by COUNTIFS/SUMIFS when the filter is blank, else SUMPRODUCT with the rep compared by "=". */
function periodFormulas(refs: FunnelRefs, row: number): string[] {
  const start = cellRef(row, PERIOD_TABLE.col + 1);
  const end = cellRef(row, PERIOD_TABLE.col + 2);
  const when = `${refs.close},">="&${start},${refs.close},"<"&(${end}+1)`;
  const rows = `${inPeriod(refs, start, end)}*(${refs.inForecast}=1)`;
  const rep = sameRep(refs, refs.filter);
  const blank = `TRIM(${refs.filter})=""`;
  const won = `${inPeriod(refs, start, end)}*ISNUMBER(${refs.inForecast})*${isWon(refs)}`;
  return [
    `IF(${blank},COUNTIFS(${when},${refs.inForecast},1),SUMPRODUCT(${rows}*${rep}))`,
    `IF(${blank},SUMIFS(${refs.amount},${when},${refs.inForecast},1,${refs.amount},">=0"),SUMPRODUCT(${rows}*${rep}*${usableAmount(refs)}))`,
    `IF(${blank},SUMIFS(${refs.weighted},${when},${refs.inForecast},1),SUMPRODUCT(${rows}*${rep},${refs.weighted}))`,
    `IF(${blank},SUMPRODUCT(${won}*${usableAmount(refs)}),SUMPRODUCT(${won}*${rep}*${usableAmount(refs)}))`,
  ];
}

/** The period table planned on the funnel tab, for `periods`, over the milestone tab's counted rows. */
export function planPeriodTable(plan: PlanBuilder, refs: FunnelRefs, periods: readonly Period[], rows: readonly TabRow[], rep: string | undefined, source: FunnelSource): PeriodForecast[] {
  const { lang } = plan.ctx;
  const sheet = plan.ctx.tabs.funnel;
  const figures = periodForecasts(rows, periods, rep, source);
  const values = tableHead(PERIOD_TABLE.title, PERIOD_TABLE.headers, lang);
  figures.forEach((f, i) => {
    const r = PERIOD_TABLE.firstRow + i;
    const [count, open, weighted, won] = periodFormulas(refs, r);
    values.push([
      periodLabel(f.period, lang),
      f.period.start,
      f.period.end,
      { formula: count, result: f.count },
      { formula: open, result: f.open },
      { formula: weighted, result: f.weighted },
      { formula: won, result: f.won },
    ]);
  });
  for (let i = figures.length; i < PERIOD_TABLE.rows; i++) values.push([null, null, null, null, null, null, null]);
  plan.writes.push({ sheet, row: PERIOD_TABLE.titleRow, col: PERIOD_TABLE.col, values });
  const top = PERIOD_TABLE.firstRow;
  const bottom = top + Math.max(figures.length, 1) - 1;
  plan.numberFormats.push(
    { sheet, range: { top, bottom, left: PERIOD_TABLE.col + 1, right: PERIOD_TABLE.col + 2 }, format: FORMATS.date },
    { sheet, range: { top, bottom, left: PERIOD_TABLE.col + 3, right: PERIOD_TABLE.col + 3 }, format: FORMATS.integer },
    { sheet, range: { top, bottom, left: PERIOD_TABLE.col + 4, right: PERIOD_TABLE.col + 6 }, format: FORMATS.amount },
  );
  return figures;
}

/** A period as the table and the terminal show it: its key, and the Chinese name in zh. */
export function periodLabel(period: Period, lang: Lang): string {
  return lang === 'zh' ? `${period.label.zh} (${period.key})` : period.key;
}
