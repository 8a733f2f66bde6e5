import { isDate, type Scalar } from './model';

/**
 * What Sheets makes of a value written with setValues or typed by a user: "=…" is a formula,
 * a leading apostrophe keeps text as text (and is not part of the value), and other text that
 * looks like a number, percentage, currency, date, error or boolean is parsed into one, as Sheets
 * does. A sign followed by something that is not a number is taken for a formula, as Sheets does.
 *
 * setValues parses strings as if a user typed them: the Sheets API names this mode USER_ENTERED
 * ("strings may be converted to numbers, dates, etc. following the same rules that are applied
 * when entering text into a cell via the Google Sheets UI",
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption), and Apps Script's
 * Range.setValues behaves that way (a name like "Mar 5" becomes a date, "#N/A" an error:
 * issue 17). Dates are midnight in the spreadsheet's time zone: Sheets keeps a date as a day
 * number in that zone ("Google Sheets stores time … using the time zone set in the spreadsheet",
 * http://tmdean.blogspot.com/2015/06/), and getValues returns the instant of that midnight.
 */
export interface Typed {
  value?: Scalar;
  formula?: string;
  /** The value is an error (#N/A, #REF!…), not text: formulas over it see the error. */
  error?: true;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = `(${MONTHS.join('|')})[a-z]*\\.?`;
/** The error values a user can type; Sheets stores them as errors, not text. */
export const ERROR_LITERAL = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/i;

/** The instant of midnight (plus `ms`) on a day in a time zone (the spreadsheet's). */
export function midnightIn(timeZone: string, year: number, month0: number, day: number, ms = 0): Date {
  const utc = Date.UTC(year, month0, day) + ms;
  // The zone's offset at that moment, found by formatting the UTC instant in the zone.
  const offsetAt = (t: number) => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(t));
    const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - t;
  };
  const first = utc - offsetAt(utc);
  return new Date(utc - offsetAt(first));
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

/** Text Sheets (en_US and zh_CN locales) reads as a date: ISO, M/D/Y, Y/M/D, "Mar 5", "5 Mar", "May 2024", "March 5, 2024". */
function parseDate(t: string, timeZone: string, now: Date): Date | undefined {
  const year = now.getUTCFullYear();
  const at = (y: number, m: number, d: number) => (m >= 0 && m < 12 && d >= 1 && d <= 31 ? midnightIn(timeZone, y, m, d) : undefined);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return at(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t);
  if (m) return at(m[3] ? Number(m[3].length === 2 ? `20${m[3]}` : m[3]) : year, Number(m[1]) - 1, Number(m[2]));
  m = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?$`, 'i').exec(t);
  if (m) return at(m[3] ? Number(m[3]) : year, monthIndex(m[1]), Number(m[2]));
  m = new RegExp(`^(\\d{1,2})[\\s-]+${MONTH}(?:[\\s-]+(\\d{4}))?$`, 'i').exec(t);
  if (m) return at(m[3] ? Number(m[3]) : year, monthIndex(m[2]), Number(m[1]));
  m = new RegExp(`^${MONTH}[\\s-]+(\\d{4})$`, 'i').exec(t);
  if (m) return at(Number(m[2]), monthIndex(m[1]), 1);
  return undefined;
}

export function interpret(v: unknown, timeZone = 'UTC', now = new Date()): Typed {
  if (v === null || v === undefined || v === '') return {};
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (isDate(v)) return { value: new Date(v.getTime()) };
  if (typeof v !== 'string') return { value: String(v) };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith('=')) return { formula: v };
  const t = v.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$/.test(t)) return { value: Number(t.replace(/,/g, '')) };
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (/^[$¥]\s?\d{1,3}(,\d{3})*(\.\d+)?$|^[$¥]\s?\d+(\.\d+)?$/.test(t)) return { value: Number(t.replace(/[$¥,\s]/g, '')) };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  if (ERROR_LITERAL.test(t)) return { value: t.toUpperCase(), error: true };
  const date = parseDate(t, timeZone, now);
  if (date) return { value: date };
  if (/^[+-]/.test(t)) return { formula: `=${t}` };
  return { value: v };
}
