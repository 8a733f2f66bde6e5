import type { PlanCell, SnapshotCell } from '../../core/layout';
import type { Cell } from './sheetsApi';

/**
 * Text Sheets would not keep as typed when written with setValues: formulas (=), signs (+ -),
 * an apostrophe of its own, and anything it parses as a number, date, percentage, currency or
 * boolean. Such text is written behind an apostrophe, which Sheets keeps out of the value.
 */
const REINTERPRETED = /^(\s*[=+\-'@]|\s*[\d.,$¥€£(（]|\s*(true|false)\s*$)/i;

/**
 * An ISO date (yyyy-mm-dd), as core writes the history date and an expected close date, is
 * left for Sheets to read as a date in the spreadsheet's own time zone (a Date object would be
 * converted from the script's time zone, and could land on the day before).
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A plan cell as setValues takes it: "=…" for a formula, "" for blank, text kept as text. */
export function toSheetsCell(cell: PlanCell): Cell {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell;
  if (typeof cell === 'object') return `=${cell.formula}`;
  if (typeof cell === 'string' && !ISO_DATE.test(cell) && REINTERPRETED.test(cell)) return `'${cell}`;
  return cell;
}

/** A value from getValues as core reads it: blanks are null. */
export function fromSheetsCell(value: unknown): SnapshotCell {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return String(value);
}
