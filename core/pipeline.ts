import { parseAmount } from './cells/amount';
import { parseCheckmark } from './cells/checkmark';
import { parseScore } from './cells/score';
import { levelForFirstUnverified } from './checklist';
import { MethodError, isMethodError } from './errors';
import { CHECKLIST, CHECKLIST_LENGTH } from './methodology/checklist';
import { FACTORS } from './methodology/factors';
import type { MilestoneLevel } from './methodology/milestones';
import { FunnelBuilder, type Funnel } from './funnel';

/**
 * Where an opportunity's cells sit in a row of the sheet, as 0-based column indexes. The host
 * hands over the rows it read in one batch; nothing is copied or sliced.
 */
export interface PipelineLayout {
  /** First of the 22 checklist columns (K01..K22 side by side). */
  checklist: number;
  /** First of the five score columns (problem, power, vision, value, control), if any. */
  scores?: number;
  amount?: number;
  rep?: number;
}

export interface RowError {
  /** 0-based index into the rows given. */
  row: number;
  error: MethodError;
}

export interface PipelineResult {
  /** Milestone level per row (0 for rows with an error; see `errors`). */
  levels: Uint8Array;
  /** Sales intensity per row, 0..100 (0 without score columns). */
  intensities: Float64Array;
  /** Parsed amount per row. */
  amounts: Float64Array;
  /** Rows that could not be read, each with its bilingual error; they are left out of the funnel. */
  errors: RowError[];
  funnel: Funnel;
}

function repName(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * Milestone, sales intensity and funnel over whole columns at once: the engine behind the
 * set-up, the funnel tab and the command line. One pass, no per-row allocation.
 */
export function evaluatePipeline(rows: ArrayLike<ArrayLike<unknown>>, layout: PipelineLayout): PipelineResult {
  const n = rows.length;
  const levels = new Uint8Array(n);
  const intensities = new Float64Array(n);
  const amounts = new Float64Array(n);
  const errors: RowError[] = [];
  const builder = new FunnelBuilder();
  const c0 = layout.checklist;
  const s0 = layout.scores;
  const amountCol = layout.amount;
  const repCol = layout.rep;

  for (let r = 0; r < n; r++) {
    const row = rows[r];
    try {
      let first: number = CHECKLIST_LENGTH;
      for (let i = 0; i < CHECKLIST_LENGTH; i++) {
        // Every cell is read, even past the first gap, so a typo anywhere is reported.
        if (!parseCheckmark(row[c0 + i], CHECKLIST[i].id) && first === CHECKLIST_LENGTH) first = i;
      }
      const level: MilestoneLevel = levelForFirstUnverified(first);
      let intensity = 0;
      if (s0 !== undefined) for (let f = 0; f < FACTORS.length; f++) intensity += parseScore(row[s0 + f], FACTORS[f].zh);
      const amount = amountCol === undefined ? 0 : parseAmount(row[amountCol]);
      levels[r] = level;
      intensities[r] = intensity;
      amounts[r] = amount;
      builder.add(level, amount, repCol === undefined ? undefined : repName(row[repCol]));
    } catch (e) {
      if (!isMethodError(e)) throw e;
      errors.push({ row: r, error: e });
    }
  }
  return { levels, intensities, amounts, errors, funnel: builder.build() };
}
