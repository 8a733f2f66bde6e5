import { MethodError, showValue } from '../errors';
import { isBlank, isSheetBlank } from './cellValue';

// One optional currency sign in front, digits with optional thousands separators (, or space
// or '), an optional decimal part, then an optional unit: 元/块 (×1), 万 (×10 000), 亿 (×10^8).
const AMOUNT_TEXT = /^(?:[¥￥$€£]|rmb|cny|usd)?\s*(\d{1,3}(?:[,' ]\d{3})+|\d+)(\.\d+)?\s*(元|块|万元?|亿元?|rmb|cny)?$/i;
const UNIT: Record<string, number> = { 万: 1e4, 万元: 1e4, 亿: 1e8, 亿元: 1e8 };

/**
 * Reads an amount: a number, or text such as "1,200", "¥1,200.50", "$3 000", "1200元", "12万".
 * Blank is 0 (not yet known). Negative amounts and anything else are errors.
 */
export function parseAmount(value: unknown): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new MethodError('AMOUNT', { value: showValue(value) });
    if (value < 0) throw new MethodError('AMOUNT_NEGATIVE', { value });
    return value;
  }
  if (isBlank(value)) return 0;
  if (typeof value === 'string') {
    const text = value.normalize('NFKC').trim();
    const m = AMOUNT_TEXT.exec(text);
    if (m) {
      const digits = m[1].replace(/[,' ]/g, '') + (m[2] ?? '');
      const unit = m[3] ? UNIT[m[3]] ?? 1 : 1;
      // Scale in integer steps where possible so 1.2万 is exactly 12000.
      return unit === 1 ? Number(digits) : Math.round(Number(digits) * unit * 100) / 100;
    }
    if (/^-/.test(text) && AMOUNT_TEXT.test(text.slice(1).trim())) throw new MethodError('AMOUNT_NEGATIVE', { value: text });
  }
  throw new MethodError('AMOUNT', { value: showValue(value) });
}

/**
 * An amount as the milestone tab's funnel counts it: a number of 0 or more as it is, blank as 0 (not yet
 * known), anything else — text (even money text typed on that tab: the set-up already turned the
 * tracker's 1,200 / ¥1,200 / 12万 into numbers), a negative number, an error value, a date,
 * TRUE — as 0, returned as null so the run can say which rows. The formulas do the same:
 * SUMIFS(amount,…,amount,">=0"), ISNUMBER(amount), MAX(amount,0).
 */
export function tabAmount(value: unknown): number | null {
  if (typeof value === 'number') return value >= 0 && value < Infinity ? value : null;
  return isSheetBlank(value) ? 0 : null;
}
