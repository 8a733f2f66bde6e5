import { BUYER_STAGES } from '../methodology/buyerStages';
import { TICKED } from '../cells/checkmark';
import { CHECKLIST, CHECKLIST_LENGTH, type ChecklistItem } from '../methodology/checklist';
import { MILESTONE_BY_LEVEL } from '../methodology/milestones';
import { levelForFirstUnverified } from '../checklist';
import type { Bilingual, Lang } from '../methodology/bilingual';
import { cellRef, onSheet, rangeRef } from './a1';
import { FORMATS, type ColumnSpec, type LayoutContext } from './columns';
import { CLOSED_LIST, DEAL_STATUS_LABELS, PICKED_STATUSES, labelList, type DealStatus } from './dealStatus';
import { ATTENTION_LABELS, type AttentionFlag } from './aging';
import { CHECKLIST_FIRST_ROW, CHECKLIST_NEXT_COL, STALE_DAYS_COL, STALE_FIRST_ROW, STALE_LEVELS } from './rubricsTab';

/**
 * 里程碑 Milestones: one row per opportunity. The five tracker columns are copied once as
 * values; the 22 checklist columns are the reps' input; the rest are native formulas.
 */
export const MS = {
  opportunity: 0,
  customer: 1,
  rep: 2,
  amount: 3,
  expectedClose: 4,
  checklist: 5,
  level: 5 + CHECKLIST_LENGTH,
  milestone: 6 + CHECKLIST_LENGTH,
  probability: 7 + CHECKLIST_LENGTH,
  weighted: 8 + CHECKLIST_LENGTH,
  buyerStage: 9 + CHECKLIST_LENGTH,
  nextStep: 10 + CHECKLIST_LENGTH,
  /** 状态: open, won, lost, on hold (the reps' or the tracker's), or removed from the tracker. */
  status: 11 + CHECKLIST_LENGTH,
  /** 计入预测: 1 where the row is in the funnel and the forecast (counted and open), else 0. */
  inForecast: 12 + CHECKLIST_LENGTH,
  /** 里程碑日期: the day the row reached its milestone, as runs recorded it (movement.ts). Its marker-row cell holds the run's date. */
  since: 13 + CHECKLIST_LENGTH,
  /** 停留天数: days since then, as of the run (formula). */
  daysAt: 14 + CHECKLIST_LENGTH,
  /** 提醒: past due, stale or won before M6 (formula; aging.ts). */
  attention: 15 + CHECKLIST_LENGTH,
  /** 已记录: the milestone and status last recorded, level × 10 + status (hidden; movement.ts). */
  recorded: 16 + CHECKLIST_LENGTH,
} as const;

/** The run's date, on the hidden marker row above 里程碑日期: what days at a milestone count to. */
export const AS_OF_CELL = { row: 0, col: MS.since } as const;

/** A checklist header's note: the item in full, then its milestone and buyer stage (K07, the seller's letter, has none). */
function checklistNote(item: ChecklistItem): Bilingual {
  const milestone = MILESTONE_BY_LEVEL.find((m) => m.id === item.milestone)!;
  const stage = BUYER_STAGES.find((s) => s.id === item.stage);
  const text = (lang: Lang) =>
    [`${item.id} ${item[lang]}`, `${MS_HEADERS.milestone[lang]}: ${milestone.id} ${milestone[lang]}`, ...(stage ? [`${MS_HEADERS.buyerStage[lang]}: ${stage.id} ${stage[lang]}`] : [])].join('\n');
  return { zh: text('zh'), en: text('en') };
}

const MS_HEADERS = { milestone: { zh: '里程碑', en: 'Milestone' }, buyerStage: { zh: '购买阶段', en: 'Buyer stage' } } as const;

export const OPPORTUNITY_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '机会名称', en: 'Opportunity' }, width: 24 },
  { header: { zh: '客户名称', en: 'Customer' }, width: 22 },
  { header: { zh: '销售人员', en: 'Rep' }, width: 10 },
];

