import { MethodError, showValue } from '../errors';
import { isBlank } from '../cells/cellValue';
import type { Funnel } from '../funnel';
import { MILESTONE_BY_LEVEL } from '../methodology/milestones';
import type { Lang } from '../methodology/bilingual';
import { cellRef, rangeRef } from './a1';
import { FORMATS, type LayoutContext } from './columns';
import { AS_OF_CELL, MS, milestoneLabel } from './milestonesTab';
import { PlanBuilder } from './planBuilder';
import { allocateTabs, resolveLang } from './workbookView';
import { FIRST_DATA_ROW, HEADER_ROW, MARKER_ROW, findOurTabs, markerText } from './tabs';
import { cellValue } from './tracker';
import { summarizeWarnings } from './levelFunnel';
import { evaluateMilestones, type MilestoneEvaluation } from './milestoneEvaluation';
import { isAllReps } from './tabRules';
import { PERIOD_TABLE, planPeriodTable } from './periodTable';
import { planHistory } from './historyTab';
import { unreadThresholds } from './rubricsTab';
import { calendarDate, defaultPeriods } from '../cells/calendar';
import { FILTER_CELL, atLevel, filtered, funnelRefs, sameRep, usableAmount, type FunnelRefs } from './funnelRefs';
import type { FunnelOptions, Plan, PlanCell, WorkbookSnapshot } from './types';
import { attentionList, changesSince, planMovement, reviewDates, withChanges } from './movement';
import { planAccuracyTable, planForecastRecord } from './forecastAccuracy';
import { ACCURACY_CHART } from './accuracyChart';

const ACCURACY_CHART_COLUMNS = [0, 1, 2].map((i) => ACCURACY_CHART.sourceCol + i);

/** Where things sit on the 漏斗 Funnel tab (0-based). */
export const FUNNEL = {
  titleRow: 1,
  filterRow: FILTER_CELL.row,
  filterCol: FILTER_CELL.col,
  headerRow: 4,
  firstLevelRow: 5,
  totalRow: 12,
  repHeaderRow: 14,
  firstRepRow: 15,
  col: { milestone: 0, probability: 1, count: 2, amount: 3, weighted: 4, conversion: 5, reached: 6, spacer: 7 },
} as const;

export const FUNNEL_LABELS = {
  title: { zh: '销售漏斗与预测', en: 'Sales funnel and forecast' },
  filter: { zh: '销售人员筛选', en: 'Rep filter' },
  filterHint: { zh: '留空 = 全部销售人员', en: 'blank = all reps' },
  headers: {
    zh: ['里程碑', '概率', '数量', '金额', '加权金额', '转化率', '累计到达', '图表间隔'],
    en: ['Milestone', 'Probability', 'Count', 'Amount', 'Weighted amount', 'Conversion', 'Reached', 'Chart spacer'],
  },
  total: { zh: '合计 / 预测', en: 'Total / forecast' },
  repHeaders: { zh: ['销售人员', '数量', '金额', '预测'], en: ['Rep', 'Count', 'Amount', 'Forecast'] },
  chartTitle: { zh: '销售漏斗(累计到达各里程碑的机会数)', en: 'Sales funnel (opportunities reaching each milestone)' },
} as const;
const L = FUNNEL_LABELS;

/**
 * Columns A–H: the level rows and the rep table; J–Q: the period and accuracy tables (I keeps the
 * chart apart). B holds the run's date beside the title: 11 wide, so yyyy-mm-dd is not shown as ###.
 */
export const FUNNEL_WIDTHS = [22, 11, 9, 16, 16, 10, 10, 10, 4, 22, 11, 11, 12, 16, 16, 16, 16];

/**
 * Whose funnel a run shows: the rep asked for (blank = every rep), else the rep in the funnel
 * tab's filter cell, which is the users' to set; undefined means the whole team. Blank is what
 * the tab's TRIM(filter)="" says: empty or spaces.
 */
