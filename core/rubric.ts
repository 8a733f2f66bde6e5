import { normalizeText } from './cells/cellValue';
import { MethodError, showValue } from './errors';
import type { Lang } from './methodology/bilingual';
import type { Factor, FactorKey } from './methodology/factors';
import type { RoleKey } from './methodology/roles';
import { RUBRICS, type RubricLevel } from './methodology/rubrics';
import { parseFactor, parseRole } from './lookup';

/** How a level is shown in a dropdown: its code, a space, its description (e.g. "P5 客户承认痛苦"). */
export function levelOption(level: RubricLevel, lang: Lang): string {
  return `${level.code} ${level[lang]}`;
}

/** Every accepted spelling of every level of each factor, normalized. */
const LEVEL_INDEX: Record<FactorKey, Map<string, RubricLevel>> = (() => {
  const index = {} as Record<FactorKey, Map<string, RubricLevel>>;
  for (const key of Object.keys(RUBRICS) as FactorKey[]) {
    const map = new Map<string, RubricLevel>();
    for (const level of RUBRICS[key]) {
      for (const spelling of [level.code, level.zh, level.en, levelOption(level, 'zh'), levelOption(level, 'en')]) {
        map.set(normalizeText(spelling), level);
      }
    }
    index[key] = map;
  }
  return index;
})();

// "P5 - text", "P5: text", "P5、text": a code, a separator, then the description.
const CODE_THEN_TEXT = /^([a-z]\d)\s*[-:、.·|/]?\s*(.+)$/;

/**
 * The rubric level of a factor from its code (P5), its description in zh or en, or both
 * ("P5 客户承认痛苦"); spaces, case and full- vs half-width punctuation do not matter.
 */
export function findLevel(factor: Factor, value: unknown): RubricLevel {
  const levels = LEVEL_INDEX[factor.key];
  if (typeof value === 'string') {
    const key = normalizeText(value);
    const direct = levels.get(key);
    if (direct) return direct;
    const m = CODE_THEN_TEXT.exec(key);
    if (m) {
      const byCode = levels.get(m[1]);
      const byText = levels.get(m[2]);
      if (byCode && byCode === byText) return byCode;
    }
  }
  throw new MethodError('LEVEL_UNKNOWN', {
    value: showValue(value),
    factor: factor.zh,
    factorEn: factor.en.toLowerCase(),
    levels: RUBRICS[factor.key].map((l) => l.code).join(', '),
  });
}

/** The score of a level for a role; one-column rubrics (power, control) ignore the role. */
export function levelScore(level: RubricLevel, role: RoleKey): number {
  return role === 'decisionMaker' ? level.decisionMaker : level.contact;
}

/** RUBRIC_SCORE: factor (zh or en name) + level + role (contact by default) → score 0..20. */
export function rubricScore(factor: unknown, level: unknown, role?: unknown): number {
  const f = parseFactor(factor);
  return levelScore(findLevel(f, level), parseRole(role));
}

/** The rubric of a factor, every level with its score for the role. */
export function rubricLevels(factor: unknown, role?: unknown): { level: RubricLevel; score: number }[] {
  const f = parseFactor(factor);
  const r = parseRole(role);
  return RUBRICS[f.key].map((level) => ({ level, score: levelScore(level, r) }));
}
