/**
 * 业务动作追踪 Activity tracking (methodology.md, seller steps S1–S6): one row per rep, the count
 * of each step, the total and the share of asks for the business (S5).
 */
import { SELLER_STEPS } from '../methodology/sellerSteps';
import { cellRef, rangeRef } from './a1';
import { FORMATS, type ColumnSpec } from './columns';
import type { FormulaColumn } from './keyedTab';
import type { PlanCell } from './types';

/** 业务动作追踪: per rep, the count of each seller step S1–S6, the total and the share of asks. */
export const ACTIVITY_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '销售人员', en: 'Rep' }, width: 10 },
  ...SELLER_STEPS.map((s): ColumnSpec => ({
    header: { zh: `${s.id} ${s.zh}`, en: `${s.id} ${s.en}` },
    width: 12,
    format: FORMATS.integer,
    validation: () => ({ kind: 'wholeNumber', min: 0 }),
  })),
  { header: { zh: '合计', en: 'Total' }, width: 8, format: FORMATS.integer },
  { header: { zh: '要求生意占比', en: 'Share of asks' }, width: 12, format: FORMATS.percent },
];

export function activityValues(rep: PlanCell): PlanCell[] {
  return [rep];
}

const TOTAL_COL = SELLER_STEPS.length + 1;

/** A rep's step counts as SUM sees them: numbers count, blanks and text do not. */
function stepCounts(cells: readonly PlanCell[]): number[] {
  return SELLER_STEPS.map((_, i) => {
    const v = cells[1 + i];
    return typeof v === 'number' ? v : 0;
  });
}

export const ACTIVITY_FORMULAS: readonly FormulaColumn[] = [
  { col: TOTAL_COL, formula: (row) => `SUM(${rangeRef({ top: row, bottom: row, left: 1, right: SELLER_STEPS.length })})`, value: (c) => stepCounts(c).reduce((a, b) => a + b, 0) },
  {
    col: TOTAL_COL + 1,
    formula: (row) => {
      const total = cellRef(row, TOTAL_COL);
      const asks = cellRef(row, 1 + SELLER_STEPS.findIndex((s) => s.id === 'S5'));
      return `IF(${total}=0,0,${asks}/${total})`;
    },
    value: (c) => {
      const counts = stepCounts(c);
      const total = counts.reduce((a, b) => a + b, 0);
      return total === 0 ? 0 : counts[SELLER_STEPS.findIndex((s) => s.id === 'S5')] / total;
    },
  },
];
