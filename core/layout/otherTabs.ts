import { BUYER_STAGES } from '../methodology/buyerStages';
import { CUSTOMER_GRADES } from '../methodology/customerGrades';
import { customerGrade } from '../customerGrade';
import { SELLER_STEPS } from '../methodology/sellerSteps';
import type { Lang } from '../methodology/bilingual';
import { cellRef } from './a1';
import { FORMATS, type ColumnSpec, type LayoutContext } from './columns';
import { OPPORTUNITY_COLUMNS } from './milestonesTab';
import type { FormulaColumn } from './keyedTab';
import type { PlanCell } from './types';
import { VISIT_SIGNAL_COLUMNS } from './signalColumns';
import { BRIEF_ROLE_COLUMNS } from './roleColumns';
import { TRIANGLE_COLUMNS, triangleFormulas } from './triangleColumns';

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** 关键机会简报: for the contact and the decision maker, problem, cause, vision, value; then next steps. */
const PERSON_FIELDS = [
  { zh: '姓名', en: 'name' },
  { zh: '职务', en: 'title' },
  { zh: '问题', en: 'problem' },
  { zh: '原因', en: 'cause' },
  { zh: '愿景', en: 'vision' },
  { zh: '价值', en: 'value' },
] as const;

export const BRIEF_COLUMNS: readonly ColumnSpec[] = [
  ...OPPORTUNITY_COLUMNS,
  ...PERSON_FIELDS.map((f): ColumnSpec => ({ header: { zh: `经办人${f.zh}`, en: `Contact ${f.en}` }, width: f.en === 'name' || f.en === 'title' ? 10 : 22 })),
  ...PERSON_FIELDS.map((f): ColumnSpec => ({ header: { zh: `决策者${f.zh}`, en: `Decision maker ${f.en}` }, width: f.en === 'name' || f.en === 'title' ? 10 : 22 })),
  { header: { zh: '下一步行动', en: 'Next steps' }, width: 30 },
  { header: { zh: '简报日期', en: 'Briefed on' }, width: 12, format: FORMATS.date },
  // 五种参与决策人 (issue 18): added after the columns earlier versions wrote, so their tabs widen in place.
  ...BRIEF_ROLE_COLUMNS,
];

/** Blank rows the fill-in tabs start with, their dropdowns already in place. */
export const BLANK_ROWS = 50;

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

/** 客户访问日报: each visit's customer, rep and the buyer stage reached (and the step taken). */
export const VISIT_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '日期', en: 'Date' }, width: 12, format: FORMATS.date },
  { header: { zh: '客户名称', en: 'Customer' }, width: 22 },
  { header: { zh: '销售人员', en: 'Rep' }, width: 10 },
  { header: { zh: '访问对象', en: 'Met with' }, width: 14 },
  { header: { zh: '购买阶段', en: 'Buyer stage' }, width: 16, validation: (ctx) => ({ kind: 'list', values: BUYER_STAGES.map((s) => `${s.id} ${s[ctx.lang]}`) }) },
  { header: { zh: '业务动作', en: 'Selling step' }, width: 16, validation: (ctx) => ({ kind: 'list', values: SELLER_STEPS.map((s) => `${s.id} ${s[ctx.lang]}`) }) },
  { header: { zh: '下一步', en: 'Next step' }, width: 30 },
  { header: { zh: '备注', en: 'Notes' }, width: 30 },
  // 捕捉购买信号 (issue 18): the visit's opportunity and the signals seen, after the columns earlier versions wrote.
  ...VISIT_SIGNAL_COLUMNS,
];