export function funnelRep(snapshot: WorkbookSnapshot, rep?: string): string | undefined {
  if (rep !== undefined) return isAllReps(rep) ? undefined : rep;
  const cell = cellValue(findOurTabs(snapshot).get('funnel')?.sheet.rows[FUNNEL.filterRow]?.[FUNNEL.filterCol] ?? null);
  return isAllReps(cell) ? undefined : String(cell);
}

/**
 * How far down the funnel tab's formulas look on the milestone tab: every row in use, and as
 * many again (at least 1 000) for rows typed there by hand before the next funnel run rewrites
 * the formulas. Bounded, not whole columns: SUMPRODUCT over a whole column computes all
 * 1 048 576 rows in Excel on every recalculation.
 */
export function funnelExtent(snapshot: WorkbookSnapshot): number {
  const sheet = findOurTabs(snapshot).get('milestones')?.sheet;
  const used = Math.max(sheet?.rows.length ?? 0, sheet?.usedRows ?? 0, FIRST_DATA_ROW + 1);
  return Math.min(used - 1 + Math.max(1000, used), 1_048_575);
}

/**
 * The funnel and forecast: the 漏斗 tab rewritten (native formulas over whole columns of the
 * milestone tab, honouring the rep filter cell, which is the users' and kept), its chart, and
 * one dated row appended to the history table. Planned on the snapshot *after* the set-up.
 */