export const MILESTONE_COLUMNS: readonly ColumnSpec[] = [
  ...OPPORTUNITY_COLUMNS,
  { header: { zh: '合同金额', en: 'Amount' }, width: 14, format: FORMATS.amount },
  { header: { zh: '预计签约日期', en: 'Expected close' }, width: 13, format: FORMATS.date },
  // Headers start with the item id so a reader (and our own re-run) can tell the columns apart;
  // they wrap in a row made tall enough, and the header's note adds the item's milestone and stage.
  ...CHECKLIST.map((item): ColumnSpec => ({
    header: { zh: `${item.id} ${item.zh}`, en: `${item.id} ${item.en}` },
    width: 10,
    wrap: true,
    note: checklistNote(item),
    validation: () => ({ kind: 'boolean' }),
  })),
  { header: { zh: '级别', en: 'Level' }, width: 6, format: FORMATS.integer },
  { header: MS_HEADERS.milestone, width: 18 },
  { header: { zh: '概率', en: 'Probability' }, width: 8, format: FORMATS.percent },
  { header: { zh: '加权金额', en: 'Weighted amount' }, width: 14, format: FORMATS.amount },
  { header: MS_HEADERS.buyerStage, width: 16 },
  { header: { zh: '下一步', en: 'Next step' }, width: 36 },
  { header: { zh: '状态', en: 'Status' }, width: 12, validation: (ctx) => ({ kind: 'list', values: PICKED_STATUSES.map((s) => DEAL_STATUS_LABELS[s][ctx.lang]) }) },
  { header: { zh: '计入预测', en: 'In forecast' }, width: 9, format: FORMATS.integer },
  { header: { zh: '里程碑日期', en: 'At milestone since' }, width: 12, format: FORMATS.date },
  { header: { zh: '停留天数', en: 'Days at milestone' }, width: 9, format: FORMATS.integer },
  { header: { zh: '提醒', en: 'Attention' }, width: 14 },
  { header: { zh: '已记录', en: 'Recorded' }, width: 7, format: FORMATS.integer, hidden: true },
];

/** The tick marks as the formulas search them: "|true|1|x|…|" (see core/cells/checkmark.ts). */
export const TICK_LIST = `|${TICKED.join('|')}|`;

/**
 * The checklist items first..last (0-based) of a row that are not ticks, as one number: the sum
 * of 2^(21 − item) over them, so its highest bit is the first such item. "Is this a tick" is the
 * one rule (core's readTick) as a formula: LOWER(TRIM(cell)) is one of the marks. TRIM and LOWER
 * make "TRUE"/"true" of the boolean (LibreOffice: "1") and "1" of the number, both in the list.
 * FIND is case-sensitive and knows no wildcards: MATCH and COUNTIF would take a typed "*" or "?"
 * as a wildcard, and COUNTIF(range,TRUE()) counts only TRUE in Excel but also 1 in LibreOffice.
 * A cell holding "|" is never a tick ("x|yes" cannot match across two marks); an error value in
 * a cell is not a tick, and no error. SUMPRODUCT evaluates its arguments as arrays in Excel
 * (2007 on, no array entry), Sheets and LibreOffice alike; the weights are an array constant
 * (COLUMN(range) would do, but HyperFormula, the engine the tests check with, gives one number).
 */
function untickedBits(row: number, firstItem: number, lastItem: number): string {
  const range = rangeRef({ top: row, bottom: row, left: MS.checklist + firstItem, right: MS.checklist + lastItem });
  const weights = Array.from({ length: lastItem - firstItem + 1 }, (_, k) => 2 ** (CHECKLIST_LENGTH - 1 - firstItem - k)).join(',');
  const tick = `ISERROR(FIND("|",${range}))*ISNUMBER(FIND("|"&LOWER(TRIM(${range}))&"|","${TICK_LIST}"))`;
  return `SUMPRODUCT(1-${tick},{${weights}})`;
}

/**
 * The first checklist item (1-based, 23 when all are ticks) that is not a tick, optionally
 * skipping one item: 22 − INT(LOG(bits + 0.5, 2)). The bits are a whole number below 2^22, so
 * +0.5 keeps LOG a clear distance (over 10^-7) from every whole number, far above rounding; no
 * bits give LOG(0.5) = −1, so 23. One array per formula instead of a test per cell: a row's
 * formulas stay short (Excel sends each once per fill, and the Excel host's write budget counts it).
 */
function firstUnticked(row: number, skipItem?: number): string {
  const last = CHECKLIST_LENGTH - 1;
  const bits = skipItem === undefined ? untickedBits(row, 0, last) : `${untickedBits(row, 0, skipItem - 1)}+${untickedBits(row, skipItem + 1, last)}`;
  return `22-INT(LOG(${bits}+0.5,2))`;
}

