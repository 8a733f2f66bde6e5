import { MILESTONE_BY_LEVEL, PROBABILITY_BY_LEVEL, type MilestoneLevel } from './methodology/milestones';

/** What the funnel needs of one opportunity. */
export interface FunnelInput {
  level: MilestoneLevel;
  amount: number;
  rep?: string;
}

export interface FunnelRow {
  level: MilestoneLevel;
  milestone: (typeof MILESTONE_BY_LEVEL)[number];
  probability: number;
  /** Opportunities at exactly this milestone. */
  count: number;
  amount: number;
  /** amount × probability */
  weighted: number;
  /**
   * Opportunities at or beyond this milestone over those at or beyond the previous one;
   * null for the not-qualified row and where nothing reached the previous milestone.
   */
  conversion: number | null;
}

export interface RepForecast {
  rep: string;
  count: number;
  amount: number;
  forecast: number;
}

export interface Funnel {
  /** Levels 0 (not qualified) to 6, in order; counts add up to the number of opportunities. */
  rows: FunnelRow[];
  count: number;
  amount: number;
  /** Σ amount × probability */
  forecast: number;
  /** One entry per rep, in first-seen order. */
  byRep: RepForecast[];
}

// A module-level copy: bundlers may turn the imported binding into a getter call per use.
const PROBABILITY: readonly number[] = PROBABILITY_BY_LEVEL;

/**
 * Accumulates opportunities one at a time, so hosts can feed rows as they read them without
 * building an intermediate list.
 */
export class FunnelBuilder {
  private readonly counts = new Float64Array(7);
  private readonly amounts = new Float64Array(7);
  private readonly reps = new Map<string, RepForecast>();

  /**
   * One opportunity. `key` says which reps are one (the milestone tab compares them as its
   * formulas do: trimmed, case ignored); the first spelling seen is the one shown.
   */
  add(level: MilestoneLevel, amount: number, rep?: string, key: string | undefined = rep): void {
    this.counts[level] += 1;
    this.amounts[level] += amount;
    if (rep !== undefined && key !== undefined) {
      let entry = this.reps.get(key);
      if (!entry) {
        entry = { rep, count: 0, amount: 0, forecast: 0 };
        this.reps.set(key, entry);
      }
      entry.count += 1;
      entry.amount += amount;
      entry.forecast += amount * PROBABILITY[level];
    }
  }

  build(): Funnel {
    const atOrBeyond = new Float64Array(8);
    for (let level = 6; level >= 0; level--) atOrBeyond[level] = atOrBeyond[level + 1] + this.counts[level];
    const rows: FunnelRow[] = MILESTONE_BY_LEVEL.map((milestone, i) => {
      const level = i as MilestoneLevel;
      const probability = PROBABILITY_BY_LEVEL[level];
      const previous = level === 0 ? 0 : atOrBeyond[level - 1];
      return {
        level,
        milestone,
        probability,
        count: this.counts[level],
        amount: this.amounts[level],
        weighted: this.amounts[level] * probability,
        conversion: level === 0 || previous === 0 ? null : atOrBeyond[level] / previous,
      };
    });
    return {
      rows,
      count: atOrBeyond[0],
      amount: rows.reduce((s, r) => s + r.amount, 0),
      forecast: rows.reduce((s, r) => s + r.weighted, 0),
      byRep: [...this.reps.values()],
    };
  }
}

/** The funnel and forecast over a list of opportunities. */
export function funnel(opportunities: Iterable<FunnelInput>): Funnel {
  const builder = new FunnelBuilder();
  for (const o of opportunities) builder.add(o.level, o.amount, o.rep);
  return builder.build();
}