export function planFunnel(snapshot: WorkbookSnapshot, options: FunnelOptions, evaluated?: MilestoneEvaluation): Plan {
  const ours = findOurTabs(snapshot);
  const milestones = ours.get('milestones');
  if (!milestones) throw new MethodError('NOT_SET_UP');
  // The funnel counts by the in-forecast column: a tab set up by an earlier version gets it from the set-up.
  if (isBlank(cellValue(milestones.sheet.rows[HEADER_ROW]?.[MS.inForecast] ?? null))) throw new MethodError('TAB_OUTDATED', { sheet: milestones.sheet.name });
  const lang: Lang = resolveLang(snapshot, ours, options.lang);
  const ctx: LayoutContext = { lang, tabs: allocateTabs(snapshot, ours, lang) };
  const plan = new PlanBuilder(ctx);
  const sheet = ctx.tabs.funnel;
  const existing = ours.get('funnel');

  // The milestone tab's rows read once, for the team, the rep shown and the period table; a run
  // hands over the evaluation its summary uses too.
  const evaluation = evaluated ?? evaluateMilestones(snapshot, funnelRep(snapshot, options.rep), options.source);
  const { rows, rep } = evaluation;
  const teamResult = evaluation.team;
  const team = teamResult.funnel;
  const view = evaluation.view.funnel;
  for (const w of summarizeWarnings(teamResult.warnings, ctx.tabs.milestones)) plan.warn(w);
  const refs = funnelRefs(ctx, funnelExtent(snapshot));

  if (!existing) {
    plan.addSheets.push({ name: sheet, kind: 'funnel' });
    plan.layouts.push({
      sheet,
      freezeRows: 0,
      freezeCols: 0,
      widths: FUNNEL_WIDTHS,
      hiddenRows: [MARKER_ROW],
      // The chart spacer and the accuracy chart's block: read by the charts, never by people (every host plots hidden cells for our charts).
      hiddenColumns: [FUNNEL.col.spacer, ...ACCURACY_CHART_COLUMNS],
      // The funnel, its chart and its tables on one page.
      print: { pagesTall: 1 },
      headerRanges: [
        { top: FUNNEL.headerRow, bottom: FUNNEL.headerRow, left: 0, right: 7 },
        { top: FUNNEL.repHeaderRow, bottom: FUNNEL.repHeaderRow, left: 0, right: 3 },
        { top: FUNNEL.totalRow, bottom: FUNNEL.totalRow, left: 0, right: 5 },
        { top: FUNNEL.titleRow, bottom: FUNNEL.titleRow, left: 0, right: 0 },
        { top: PERIOD_TABLE.titleRow, bottom: PERIOD_TABLE.headerRow, left: PERIOD_TABLE.col, right: PERIOD_TABLE.col + 6 },
      ],
    });
    plan.validations.push({
      sheet,
      range: { top: FUNNEL.filterRow, bottom: FUNNEL.filterRow, left: FUNNEL.filterCol, right: FUNNEL.filterCol },
      rule: { kind: 'listFromRange', sheet, range: { top: FUNNEL.firstRepRow, bottom: FUNNEL.firstRepRow + 199, left: 0, right: 0 } },
    });
  }
  plan.writes.push({ sheet, row: MARKER_ROW, col: 0, values: [[markerText('funnel', lang)]] });
  // Dates as dates (a day number with a date format), so they sort, filter and compute.
  const runDate = calendarDate(options.date);
  plan.writes.push({ sheet, row: FUNNEL.titleRow, col: 0, values: [[L.title[lang], runDate]] });
  plan.numberFormats.push({ sheet, range: { top: FUNNEL.titleRow, bottom: FUNNEL.titleRow, left: 1, right: 1 }, format: FORMATS.date });
  plan.writes.push({ sheet, row: FUNNEL.filterRow, col: 0, values: [[L.filter[lang]]] });
  plan.writes.push({ sheet, row: FUNNEL.filterRow, col: FUNNEL.filterCol + 1, values: [[L.filterHint[lang]]] });
  if (options.rep !== undefined || !existing) plan.writes.push({ sheet, row: FUNNEL.filterRow, col: FUNNEL.filterCol, values: [[rep ?? null]] });

  const C = FUNNEL.col;
  const maxReached = Math.max(...view.rows.slice(1).map((_, i) => reachedCount(view.rows, i + 1)));
  const levelRows: PlanCell[][] = view.rows.map((fr, level) => {
    const r = FUNNEL.firstLevelRow + level;
    const reachedNow = reachedCount(view.rows, level);
    const reachedRange = rangeRef({ top: FUNNEL.firstLevelRow + 1, bottom: FUNNEL.firstLevelRow + 6, left: C.reached, right: C.reached }, true);
    return [
      milestoneLabel(level, lang),
      fr.probability,
      { formula: filtered(refs, 'COUNT', '=', level), result: fr.count },
      { formula: filtered(refs, 'SUM', '=', level), result: fr.amount },
      { formula: `${cellRef(r, C.amount)}*${cellRef(r, C.probability)}`, result: fr.weighted },
      level === 0
        ? null
        : { formula: `IF(${cellRef(r - 1, C.reached)}=0,"",${cellRef(r, C.reached)}/${cellRef(r - 1, C.reached)})`, result: fr.conversion ?? '' },
      { formula: filtered(refs, 'COUNT', '>=', level), result: reachedNow },
      level === 0 ? null : { formula: `(MAX(${reachedRange})-${cellRef(r, C.reached)})/2`, result: (maxReached - reachedNow) / 2 },
    ];
  });
  const first = FUNNEL.firstLevelRow;
  const last = first + 6;
  const sum = (col: number) => `SUM(${rangeRef({ top: first, bottom: last, left: col, right: col })})`;
  plan.writes.push({
    sheet,
    row: FUNNEL.headerRow,
    col: 0,
    values: [
      [...L.headers[lang]],
      ...levelRows,
      [L.total[lang], null, { formula: sum(C.count), result: view.count }, { formula: sum(C.amount), result: view.amount }, { formula: sum(C.weighted), result: view.forecast }, null],
    ],
  });
  plan.numberFormats.push(
    { sheet, range: { top: first, bottom: last, left: C.probability, right: C.probability }, format: FORMATS.percent },
    { sheet, range: { top: first, bottom: last + 1, left: C.amount, right: C.weighted }, format: FORMATS.amount },
    { sheet, range: { top: first, bottom: last, left: C.conversion, right: C.conversion }, format: FORMATS.percent },
  );

  planRepTable(plan, existing?.sheet.rows.length ?? 0, team, refs);

  plan.charts.push({
    kind: 'funnel',
    sheet,
    title: L.chartTitle[lang],
    categories: { top: first + 1, bottom: last, left: C.milestone, right: C.milestone },
    values: { top: first + 1, bottom: last, left: C.reached, right: C.reached },
    spacer: { top: first + 1, bottom: last, left: C.spacer, right: C.spacer },
    valuesName: L.headers[lang][C.reached],
    anchor: { top: 1, left: 9, bottom: 22, right: 17 },
    cache: {
      categories: MILESTONE_BY_LEVEL.slice(1).map((_, i) => milestoneLabel(i + 1, lang)),
      values: MILESTONE_BY_LEVEL.slice(1).map((_, i) => reachedCount(view.rows, i + 1)),
      spacer: MILESTONE_BY_LEVEL.slice(1).map((_, i) => (maxReached - reachedCount(view.rows, i + 1)) / 2),
    },
  });

  planHistory(plan, snapshot, ours.get('history')?.sheet, team, options.date);
  const periods = planPeriodTable(plan, refs, options.periods ?? defaultPeriods(options.date), rows, rep, options.source ?? 'checklist');
  // How good the forecasts were: this run's recorded, the ended periods' set against what was won.
  planAccuracyTable(plan, snapshot, refs, rows, options.date, options.source ?? 'checklist', existing?.sheet.rows.length ?? 0);
  planForecastRecord(plan, snapshot, rows, team, options.date, options.source ?? 'checklist');
  // What moved since the previous run: recorded on the Changes tab, and the review's summary.
  plan.writes.push({ sheet: milestones.sheet.name, row: AS_OF_CELL.row, col: AS_OF_CELL.col, values: [[calendarDate(options.date)]] });
  const moved = planMovement(plan, snapshot, milestones, rows, options.source ?? 'checklist', options.date);
  const review = withChanges(changesSince(snapshot, reviewDates(ours.get('history')?.sheet), options.date), moved.changes, options.date);
  // What the 提醒 column flags after this run, from the same rows (the pane and the terminal list it).
  const attention = attentionList(snapshot, rows, options.date, options.source ?? 'checklist', moved.since);
  const rubrics = ours.get('rubrics')?.sheet;
  for (const t of unreadThresholds(rubrics?.rows)) plan.warn(new MethodError('STALE_THRESHOLD', { sheet: rubrics!.name, row: t.row + 1, value: showValue(t.value), milestone: MILESTONE_BY_LEVEL[t.level].id }));
  return { ...plan.build(lang, null), funnel: view, periods, review, attention, activate: sheet };
}

