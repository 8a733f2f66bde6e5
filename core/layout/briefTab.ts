/**
 * 关键机会简报 Key opportunity brief (methodology.md §6): one row per key opportunity, filled by
 * the set-up; the contact's and the decision maker's problem, cause, vision and value, the next
 * steps and the five roles stay for the rep; the milestone, intensity, weakest factor and next
 * checklist step are looked up by native formula over the milestone and intensity tabs.
 */
import { roleCoverage } from '../buyingRoleRules';
import { visitDealKey } from '../buyingSignalRules';
import { isSheetBlank, type CellValue } from '../cells/cellValue';
import { cellRef } from './a1';
import { FORMATS, type ColumnSpec, type LayoutContext } from './columns';
import { IN } from './intensityTab';
import type { FormulaColumn } from './keyedTab';
import { MS, OPPORTUNITY_COLUMNS } from './milestonesTab';
import { boundColumn, sameKey, type Deal } from './pipelineRows';
import { BRIEF, BRIEF_ROLE_COLUMNS } from './roleColumns';
import { cellValue } from './snapshotCell';
import { FIRST_DATA_ROW } from './tabs';
import type { PlanCell, SheetSnapshot } from './types';

/** 关键机会简报: for the contact and the decision maker, problem, cause, vision, value; then next steps. */
const PERSON_FIELDS = [
  { zh: '姓名', en: 'name' },
  { zh: '职务', en: 'title' },
  { zh: '问题', en: 'problem' },
  { zh: '原因', en: 'cause' },
  { zh: '愿景', en: 'vision' },
  { zh: '价值', en: 'value' },
] as const;

/** The columns earlier versions wrote: what reps fill in. */
const BRIEF_FIXED_COLUMNS: readonly ColumnSpec[] = [
  ...OPPORTUNITY_COLUMNS,
  ...PERSON_FIELDS.map((f): ColumnSpec => ({ header: { zh: `经办人${f.zh}`, en: `Contact ${f.en}` }, width: f.en === 'name' || f.en === 'title' ? 10 : 22 })),
  ...PERSON_FIELDS.map((f): ColumnSpec => ({ header: { zh: `决策者${f.zh}`, en: `Decision maker ${f.en}` }, width: f.en === 'name' || f.en === 'title' ? 10 : 22 })),
  { header: { zh: '下一步行动', en: 'Next steps' }, width: 30 },
  { header: { zh: '简报日期', en: 'Briefed on' }, width: 12, format: FORMATS.date },
  // 五种参与决策人 (issue 18): added after the columns earlier versions wrote, so their tabs widen in place.
  ...BRIEF_ROLE_COLUMNS,
];

/** 简报日期 / Briefed on: a key opportunity is briefed once its row has this date (the control tab counts the others). */
export const BRIEFED_ON = BRIEF_FIXED_COLUMNS.findIndex((c) => c.header.en === 'Briefed on');

/**
 * Which opportunities the brief lists (README, "The key opportunity brief"): the open ones (in the
 * forecast) at M2 合格经办人 or beyond. M2's last item is K08 接触决策者, and the course has the rep
 * brief the manager once the decision maker is reached (接触决策者后向主管作简报, methodology.md §3);
 * from there to the proposal is where the manager joins (the control points).
 */
export const KEY_LEVEL = 2;

export function isKeyOpportunity(deal: Pick<Deal, 'open' | 'level'>): boolean {
  return deal.open && deal.level >= KEY_LEVEL;
}

/**
 * The brief's columns the set-up fills by formula, after the roles (so earlier tabs widen in place):
 * the deal's sales intensity and weakest factor, its milestone and next checklist step. No number
 * format (SUM of whole scores is whole) and widths in two bands: fewer calls in Sheets.
 */
export const BRIEF_LOOKUP_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '销售强度', en: 'Sales intensity' }, width: 9 },
  { header: { zh: '最弱因素', en: 'Weakest factor' }, width: 9 },
  { header: { zh: '当前里程碑', en: 'Milestone now' }, width: 20 },
  { header: { zh: '清单下一步', en: 'Next checklist step' }, width: 22 },
];

