/**
 * The calendar a run and a spreadsheet agree on: days as a spreadsheet numbers them (the 1900
 * system), a run's ISO day, a host's dates named in its own time zone, and the months and quarters
 * a manager forecasts by (2027-03, 2027-Q1). Used by the tabs' formulas' twins in core/layout and
 * by the custom functions alike, so it depends on no tab.
 */
import { MethodError, hostDayFormat, type DayFormat } from '../errors';
import type { Bilingual } from '../methodology/bilingual';

export interface Period {
  /** "2027-Q1" or "2027-03". */
  readonly key: string;
  /** First day, UTC midnight. */
  readonly start: Date;
  /** Last day, UTC midnight (the period runs to the end of it). */
  readonly end: Date;
  readonly label: Bilingual;
}

const DAY = 86_400_000;

function monthPeriod(year: number, month: number): Period {
  const start = new Date(Date.UTC(year, month, 1));
  const end = new Date(Date.UTC(year, month + 1, 1) - DAY);
  const key = `${year}-${String(month + 1).padStart(2, '0')}`;
  return { key, start, end, label: { zh: `${year}年${month + 1}月`, en: key } };
}

function quarterPeriod(year: number, quarter: number): Period {
  const start = new Date(Date.UTC(year, (quarter - 1) * 3, 1));
  const end = new Date(Date.UTC(year, quarter * 3, 1) - DAY);
  const key = `${year}-Q${quarter}`;
  return { key, start, end, label: { zh: `${year}年第${quarter}季度`, en: key } };
}

/** The years a spreadsheet's 1900 date system holds (Excel: 1900-01-01 to 9999-12-31). */
const inCalendar = (year: number) => year >= 1900 && year <= 9999;

/**
 * A period as typed: 2027-Q1 (or 2027Q1, q1 any case) or 2027-03, or as the funnel tab labels it
 * (2027年第1季度 (2027-Q1), 2027年3月), so PERIOD_FORECAST can point at the period table's label
 * cell; anything else is refused, naming the forms — a year no spreadsheet date has too (0000-01
 * was read as the year 0).
 */
export function parsePeriod(text: string): Period {
  const t = text
    .trim()
    .replace(/^.*\((.+)\)$/, '$1')
    .replace(/^(\d{4})年第([1-4])季度$/, '$1-Q$2')
    .replace(/^(\d{4})年(\d{1,2})月$/, '$1-$2')
    .trim();
  const q = /^(\d{4})-?[Qq]([1-4])$/.exec(t);
  if (q && inCalendar(Number(q[1]))) return quarterPeriod(Number(q[1]), Number(q[2]));
  const m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m && inCalendar(Number(m[1])) && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthPeriod(Number(m[1]), Number(m[2]) - 1);
  throw new MethodError('PERIOD_INVALID', { value: text });
}

/** Parsed texts (see below). */
const DATE_TEXTS = new Map<string, number | null>();

/**
 * A date written as text, as exports and pasted lists hold it: 2027-03-15, 2027/3/15, 2027.3.15
 * or 2027年3月15日 (spaces around, and a midnight time after it, allowed), as the Date core
 * writes for a day; null for any other text or a day no calendar has (2027-02-30).
 */
export function dateFromText(text: string): Date | null {
  let time = DATE_TEXTS.get(text);
  if (time === undefined) {
    time = timeFromText(text);
    // A tracker's close dates typed as text repeat (a few hundred days over 10 000 rows): each is parsed once. Bounded.
    if (DATE_TEXTS.size >= 10_000) DATE_TEXTS.clear();
    DATE_TEXTS.set(text, time);
  }
  // A Date of its own for each caller: they are cells of a plan, not to be shared.
  return time === null ? null : new Date(time);
}

function timeFromText(text: string): number | null {
  const m = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?:\s+0{1,2}:00(?::00)?)?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[3] ?? m[5]), Number(m[4] ?? m[6])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return inCalendar(y) && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date.getTime() : null;
}

/** The periods a run shows by default: the quarter of `today` and the next, each followed by its months. */
export function defaultPeriods(today: string): Period[] {
  const [y, mo] = today.split('-').map(Number);
  const quarter = Math.floor((mo - 1) / 3) + 1;
  const next = quarter === 4 ? { year: y + 1, quarter: 1 } : { year: y, quarter: quarter + 1 };
  const withMonths = (year: number, q: number) => [quarterPeriod(year, q), ...[0, 1, 2].map((k) => monthPeriod(year, (q - 1) * 3 + k))];
  return [...withMonths(y, quarter), ...withMonths(next.year, next.quarter)];
}

const EPOCH_1900_MS = Date.UTC(1899, 11, 30);

/** An expected close as a day number (what a spreadsheet compares), or null when it is no date. */
export function closeDay(value: unknown): number | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const host = hostDayFormat();
    return host ? hostDay(value, host) : dayNumber(value);
  }
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return null;
}

/**
 * A date from a host that hands dates over as midnight in its own time zone (Sheets: east of UTC
 * that instant is the evening before in UTC) is the whole day its calendar names, as the sheet's
 * formulas see it. Named once per distinct date and format (a service call each in Apps Script).
 */
const HOST_DAYS = new WeakMap<DayFormat, Map<number, number>>();
function hostDay(date: Date, format: DayFormat): number {
  let days = HOST_DAYS.get(format);
  if (!days) HOST_DAYS.set(format, (days = new Map()));
  const t = date.getTime();
  let day = days.get(t);
  if (day === undefined) {
    const [y, m, d] = format(date).split('-').map(Number);
    day = dayNumber(new Date(Date.UTC(y, m - 1, d)));
    days.set(t, day);
  }
  return day;
}

/** An ISO day (yyyy-mm-dd: a run's date) as the Date core writes for it: UTC midnight, a calendar day in every host. */
export function calendarDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A spreadsheet day number as an ISO day (yyyy-mm-dd). */
export function dayIso(day: number): string {
  return new Date(Math.round(day) * DAY + EPOCH_1900_MS).toISOString().slice(0, 10);
}

/** A date as a spreadsheet's day number (1900 system; its time a fraction): what our formulas compare, and what the .xlsx host writes. */
export function dayNumber(date: Date): number {
  return (date.getTime() - EPOCH_1900_MS) / DAY;
}

/** A period's days as a spreadsheet compares them: from its first day up to, not including, the next period's first day. */
export function periodDays(period: Period): { readonly from: number; readonly to: number } {
  return { from: dayNumber(period.start), to: dayNumber(period.end) + 1 };
}