/**
 * A row the funnel counts: its opportunity or its customer is not blank (TRIM(cell)="" is blank),
 * as core's milestoneTabRows. An error value in either counts as not blank (IFERROR), as core reads it.
 */
function countedRow(row: number): string {
  return `IFERROR(TRIM(${cellRef(row, MS.opportunity)})&TRIM(${cellRef(row, MS.customer)}),"#")<>""`;
}

/**
 * The milestone level 0..6 with strict gating, as core's milestoneLevel over readTick: the first
 * item that is not a tick mark (blank, FALSE, 否, a typo) stops the climb at its milestone. A row
 * with neither opportunity nor customer gets "", which COUNTIF and ISNUMBER leave out of the
 * funnel, as core leaves the row out. CHOOSE by the first unticked item; no array entry, no
 * LET/IFS: Excel, Sheets, LibreOffice and HyperFormula agree.
 */
export function levelFormula(row: number): string {
  const levels = Array.from({ length: CHECKLIST_LENGTH + 1 }, (_, first) => levelForFirstUnverified(first)).join(',');
  return `IF(${countedRow(row)},CHOOSE(${firstUnticked(row)},${levels}),"")`;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const ID_LABELS: Record<Lang, WeakMap<object, string>> = { zh: new WeakMap(), en: new WeakMap() };

/**
 * "M2 …", "K05 …": a milestone, checklist step or buyer stage as the tab shows it, made once per
 * item and language (50 000 rows' cells and deals share a few strings instead of one each).
 */
export function idLabel(item: { readonly id: string; readonly zh: string; readonly en: string }, lang: Lang): string {
  let label = ID_LABELS[lang].get(item);
  if (label === undefined) ID_LABELS[lang].set(item, (label = `${item.id} ${item[lang]}`));
  return label;
}

export function milestoneLabel(level: number, lang: Lang): string {
  return idLabel(MILESTONE_BY_LEVEL[level], lang);
}

/** The milestone's name; blank where the level is (a row the funnel does not count). */
export function milestoneNameFormula(row: number, lang: Lang): string {
  const level = cellRef(row, MS.level);
  const names = MILESTONE_BY_LEVEL.map((_, l) => quoted(milestoneLabel(l, lang))).join(',');
  return `IF(ISNUMBER(${level}),CHOOSE(${level}+1,${names}),"")`;
}

export function probabilityFormula(row: number): string {
  const level = cellRef(row, MS.level);
  return `IF(ISNUMBER(${level}),CHOOSE(${level}+1,${MILESTONE_BY_LEVEL.map((m) => m.probability).join(',')}),"")`;
}

/**
 * amount × probability, as core's tabAmount: an amount that is not a number (text, even money
 * text typed here, or an error value) or is negative counts as 0; blank where the row is not
 * counted. Never an error, so the rep table's sums over this column never fail.
 */
export function weightedFormula(row: number): string {
  const amount = cellRef(row, MS.amount);
  const probability = cellRef(row, MS.probability);
  return `IF(ISNUMBER(${probability}),IF(${cellRef(row, MS.inForecast)}=1,IF(ISNUMBER(${amount}),MAX(${amount},0)*${probability},0),0),"")`;
}

/**
 * 1 where the row is in the funnel and the forecast, as core's isCountedRow and isOpenStatus: a
 * counted row whose status is not one of the closed labels (LOWER(TRIM(status)) searched in
 * "|赢单|won|…|", a cell holding "|" never matching, an error value open), else 0; blank where
 * the row is not counted. The funnel tab counts by this column, so a lost deal leaves the
 * funnel the moment its status is picked, with no run.
 */
export function inForecastFormula(row: number): string {
  const status = cellRef(row, MS.status);
  const closed = `ISERROR(FIND("|",${status}))*ISNUMBER(FIND("|"&LOWER(TRIM(${status}))&"|","${CLOSED_LIST}"))`;
  return `IF(${countedRow(row)},1-${closed},"")`;
}

/** The run's date the tab's day counts use. */
function asOf(): string {
  return cellRef(AS_OF_CELL.row, AS_OF_CELL.col, true);
}

/** Days at the milestone, as core's daysAt: blank without a date reached or on a row not counted; never negative. */
export function daysAtFormula(row: number): string {
  const since = cellRef(row, MS.since);
  return `IF(${countedRow(row)},IF(ISNUMBER(${since}),MAX(0,${asOf()}-${since}),""),"")`;
}

/** The stale threshold of the row's level, from the rubric tab's 停滞天数 table; "" at M6 (never stale). */
function thresholdFormula(row: number, ctx: LayoutContext): string {
  const cells = Array.from({ length: STALE_LEVELS }, (_, l) => onSheet(ctx.tabs.rubrics, cellRef(STALE_FIRST_ROW + l, STALE_DAYS_COL, true)));
  return `CHOOSE(${cellRef(row, MS.level)}+1,${cells.join(',')},"")`;
}

/**
 * The 提醒 Attention flag, as core's attentionFlag: an open deal whose expected close is before
 * the run's date is past due; else one whose days at its milestone pass the level's threshold
 * (a number on the rubric tab) is stale; a won deal below M6 is flagged. The first that holds.
 */
export function attentionFormula(row: number, ctx: LayoutContext): string {
  const inF = `${cellRef(row, MS.inForecast)}=1`;
  const close = cellRef(row, MS.expectedClose);
  const days = cellRef(row, MS.daysAt);
  const level = cellRef(row, MS.level);
  const status = cellRef(row, MS.status);
  const threshold = thresholdFormula(row, ctx);
  const won = `ISERROR(FIND("|",${status}))*ISNUMBER(FIND("|"&LOWER(TRIM(${status}))&"|","${labelList(['won'])}"))`;
  const label = (flag: AttentionFlag) => quoted(ATTENTION_LABELS[flag][ctx.lang]);
  return (
    `IF(${countedRow(row)},` +
    `IF(AND(${inF},ISNUMBER(${close}),${close}<${asOf()}),${label('pastDue')},` +
    `IF(AND(${inF},ISNUMBER(${days}),ISNUMBER(${threshold}),${days}>${threshold}),${label('stale')},` +
    `IF(AND(ISNUMBER(${level}),${level}<6,${won}),${label('wonEarly')},""))),"")`
  );
}

/** A status as the tab's dropdown shows it. */
export function statusLabel(status: DealStatus, lang: Lang): string {
  return DEAL_STATUS_LABELS[status][lang];
}

/**
 * The buyer's stage, as core's buyerStage over readTick: the stage of the first item that is not
 * a tick, K07 (the seller's letter, in no stage) skipped; every item a tick → the last stage.
 * Blank where the row is not counted.
 */
export function buyerStageFormula(row: number, lang: Lang): string {
  const letter = CHECKLIST.findIndex((item) => !BUYER_STAGES.some((s) => s.id === item.stage));
  const labels = BUYER_STAGES.map((s) => quoted(`${s.id} ${s[lang]}`)).join(',');
  // Stage number (1-based) of each first item 1..23; the skipped item cannot be first (any number serves).
  const stageOf = Array.from({ length: CHECKLIST_LENGTH + 1 }, (_, i) => {
    const stage = i < CHECKLIST_LENGTH ? BUYER_STAGES.findIndex((s) => s.id === CHECKLIST[i].stage) : BUYER_STAGES.length - 1;
    return stage < 0 ? 1 : stage + 1;
  }).join(',');
  return `IF(${countedRow(row)},CHOOSE(CHOOSE(${firstUnticked(row, letter)},${stageOf}),${labels}),"")`;
}

/**
 * The next step, as core's nextStep over readTick: the first item not ticked, looked up in the
 * rubric tab's checklist table; blank when all 22 are ticked (the index 23 is out of range →
 * IFERROR) and where the row is not counted.
 */
export function nextStepFormula(row: number, ctx: LayoutContext): string {
  const table = onSheet(
    ctx.tabs.rubrics,
    rangeRef({ top: CHECKLIST_FIRST_ROW, bottom: CHECKLIST_FIRST_ROW + CHECKLIST_LENGTH - 1, left: CHECKLIST_NEXT_COL, right: CHECKLIST_NEXT_COL }, true),
  );
  return `IF(${countedRow(row)},IFERROR(INDEX(${table},${firstUnticked(row)}),""),"")`;
}
