import { parseAmount } from '../cells/amount';
import { MethodError, isMethodError, showValue } from '../errors';
import { FunnelBuilder } from '../funnel';
import type { MilestoneLevel } from '../methodology/milestones';
import type { PipelineResult } from '../pipeline';
import { MS } from './milestonesTab';

/**
 * Which cells of the milestone tab the funnel is computed from: the 22 checklist cells as reps
 * typed them, or the level column as the host calculated it. Excel reads the level column: one
 * small number per row instead of 22 cells, which keeps a 50 000-row funnel in one response.
 * Both give the same funnel (the level formula is checked against core by HyperFormula).
 */
export type FunnelSource = 'checklist' | 'levels';

function repName(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  return value === null || value === undefined ? '' : String(value).trim();
}

/** The funnel from rows of the milestone tab holding (at least) the level, amount and rep cells. */
export function evaluateLevels(rows: readonly (readonly unknown[])[]): Pick<PipelineResult, 'errors' | 'funnel'> {
  const builder = new FunnelBuilder();
  const errors: PipelineResult['errors'] = [];
  rows.forEach((row, r) => {
    try {
      const v = row[MS.level];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 6) throw new MethodError('MILESTONE_LEVEL', { value: showValue(v) });
      const a = row[MS.amount];
      const amount = typeof a === 'number' && a >= 0 && a < Infinity ? a : parseAmount(a);
      builder.add(v as MilestoneLevel, amount, repName(row[MS.rep]));
    } catch (e) {
      if (!isMethodError(e)) throw e;
      errors.push({ row: r, error: e });
    }
  });
  return { errors, funnel: builder.build() };
}
