import type { PlanCell, SnapshotCell } from '../../core/layout';
import type { Cell } from './sheetsApi';

/**
 * setValues parses a string as if a user typed it (the Sheets API calls this USER_ENTERED:
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption): "Mar 5" and
 * "May 2024" become dates, "#N/A" an error, "1/2" a date or a fraction, "12:30" a time, money
 * in the spreadsheet's currency a number, and which text is parsed depends on the spreadsheet's
 * locale. So every text cell is written behind an apostrophe, which Sheets keeps out of the
 * value (getValues returns the text without it) and which stops all parsing.
 *
 * Why an apostrophe and not the plain-text format (setNumberFormat('@')): the apostrophe costs no
 * call (a format costs one per block, and the number of blocks is what keeps us inside the time
 * limit), and it touches only the cells we write, as text; '@' would stay on the cell and turn a
 * number later typed there into text, which the funnel's SUMIFS would then skip. Listing the
 * text Sheets parses instead (the previous way) missed month names and error literals.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A plan cell as setValues takes it: "=…" for a formula, "" for blank, text kept as text. An
 * ISO date (yyyy-mm-dd), as core writes the history date and an expected close date, is the one
 * text left for Sheets to read, as a date in the spreadsheet's own time zone (a Date object
 * would be converted from the script's time zone, and could land on the day before).
 */
export function toSheetsCell(cell: PlanCell): Cell {
  if (cell === null || cell === undefined) return '';
  // Core's own dates are calendar days at UTC midnight (the run's date, a period's start): as
  // ISO text, the day in the spreadsheet's zone; a Date read from the sheet goes back as it came.
  if (cell instanceof Date) return cell.getTime() % 86_400_000 === 0 ? cell.toISOString().slice(0, 10) : cell;
  if (typeof cell === 'object') return `=${cell.formula}`;
  if (typeof cell === 'string' && cell !== '' && !ISO_DATE.test(cell)) return `'${cell}`;
  return cell;
}

/** A value from getValues as core reads it: blanks are null. */
export function fromSheetsCell(value: unknown): SnapshotCell {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return String(value);
}
