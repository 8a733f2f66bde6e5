import { BUYER_STAGES } from '../methodology/buyerStages';
import { SELLER_STEPS } from '../methodology/sellerSteps';
import { FORMATS, type ColumnSpec } from './columns';
import { VISIT_SIGNAL_COLUMNS } from './signalColumns';

/** Blank rows the fill-in tabs start with, their dropdowns already in place. */
export const BLANK_ROWS = 50;

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
