import { CUSTOMER_GRADES } from '../methodology/customerGrades';
import { customerGrade } from '../customerGrade';
import type { Lang } from '../methodology/bilingual';
import { cellRef } from './a1';
import type { ColumnSpec, LayoutContext } from './columns';
import type { FormulaColumn } from './keyedTab';
import type { PlanCell } from './types';
import { TRIANGLE_COLUMNS, triangleFormulas } from './triangleColumns';

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** 客户分级: relationship × attractiveness (高/低), the grade by formula; one row per customer. */
const HIGH: Record<Lang, string> = { zh: '高', en: 'High' };
const LOW: Record<Lang, string> = { zh: '低', en: 'Low' };

export const GRADING_COLUMNS: readonly ColumnSpec[] = [
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
