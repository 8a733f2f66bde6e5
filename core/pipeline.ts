import { parseAmount } from './cells/amount';
import { parseCheckmark } from './cells/checkmark';
import { parseScore } from './cells/score';
import { levelForFirstUnverified } from './checklist';
import { MethodError, isMethodError } from './errors';
import { CHECKLIST, CHECKLIST_LENGTH } from './methodology/checklist';
import { FACTORS, FACTOR_MAX } from './methodology/factors';
import type { MilestoneLevel } from './methodology/milestones';
import type { Bilingual } from './methodology/bilingual';
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

// Module-level copies of the tables the hot loop reads: some bundlers (esbuild, so tsx) turn
// imported bindings into getter calls, which would cost a call per cell.
const ITEM_COUNT: number = CHECKLIST_LENGTH;
const SCORE_MAX: number = FACTOR_MAX;
const ITEM_IDS: readonly string[] = CHECKLIST.map((k) => k.id);
const FACTOR_NAMES: readonly Bilingual[] = FACTORS;
const FACTOR_COUNT = FACTORS.length;
const LEVELS: readonly MilestoneLevel[] = Array.from({ length: ITEM_COUNT + 1 }, (_, first) => levelForFirstUnverified(first));

function repName(value: unknown): string {
  if (typeof value === 'string') return value.trim();
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

  // The try sits outside the row loop, not inside it: a failing row is recorded and the loop
  // resumes after it. Nothing is written for a row until all its cells have been read.
  let r = 0;
  while (r < n) {
    try {
      for (; r < n; r++) {
        const row = rows[r];
        // Every cell is read, even past the first gap, so a typo anywhere is reported. Booleans
        // and blanks, nearly every cell a host hands over, are decided inline; the rest go to
        // parseCheckmark, which accepts every other spelling or throws.
        let first: number = ITEM_COUNT;
        for (let i = 0; i < ITEM_COUNT; i++) {
          const v = row[c0 + i];
          if (v === true) continue;
          if (v === false || v === '' || v === null || v === undefined || !parseCheckmark(v, ITEM_IDS[i])) {
            if (first === ITEM_COUNT) first = i;
          }
        }
        let intensity = 0;
        if (s0 !== undefined) {
          for (let f = 0; f < FACTOR_COUNT; f++) {
            const v = row[s0 + f];
            intensity += typeof v === 'number' && v >= 0 && v <= SCORE_MAX ? v : parseScore(v, FACTOR_NAMES[f]);
          }
        }
        let amount = 0;
        if (amountCol !== undefined) {
          const v = row[amountCol];
          amount = typeof v === 'number' && v >= 0 && v < Infinity ? v : parseAmount(v);
        }
        const level: MilestoneLevel = LEVELS[first];
        levels[r] = level;
        intensities[r] = intensity;
        amounts[r] = amount;
        builder.add(level, amount, repCol === undefined ? undefined : repName(row[repCol]));
      }
    } catch (e) {
      if (!isMethodError(e)) throw e;
      errors.push({ row: r, error: e });
      r++;
    }
  }
  return { levels, intensities, amounts, errors, funnel: builder.build() };
}
