import { MethodError, showValue } from '../errors';
import { normalizeText } from './cellValue';

const CHECKED = new Set(['true', '1', 'x', '✓', '✔', '√', '☑', '是', 'yes', 'y', '对', '已完成']);
const UNCHECKED = new Set(['false', '0', '否', 'no', 'n', '☐', '']);

/**
 * Reads a checklist cell: TRUE/FALSE, 1/0, x, ✓, √, 是/否, yes/no, or blank (unchecked).
 * Anything else is an error naming the item, never a guess.
 */
export function parseCheckmark(value: unknown, item = ''): boolean {
  // Fast paths first: the hosts hand over booleans and blanks for almost every cell.
  if (value === true) return true;
  if (value === false || value === null || value === undefined || value === '') return false;
  if (value === 1) return true;
  if (value === 0) return false;
  if (typeof value === 'string') {
    const text = normalizeText(value);
    if (CHECKED.has(text)) return true;
    if (UNCHECKED.has(text)) return false;
  }
  throw new MethodError('CHECK_VALUE', { item, value: showValue(value) });
}
