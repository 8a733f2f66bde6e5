import { MethodError, showValue } from './errors';
import { SELLER_STEPS, type SellerStep } from './methodology/sellerSteps';

const STEPS = SELLER_STEPS.length;
const ASK_STEP = SELLER_STEPS.findIndex((s) => s.id === 'S5');

/**
 * A rep asks for the business "far below" the team when the rep's share of S5 is under this
 * fraction of the team's share. Half is the line a manager would act on; named so it can move.
 */
export const FEW_ASKS_RATIO = 0.5;

export interface ActivityInput {
  rep: string;
  /** Counts of S1..S6, in order; blanks are 0. */
  counts: ArrayLike<unknown>;
}

export type ActivityGap =
  | { kind: 'never'; step: SellerStep }
  | { kind: 'fewAsks'; step: SellerStep; repShare: number; teamShare: number };

export interface RepActivity {
  rep: string;
  counts: number[];
  total: number;
  /** count / total per step; all 0 for a rep with no activity. */
  shares: number[];
  gaps: ActivityGap[];
}

export interface ActivityMix {
  reps: RepActivity[];
  teamCounts: number[];
  teamShares: number[];
}

function readCount(value: unknown, step: SellerStep): number {
  if (value === null || value === undefined || value === '') return 0;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  throw new MethodError('COUNT_INVALID', { what: step.zh, whatEn: step.en, value: showValue(value) });
}

function shares(counts: readonly number[], total: number): number[] {
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/**
 * The activity mix per rep (业务动作追踪分析): each rep's S1–S6 shares against the team's, with
 * the defects the source asks managers to find: a step the rep never takes while the team
 * does, and asks for the business far below the team's rate.
 */
export function activityMix(rows: readonly ActivityInput[]): ActivityMix {
  const byRep = new Map<string, number[]>();
  for (const row of rows) {
    if (row.counts.length !== STEPS) throw new MethodError('SHAPE', { detail: `${row.rep}: ${row.counts.length} ≠ ${STEPS}` });
    const counts = byRep.get(row.rep) ?? new Array<number>(STEPS).fill(0);
    for (let s = 0; s < STEPS; s++) counts[s] += readCount(row.counts[s], SELLER_STEPS[s]);
    byRep.set(row.rep, counts);
  }
  const teamCounts = new Array<number>(STEPS).fill(0);
  for (const counts of byRep.values()) for (let s = 0; s < STEPS; s++) teamCounts[s] += counts[s];
  const teamTotal = teamCounts.reduce((a, b) => a + b, 0);
  const teamShares = shares(teamCounts, teamTotal);

  const reps = [...byRep.entries()].map(([rep, counts]): RepActivity => {
    const total = counts.reduce((a, b) => a + b, 0);
    const repShares = shares(counts, total);
    const gaps: ActivityGap[] = [];
    if (total > 0) {
      for (let s = 0; s < STEPS; s++) {
        if (counts[s] === 0 && teamCounts[s] > 0) gaps.push({ kind: 'never', step: SELLER_STEPS[s] });
      }
      const ask = repShares[ASK_STEP];
      const teamAsk = teamShares[ASK_STEP];
      if (counts[ASK_STEP] > 0 && ask < teamAsk * FEW_ASKS_RATIO) {
        gaps.push({ kind: 'fewAsks', step: SELLER_STEPS[ASK_STEP], repShare: ask, teamShare: teamAsk });
      }
    }
    return { rep, counts, total, shares: repShares, gaps };
  });
  return { reps, teamCounts, teamShares };
}
