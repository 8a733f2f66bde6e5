import type { KeyOf, Term } from './bilingual';

/**
 * 客户等级评估 (methodology.md §6): a 2×2 of relationship (关系) against attractiveness and
 * potential (吸引力与潜力). The quadrant placement is the transcription's likeliest reading.
 */
export const CUSTOMER_GRADES = [
  { key: 'key', zh: '重点客户', en: 'Key account', relationship: 'high', attractiveness: 'high' },
  { key: 'possible', zh: '可能客户', en: 'Possible account', relationship: 'low', attractiveness: 'high' },
  { key: 'ordinary', zh: '普通客户', en: 'Ordinary account', relationship: 'high', attractiveness: 'low' },
  { key: 'ignore', zh: '忽略', en: 'Ignore', relationship: 'low', attractiveness: 'low' },
] as const satisfies readonly Term<{ relationship: 'high' | 'low'; attractiveness: 'high' | 'low' }>[];

export type CustomerGradeKey = KeyOf<typeof CUSTOMER_GRADES>;

/** Words accepted for high and low (any case, surrounding spaces ignored). */
export const HIGH_WORDS: readonly string[] = ['高', 'high', 'h', '是', 'yes', 'y'];
export const LOW_WORDS: readonly string[] = ['低', 'low', 'l', '否', 'no', 'n'];

/**
 * Numbers are compared against a threshold: at or above it is high. The default assumes the
 * common 1–5 rating scale (3 and above is high); pass a threshold for any other scale.
 */
export const DEFAULT_GRADE_THRESHOLD = 3;
