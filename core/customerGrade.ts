import { normalizeText, isBlank } from './cells/cellValue';
import { MethodError, showValue } from './errors';
import { CUSTOMER_GRADES, DEFAULT_GRADE_THRESHOLD, HIGH_WORDS, LOW_WORDS } from './methodology/customerGrades';

type Level = 'high' | 'low';
type Axis = { zh: string; en: string };
const RELATIONSHIP: Axis = { zh: '关系', en: 'relationship' };
const ATTRACTIVENESS: Axis = { zh: '吸引力与潜力', en: 'attractiveness and potential' };

function readLevel(value: unknown, threshold: number, axis: Axis): Level {
  if (typeof value === 'number' && Number.isFinite(value)) return value >= threshold ? 'high' : 'low';
  if (typeof value === 'string' && !isBlank(value)) {
    const text = normalizeText(value);
    if (HIGH_WORDS.includes(text)) return 'high';
    if (LOW_WORDS.includes(text)) return 'low';
    if (/^-?\d*\.?\d+$/.test(text)) return Number(text) >= threshold ? 'high' : 'low';
  }
  throw new MethodError('GRADE_VALUE', { what: axis.zh, whatEn: axis.en, value: showValue(value) });
}

function readThreshold(value: unknown): number {
  if (isBlank(value)) return DEFAULT_GRADE_THRESHOLD;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new MethodError('THRESHOLD', { value: showValue(value) });
}

/**
 * 客户等级: relationship × attractiveness-and-potential, each as 高/低, high/low, or a number
 * compared with the threshold (at or above is high; default 3, for a 1–5 rating).
 */
export function customerGrade(relationship: unknown, attractiveness: unknown, threshold?: unknown) {
  const t = readThreshold(threshold);
  const r = readLevel(relationship, t, RELATIONSHIP);
  const a = readLevel(attractiveness, t, ATTRACTIVENESS);
  const grade = CUSTOMER_GRADES.find((g) => g.relationship === r && g.attractiveness === a);
  // The four quadrants cover every (r, a) pair; the table test keeps it so.
  return grade!;
}
