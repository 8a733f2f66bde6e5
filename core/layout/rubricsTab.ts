import { BUYER_STAGES } from '../methodology/buyerStages';
import { CHECKLIST } from '../methodology/checklist';
import { FACTORS, type FactorKey } from '../methodology/factors';
import { MILESTONES } from '../methodology/milestones';
import { RUBRICS } from '../methodology/rubrics';
import { levelOption } from '../rubric';
import type { CellRange } from './a1';
import type { ColumnSpec, LayoutContext } from './columns';
import { FIRST_DATA_ROW, HEADER_ROW } from './tabs';
import type { PlanCell } from './types';

/**
 * 评分标准 Rubrics: the five rubrics as one table (the dropdowns' source and the score lookup),
 * then the milestone checklist as a second table (the next-step lookup). Positions are fixed
 * so the formulas on other tabs can point at them.
 */
export const RUBRIC_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '因素', en: 'Factor' }, width: 16 },
  { header: { zh: '代码', en: 'Code' }, width: 8 },
  { header: { zh: '等级', en: 'Level' }, width: 46 },
  { header: { zh: '经办人得分', en: 'Contact score' }, width: 12 },
  { header: { zh: '决策者得分', en: 'Decision maker score' }, width: 14 },
];
export const RUBRIC_COL = { factor: 0, code: 1, option: 2, contact: 3, decisionMaker: 4 } as const;

/** Rows of each factor's levels in the rubric table, 0-based on the sheet. */
export const FACTOR_ROWS: Record<FactorKey, { top: number; bottom: number }> = (() => {
  const rows = {} as Record<FactorKey, { top: number; bottom: number }>;
  let r = FIRST_DATA_ROW;
  for (const f of FACTORS) {
    const n = RUBRICS[f.key].length;
    rows[f.key] = { top: r, bottom: r + n - 1 };
    r += n;
  }
  return rows;
})();

export const RUBRIC_LAST_ROW = FACTOR_ROWS.control.bottom;

/** Shares the rubric table's columns, so the widths suit both tables (the id under 代码, the item under 等级). */
export const CHECKLIST_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '里程碑', en: 'Milestone' }, width: 16 },
  { header: { zh: '编号', en: 'Id' }, width: 8 },
  { header: { zh: '检查项', en: 'Checklist item' }, width: 46 },
  { header: { zh: '概率', en: 'Probability' }, width: 12, format: '0%' },
  { header: { zh: '购买阶段', en: 'Buyer stage' }, width: 16 },
  { header: { zh: '下一步', en: 'Next step' }, width: 50 },
];
export const CHECKLIST_HEADER_ROW = RUBRIC_LAST_ROW + 2;
export const CHECKLIST_FIRST_ROW = CHECKLIST_HEADER_ROW + 1;
export const CHECKLIST_NEXT_COL = 5;

/** The dropdown source of a factor: its "P5 客户承认痛苦" options. */
export function optionRange(factor: FactorKey): CellRange {
  const { top, bottom } = FACTOR_ROWS[factor];
  return { top, bottom, left: RUBRIC_COL.option, right: RUBRIC_COL.option };
}

export function rubricRows(ctx: LayoutContext): PlanCell[][] {
  const rows: PlanCell[][] = [];
  for (const f of FACTORS) {
    for (const level of RUBRICS[f.key]) rows.push([f[ctx.lang], level.code, levelOption(level, ctx.lang), level.contact, level.decisionMaker]);
  }
  return rows;
}

export function checklistRows(ctx: LayoutContext): PlanCell[][] {
  return CHECKLIST.map((item) => {
    const m = MILESTONES.find((x) => x.id === item.milestone)!;
    const stage = BUYER_STAGES.find((s) => s.id === item.stage);
    return [
      `${m.id} ${m[ctx.lang]}`,
      item.id,
      item[ctx.lang],
      m.probability,
      stage ? `${stage.id} ${stage[ctx.lang]}` : '',
      `${item.id} ${item[ctx.lang]}`,
    ];
  });
}

export { HEADER_ROW };