export const BRIEF_COLUMNS: readonly ColumnSpec[] = [...BRIEF_FIXED_COLUMNS, ...BRIEF_LOOKUP_COLUMNS];

/** Where the lookups are: after the fixed columns. */
const FIXED = BRIEF_FIXED_COLUMNS.length;
export const BL = { intensity: FIXED, weakest: FIXED + 1, milestone: FIXED + 2, next: FIXED + 3 } as const;

/**
 * The value of `col` on the first row of `tab` whose opportunity and customer are the brief row's
 * (TRIM, case ignored: MATCH over a 0/1 array inside SUMPRODUCT, no array entry); blank without a
 * match and on a row with neither. Text columns are joined to "" so an empty cell shows blank.
 */
export function lookupFormula(row: number, ctx: LayoutContext, kind: 'milestones' | 'intensity', col: number, bottom: number, text: boolean): string {
  const range = (c: number) => boundColumn(ctx, kind, c, bottom);
  const opp = cellRef(row, BRIEF.opportunity);
  const customer = cellRef(row, BRIEF.customer);
  const at = `SUMPRODUCT(MATCH(1,${sameKey(range(0), opp)}*${sameKey(range(1), customer)},0))`;
  return `IF(TRIM(${opp})&TRIM(${customer})="","",IFERROR(INDEX(${range(col)},${at})${text ? '&""' : ''},""))`;
}

/** What a deal's brief row shows of the intensity tab: its sales intensity and weakest factor. */
export interface Intensity {
  readonly total: CellValue | undefined;
  readonly weakest: CellValue | undefined;
}

/**
 * The lookup columns, each with core's value: the first deal (and intensity row) of the brief
 * row's key, as the formulas find it (undefined where core did not read what the tab shows).
 */
export function briefLookups(ctx: LayoutContext, bottom: number, deals: readonly Deal[], intensity: ReadonlyMap<string, Intensity>): FormulaColumn[] {
  const first = new Map<string, Deal>();
  for (let i = 0; i < deals.length; i++) if (!first.has(deals[i].key)) first.set(deals[i].key, deals[i]);
  const blank = (c: readonly PlanCell[]) => roleCoverage([c[BRIEF.opportunity], c[BRIEF.customer]]) === 0;
  const key = (c: readonly PlanCell[]) => visitDealKey(c[BRIEF.opportunity], c[BRIEF.customer]);
  const deal = <T>(f: (d: Deal) => T) => (c: readonly PlanCell[]) => (blank(c) ? '' : first.has(key(c)) ? f(first.get(key(c))!) : '');
  const inten = <T>(f: (i: Intensity) => T) => (c: readonly PlanCell[]) => (blank(c) ? '' : intensity.has(key(c)) ? f(intensity.get(key(c))!) : '');
  return [
    { col: BL.milestone, formula: (row) => lookupFormula(row, ctx, 'milestones', MS.milestone, bottom, true), value: deal((d) => d.label) },
    { col: BL.intensity, formula: (row) => lookupFormula(row, ctx, 'intensity', IN.total, bottom, false), value: inten((i) => i.total) },
    { col: BL.weakest, formula: (row) => lookupFormula(row, ctx, 'intensity', IN.weakest, bottom, true), value: inten((i) => i.weakest) },
    { col: BL.next, formula: (row) => lookupFormula(row, ctx, 'milestones', MS.nextStep, bottom, true), value: deal((d) => d.next) },
  ];
}

/**
 * Where a later run adds key opportunities: below the last row holding anything in the brief's
 * columns (a formula showing blank is nothing), so they fill the blank rows the table keeps for
 * typing and never land between or over what reps typed.
 */
export function briefNextRow(sheet: SheetSnapshot): number {
  for (let r = sheet.rows.length - 1; r >= FIRST_DATA_ROW; r--) {
    if (sheet.rows[r]?.slice(0, BRIEF_COLUMNS.length).some((c) => !isSheetBlank(cellValue(c ?? null)))) return r + 1;
  }
  return FIRST_DATA_ROW;
}

/** A key opportunity's new brief row: its opportunity, customer and rep; the rest is the rep's. */
export function briefValues(deal: Deal): PlanCell[] {
  return [deal.opportunity, deal.customer, deal.rep] as PlanCell[];
}
