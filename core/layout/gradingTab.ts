import { CUSTOMER_GRADES } from '../methodology/customerGrades';
import { customerGrade } from '../customerGrade';
import type { Lang } from '../methodology/bilingual';
import { cellRef } from './a1';
import { isSheetBlank } from '../cells/cellValue';
import { FORMATS, type ColumnSpec, type LayoutContext } from './columns';
import { MS } from './milestonesTab';
import { boundColumn, sameKey, type Deal } from './pipelineRows';
import { repKey } from './tabRules';
import type { FormulaColumn } from './keyedTab';
import type { PlanCell } from './types';
import { GRADE, TRIANGLE_COLUMNS, triangleFormulas } from './triangleColumns';

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** 客户分级: relationship × attractiveness (高/低), the grade by formula; one row per customer. */
const HIGH: Record<Lang, string> = { zh: '高', en: 'High' };
const LOW: Record<Lang, string> = { zh: '低', en: 'Low' };

/** The columns earlier versions wrote: the customer, the two ratings and the grade, notes, the triangle. */
const GRADING_FIXED_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '客户名称', en: 'Customer' }, width: 24 },
  { header: { zh: '关系', en: 'Relationship' }, width: 10, validation: (ctx) => ({ kind: 'list', values: [HIGH[ctx.lang], LOW[ctx.lang]] }) },
  { header: { zh: '吸引力与潜力', en: 'Attractiveness and potential' }, width: 14, validation: (ctx) => ({ kind: 'list', values: [HIGH[ctx.lang], LOW[ctx.lang]] }) },
  { header: { zh: '客户等级', en: 'Grade' }, width: 12 },
  { header: { zh: '备注', en: 'Notes' }, width: 30 },
  // 客户管理金三角 (issue 18).
  ...TRIANGLE_COLUMNS,
];

/** The grade as core's customerGrade over 高/低 (either language); blank until both are set. */
export function gradeFormula(row: number, lang: Lang): string {
  const r = cellRef(row, 1);
  const a = cellRef(row, 2);
  const high = (c: string) => `OR(${c}=${quoted(HIGH.zh)},${c}=${quoted(HIGH.en)})`;
  const label = (key: string) => quoted(CUSTOMER_GRADES.find((g) => g.key === key)![lang]);
  return `IF(OR(${r}="",${a}=""),"",IF(${high(r)},IF(${high(a)},${label('key')},${label('ordinary')}),IF(${high(a)},${label('possible')},${label('ignore')})))`;
}

export function gradingValues(customer: PlanCell): PlanCell[] {
  return [customer, null, null];
}

/** The grade's column, then the account triangle's (triangleColumns.ts; `visits` and the run's day give their values). */
export function gradingFormulas(ctx: LayoutContext, known?: Parameters<typeof triangleFormulas>[2]): FormulaColumn[] {
  const blank = (v: PlanCell) => v === null || v === undefined || v === '';
  const grade = (c: readonly PlanCell[]) => (blank(c[1]) || blank(c[2]) ? '' : customerGrade(c[1], c[2])[ctx.lang]);
  return [{ col: 3, formula: (row) => gradeFormula(row, ctx.lang), value: grade }, ...triangleFormulas(ctx, grade, known)];
}

/** The customer's pipeline, after the triangle (so earlier tabs widen in place): its open deals' count, amount and weighted amount. */
export const GRADING_PIPELINE_COLUMNS: readonly ColumnSpec[] = [
  // A count needs no format (one call fewer in Sheets); the amounts share one.
  { header: { zh: '进行中机会', en: 'Open deals' }, width: 10 },
  { header: { zh: '进行中金额', en: 'Open amount' }, width: 13, format: FORMATS.amount },
  { header: { zh: '加权金额', en: 'Weighted amount' }, width: 13, format: FORMATS.amount },
];

export const GRADING_COLUMNS: readonly ColumnSpec[] = [...GRADING_FIXED_COLUMNS, ...GRADING_PIPELINE_COLUMNS];

export const GP = { count: GRADING_FIXED_COLUMNS.length, amount: GRADING_FIXED_COLUMNS.length + 1, weighted: GRADING_FIXED_COLUMNS.length + 2 } as const;

/**
 * The customer's open deals on the milestone tab (計入预测 = 1, customer by TRIM and "="), by
 * SUMPRODUCT over its rows down to `bottom`: the count; the amounts that are numbers of 0 or more
 * (as the funnel sums them); the weighted amounts (amount × the milestone's probability, the tab's
 * own column). Blank on a row without a customer.
 */
export function pipelineFormula(row: number, ctx: LayoutContext, bottom: number, what: 'count' | 'amount' | 'weighted'): string {
  const col = (c: number) => boundColumn(ctx, 'milestones', c, bottom);
  const customer = cellRef(row, GRADE.customer);
  const rows = `${sameKey(col(MS.customer), customer)}*(${col(MS.inForecast)}=1)`;
  const amount = col(MS.amount);
  const weighted = col(MS.weighted);
  const sum =
    what === 'count' ? `SUMPRODUCT(${rows})` : what === 'amount' ? `SUMPRODUCT(${rows}*ISNUMBER(${amount})*(${amount}>=0),${amount})` : `SUMPRODUCT(${rows}*ISNUMBER(${weighted}),${weighted})`;
  return `IF(TRIM(${customer})="","",${sum})`;
}

/** The same three figures in core, over the deals it read (pipelineRows.ts); undefined where it read none. */
export function pipelineFormulas(ctx: LayoutContext, bottom: number, deals?: readonly Deal[]): FormulaColumn[] {
  const byCustomer = new Map<string, { count: number; amount: number; weighted: number }>();
  for (let i = 0; deals && i < deals.length; i++) {
    const d = deals[i];
    if (!d.open) continue;
    const k = repKey(d.customer);
    const s = byCustomer.get(k) ?? { count: 0, amount: 0, weighted: 0 };
    s.count++;
    s.amount += d.amount;
    s.weighted += d.weighted;
    byCustomer.set(k, s);
  }
  const figure = (what: 'count' | 'amount' | 'weighted') => (c: readonly PlanCell[]) =>
    isSheetBlank(c[GRADE.customer]) ? '' : byCustomer.get(repKey(c[GRADE.customer]))?.[what] ?? 0;
  return (['count', 'amount', 'weighted'] as const).map((what) => ({ col: GP[what], formula: (row: number) => pipelineFormula(row, ctx, bottom, what), ...(deals ? { value: figure(what) } : {}) }));
}
