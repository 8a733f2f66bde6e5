import { normalizeText } from './cells/cellValue';
import { MethodError, showValue } from './errors';
import { FACTORS, FACTOR_ALIASES, type Factor } from './methodology/factors';
import { MILESTONE_BY_LEVEL, PROBABILITY_BY_LEVEL, type MilestoneLevel } from './methodology/milestones';
import { ROLES, type RoleKey } from './methodology/roles';
import { SELLER_STEPS, SELLER_STEP_ALIASES, type SellerStep } from './methodology/sellerSteps';

/** Builds a lookup from every accepted spelling (normalized) to its entry. */
function indexBy<T>(entries: readonly T[], spellings: (entry: T) => readonly string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) for (const s of spellings(entry)) map.set(normalizeText(s), entry);
  return map;
}

const FACTOR_INDEX = indexBy(FACTORS, (f) => [f.key, f.zh, f.en, ...Object.keys(FACTOR_ALIASES).filter((a) => FACTOR_ALIASES[a] === f.key)]);

/** A factor from its zh or en name, any case: 问题 / problem … 控制 / control (and 权利). */
export function parseFactor(value: unknown): Factor {
  const found = typeof value === 'string' ? FACTOR_INDEX.get(normalizeText(value)) : undefined;
  if (!found) throw new MethodError('FACTOR_UNKNOWN', { value: showValue(value) });
  return found;
}

const ROLE_INDEX = indexBy(ROLES, (r) => [r.key, r.zh, r.en, ...r.aliases]);

/** 经办人 / contact (also the default for a blank) or 决策者 / decision maker. */
export function parseRole(value: unknown): RoleKey {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return 'contact';
  const found = typeof value === 'string' ? ROLE_INDEX.get(normalizeText(value)) : undefined;
  if (!found) throw new MethodError('ROLE_UNKNOWN', { value: showValue(value) });
  return found.key;
}

const MILESTONE_INDEX = indexBy(
  MILESTONE_BY_LEVEL.map((m, level) => ({ m, level: level as MilestoneLevel })),
  ({ m, level }) => [m.id, m.zh, m.en, `${Math.round(m.probability * 100)}%`, ...(level === 0 ? ['', '0%'] : [])],
);

/** A probability that is exactly one of the milestones' → its level. */
export function levelOfProbability(p: number): MilestoneLevel {
  const level = PROBABILITY_BY_LEVEL.findIndex((q) => Math.abs(q - p) < 1e-9);
  if (level < 0) throw new MethodError('PROBABILITY_UNKNOWN', { value: p });
  return level as MilestoneLevel;
}

/**
 * A milestone given as a name (zh or en), an id (M1–M6, M0), a percentage text ("50%"), or a
 * probability number. Blank is not qualified, as a milestone column reads before any tick.
 */
export function parseMilestone(value: unknown): MilestoneLevel {
  if (typeof value === 'number') return levelOfProbability(value);
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') {
    const key = normalizeText(value);
    const found = MILESTONE_INDEX.get(key);
    if (found) return found.level;
    if (/^\d*\.?\d+$/.test(key)) return levelOfProbability(Number(key));
  }
  throw new MethodError('MILESTONE_UNKNOWN', { value: showValue(value) });
}

const STEP_INDEX = indexBy(SELLER_STEPS, (s) => [
  s.id,
  s.zh,
  s.en,
  ...Object.keys(SELLER_STEP_ALIASES).filter((a) => SELLER_STEP_ALIASES[a] === s.id),
]);

/** A seller step S1–S6 by id or zh/en name. */
export function parseSellerStep(value: unknown): SellerStep {
  const found = typeof value === 'string' ? STEP_INDEX.get(normalizeText(value)) : undefined;
  if (!found) throw new MethodError('STEP_UNKNOWN', { value: showValue(value) });
  return found;
}