function reachedCount(rows: readonly { count: number }[], level: number): number {
  let n = 0;
  for (let l = level; l < rows.length; l++) n += rows[l].count;
  return n;
}

/**
 * Forecast by rep: one row per rep on the milestone tab (reps compared as tabRules.repKey: "Ann"
 * and "ann " are one, "Ann*" is its own), the whole team's whatever the filter; rows left from a
 * longer list are cleared. SUMPRODUCT with "=" on the rep, never COUNTIF(rep,name), which would
 * take a name's * ? ~ as wildcards and a leading < > = as an operator.
 */
function planRepTable(plan: PlanBuilder, previousRows: number, team: Funnel, refs: FunnelRefs): void {
  const { ctx } = plan;
  const sheet = ctx.tabs.funnel;
  const rows: PlanCell[][] = [[...L.repHeaders[ctx.lang]]];
  team.byRep.forEach((f, i) => {
    const rows1 = `${atLevel(refs, '>=0')}*${sameRep(refs, cellRef(FUNNEL.firstRepRow + i, 0))}`;
    rows.push([
      f.rep,
      { formula: `SUMPRODUCT(${rows1})`, result: f.count },
      { formula: `SUMPRODUCT(${rows1}*${usableAmount(refs)})`, result: f.amount },
      { formula: `SUMPRODUCT(${rows1},${refs.weighted})`, result: f.forecast },
    ]);
  });
  for (let r = FUNNEL.firstRepRow + team.byRep.length; r < previousRows; r++) rows.push([null, null, null, null]);
  plan.writes.push({ sheet, row: FUNNEL.repHeaderRow, col: 0, values: rows });
  plan.numberFormats.push({ sheet, range: { top: FUNNEL.firstRepRow, bottom: FUNNEL.firstRepRow + Math.max(team.byRep.length, 1) - 1, left: 2, right: 3 }, format: FORMATS.amount });
}
