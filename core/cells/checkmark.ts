import { MethodError, showValue } from '../errors';
import { sheetText, sheetTrim } from './cellValue';

/**
 * The tick marks, after TRIM (spaces only) and LOWER: exactly what the milestone tab's native
 * formulas recognise (core/layout/milestonesTab.ts writes this list into them), so core and
 * every spreadsheet count the same ticks. TRUE and 1 are here as the text a formula's TRIM makes
 * of the boolean and the number; the full-width forms are what a Chinese input method types.
 */
export const TICKED: readonly string[] = ['true', '1', 'x', 'y', 'yes', '✓', '✔', '√', '☑', '是', '对', '已完成', 'ｔｒｕｅ', '１', 'ｘ', 'ｙ', 'ｙｅｓ'];

/** Marks that say "not ticked" in so many words; blank is the usual one. Not in any formula: there, everything that is not a tick is unticked. */
export const UNTICKED: readonly string[] = ['', 'false', '0', 'n', 'no', '☐', '否', 'ｆａｌｓｅ', '０', 'ｎ', 'ｎｏ'];

const CHECKED = new Set(TICKED);
const UNCHECKED = new Set(UNTICKED);

/** A checklist cell read by the one rule: a tick, plainly not a tick, or something else (a typo, a date, a 2). */
export type TickReading = 'ticked' | 'unticked' | 'unknown';

/**
 * A cell as the tick rule reads it: its text (TRUE for the boolean, 1 for the number), spaces
 * trimmed as TRIM trims them, lower-cased as LOWER does, looked up in TICKED and UNTICKED.
 * Full-width letters count only in the full-width forms listed (ｙｅｓ), never mixed (Ｙes).
 */
export function readTick(value: unknown): TickReading {
  if (value === true) return 'ticked';
  if (value === false || value === null || value === undefined || value === '') return 'unticked';
  if (value instanceof Date) return 'unknown';
  const text = sheetTrim(sheetText(value)).toLowerCase();
  if (CHECKED.has(text)) return 'ticked';
  if (UNCHECKED.has(text)) return 'unticked';
  return 'unknown';
}

/**
 * Reads a checklist cell: TRUE/FALSE, 1/0, x, ✓, √, 是/否, yes/no, or blank (unchecked).
 * Anything else is an error naming the item, never a guess (the custom functions refuse it;
 * the milestone tab counts it as unticked and the run lists it, as its formulas do).
 */
export function parseCheckmark(value: unknown, item = ''): boolean {
  // Fast paths first: the hosts hand over booleans and blanks for almost every cell.
  if (value === true) return true;
  if (value === false || value === null || value === undefined || value === '') return false;
  if (value === 1) return true;
  if (value === 0) return false;
  const reading = readTick(value);
  if (reading === 'unknown') throw new MethodError('CHECK_VALUE', { item, value: showValue(value) });
  return reading === 'ticked';
}
