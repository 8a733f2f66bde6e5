import type { KeyOf, Term } from './bilingual';

/**
 * 团队设计 (methodology.md §6): reps grouped by strength. The course names five traits and which
 * of them mark each group; it gives no scale and no rule for choosing a group. The scale and the
 * rule below are ours (README "Team design"), written here once and mirrored by the team tab's
 * formula (core/layout/teamTab.ts).
 */
export const TEAM_TRAITS = [
  { key: 'confidence', zh: '自信', en: 'Confidence' },
  { key: 'understanding', zh: '理解力', en: 'Understanding' },
  { key: 'influence', zh: '影响力', en: 'Influence' },
  { key: 'pleasing', zh: '取悦性', en: 'Pleasing' },
  { key: 'constancy', zh: '恒定性', en: 'Constancy' },
] as const satisfies readonly Term[];

export type TraitKey = KeyOf<typeof TEAM_TRAITS>;

/**
 * The groups in the course's order, which is also our tie-break order: on equal scores the
 * earlier group is suggested (new business first: the course lists it first, and a rep equally
 * strong everywhere is the one a team can least easily find).
 */
export const TEAM_GROUPS = [
  { key: 'newBusiness', zh: '客户开发', en: 'New business', traits: ['confidence', 'understanding', 'influence'] },
  { key: 'proposals', zh: '方案和谈判', en: 'Proposals and negotiation', traits: ['understanding', 'influence'] },
  { key: 'accountCare', zh: '客户维护', en: 'Account care', traits: ['pleasing', 'constancy'] },
] as const satisfies readonly Term<{ traits: readonly TraitKey[] }>[];

export type TeamGroup = (typeof TEAM_GROUPS)[number];

/**
 * Ratings are whole numbers from 1 to 5, the manager's judgement of each trait: a five-point
 * scale is the one managers already use for reviews, small enough to rate consistently, and
 * wide enough for a mean to separate the groups; whole numbers keep the scores exact.
 */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** A rating the rule counts: a whole number from RATING_MIN to RATING_MAX (text, blanks, 2.5: not rated). */
export function isRating(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= RATING_MIN && value <= RATING_MAX;
}

const SIZES: number[] = TEAM_GROUPS.map((g) => g.traits.length);
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const LCM = SIZES.reduce((a, b) => (a * b) / gcd(a, b));

/**
 * Each group's score as a whole number: the mean of its traits times the common multiple of the
 * groups' sizes (6), so a score compares exactly, in core as in the formula.
 */
export const GROUP_WEIGHTS: readonly number[] = SIZES.map((n) => LCM / n);

/** Ratings in TEAM_TRAITS order → the index of a trait by key. */
export const TRAIT_INDEX: Readonly<Record<TraitKey, number>> = Object.fromEntries(TEAM_TRAITS.map((t, i) => [t.key, i])) as Record<TraitKey, number>;

/**
 * Our reading of the course: each group's score is the mean of its traits' ratings; the highest
 * score is suggested, ties to the earlier group (TEAM_GROUPS order); null until all five traits
 * are rated (isRating).
 */
export function suggestedGroup(ratings: readonly unknown[]): TeamGroup | null {
  if (TEAM_TRAITS.some((_, i) => !isRating(ratings[i]))) return null;
  const scores = TEAM_GROUPS.map((g, k) => GROUP_WEIGHTS[k] * g.traits.reduce((sum, t) => sum + (ratings[TRAIT_INDEX[t]] as number), 0));
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  return TEAM_GROUPS[best];
}
