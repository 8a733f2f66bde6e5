import { BUYER_STAGES } from '../methodology/buyerStages';
import { CHECKLIST } from '../methodology/checklist';
import { FACTORS, type FactorKey } from '../methodology/factors';
import { MILESTONES, MILESTONE_BY_LEVEL } from '../methodology/milestones';
import { STALE_DAYS_DEFAULT, thresholdOf } from './aging';
import { cellValue as snapshotValue } from './snapshotCell';
import { RUBRICS } from '../methodology/rubrics';
import { levelOption } from '../rubric';
import type { CellRange } from './a1';
import type { ColumnSpec, LayoutContext } from './columns';
import { FIRST_DATA_ROW, HEADER_ROW } from './tabs';
import type { PlanCell, SnapshotCell } from './types';

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

/**
 * 停滞天数 Days before stale: below the checklist, the days an open deal may stay at each
 * milestone M0–M5 before the milestone tab flags it (aging.ts; ours, not the course's). The
 * users' to change: a run writes the table only when the tab has none.
 */
export const STALE_HEADER_ROW = CHECKLIST_FIRST_ROW + CHECKLIST.length + 1;
export const STALE_FIRST_ROW = STALE_HEADER_ROW + 1;
export const STALE_LEVELS = STALE_DAYS_DEFAULT.length;
export const STALE_DAYS_COL = 1;
export const STALE_HEADERS = { zh: ['里程碑', '停滞天数'], en: ['Milestone', 'Days before stale'] } as const;

/** The stale table as a run writes it: headers, then each level's label and its default days. */
export function staleRows(ctx: LayoutContext): PlanCell[][] {
  return [[...STALE_HEADERS[ctx.lang]], ...STALE_DAYS_DEFAULT.map((days, level) => [`${MILESTONE_BY_LEVEL[level].id} ${MILESTONE_BY_LEVEL[level][ctx.lang]}`, days])];
}

/** Whether a rubric tab's rows hold the stale table (its header cell is not blank). */
export function hasStaleTable(rows: readonly (readonly SnapshotCell[] | undefined)[]): boolean {
  const header = snapshotValue(rows[STALE_HEADER_ROW]?.[0] ?? null);
  return header !== null && header !== undefined && header !== '';
}

/** The thresholds a rubric tab holds (its cells as they are), or the defaults when it has none. */
export function staleThresholds(rows: readonly (readonly SnapshotCell[] | undefined)[] | undefined): (number | null)[] {
  if (!rows || !hasStaleTable(rows)) return [...STALE_DAYS_DEFAULT];
  return Array.from({ length: STALE_LEVELS }, (_, l) => thresholdOf(snapshotValue(rows[STALE_FIRST_ROW + l]?.[STALE_DAYS_COL] ?? null)));
}

/**
 * The thresholds typed as something other than a number of days (`5天`, `三十`): each turns the
 * stale flag off for its milestone, in core as in the formulas, so the run says so. A blank
 * cell is a choice (never stale) and is not listed.
 */
export function unreadThresholds(rows: readonly (readonly SnapshotCell[] | undefined)[] | undefined): { readonly row: number; readonly level: number; readonly value: unknown }[] {
  if (!rows || !hasStaleTable(rows)) return [];
  const out: { row: number; level: number; value: unknown }[] = [];
  for (let l = 0; l < STALE_LEVELS; l++) {
    const value = snapshotValue(rows[STALE_FIRST_ROW + l]?.[STALE_DAYS_COL] ?? null);
    if (value !== null && value !== undefined && value !== '' && thresholdOf(value) === null) out.push({ row: STALE_FIRST_ROW + l, level: l, value });
  }
  return out;
}

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
