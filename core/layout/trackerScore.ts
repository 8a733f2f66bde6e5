/**
 * How much a candidate looks like the team's opportunity list, judged by its data as well as its
 * headers: how many rows it has, whether the values under each mapped header are of the field's
 * kind (names are text, amounts numbers or money text, dates dates or date text), whether its
 * cells are aggregates (a block of COUNTIF/SUMIF is a summary, not a list), and where its total
 * row is (合计/总计/Total at the bottom is not an opportunity).
 */
import { isBlank } from '../cells/cellValue';
import { cellFormula, cellValue } from './snapshotCell';
import { HEADER_SCAN_ROWS, MATCH_TIER, headerKey, type MatchTier } from './trackerHeaders';
import type { SheetSnapshot, SnapshotCell, TrackerField, TrackerMapping } from './types';

export type ValueKind = 'text' | 'amount' | 'date';

export const FIELD_KIND: Readonly<Record<TrackerField, ValueKind>> = {
  opportunity: 'text',
  customer: 'text',
  rep: 'text',
  amount: 'amount',
  expectedClose: 'date',
  stage: 'text',
};

/** What each field is worth to a list: the opportunity and its amount most, the stage least. */
export const FIELD_WEIGHT: Readonly<Record<TrackerField, number>> = {
  opportunity: 4,
  customer: 2,
  rep: 2,
  amount: 3,
  expectedClose: 1,
  stage: 1,
};

/** Data rows sampled for the kinds of values (a host reading in part gives fewer). */
export const SAMPLE_ROWS = 50;
/** Two lists whose scores are closer than this are both named to the user. */
export const CLOSE_SCORE = 2;
/** What a summary loses: more than any header or length can give back against a real list. */
const SUMMARY_PENALTY = 10;
/** A block of aggregates this long or longer, with no total row, may be a list computed per row. */
const SUMMARY_MAX_ROWS = 50;

const AMOUNT_TEXT = /^[-+]?\s*(?:[¥$€£]|rmb|cny|usd|eur)?\s*[-+]?\d[\d,\s]*(?:\.\d+)?\s*(?:万元|万|元|千|百万|亿|k|m|rmb|cny|usd|eur)?$/i;
const MONTHS = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_TEXT = [
  /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?/i,
  /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?)?$/i,
  /^\d{4}\s*[-/.年]\s*\d{1,2}\s*月?$/,
  new RegExp(`^${MONTHS}\\s+\\d{1,2},?\\s+\\d{4}$`, 'i'),
  new RegExp(`^\\d{1,2}[\\s-]${MONTHS}[\\s-]\\d{2,4}$`, 'i'),
  /^(?:q[1-4]\s*[-/]?\s*\d{4}|\d{4}\s*[-/]?\s*q[1-4])$/i,
];
/** Excel's date serials from 1954 to 2119: what Excel's JavaScript API hands over for a date cell. */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;

function isNumberText(text: string): boolean {
  return /^[-+]?[\d,]+(?:\.\d+)?$/.test(text);
}

/** Whether a value is of a field's kind; `id` accepts numbers as names (商机编码 10023). */
export function fitsKind(value: unknown, kind: ValueKind, id = false): boolean {
  if (kind === 'date') {
    if (value instanceof Date) return !Number.isNaN(value.getTime());
    if (typeof value === 'number') return value >= SERIAL_MIN && value <= SERIAL_MAX;
    return typeof value === 'string' && DATE_TEXT.some((re) => re.test(value.normalize('NFKC').trim()));
  }
  if (kind === 'amount') {
    if (typeof value === 'number') return Number.isFinite(value);
    return typeof value === 'string' && AMOUNT_TEXT.test(value.normalize('NFKC').trim());
  }
  if (typeof value === 'number') return id;
  if (typeof value !== 'string') return false;
  return id || !isNumberText(value.normalize('NFKC').trim());
}

const AGGREGATES = /\b(?:COUNTIFS?|SUMIFS?|AVERAGEIFS?|MAXIFS|MINIFS|SUBTOTAL|AGGREGATE|GETPIVOTDATA|COUNTA|COUNTBLANK|SUMPRODUCT|DSUM|DCOUNTA?)\s*\(/i;
const PLAIN_AGGREGATE = /\b(?:SUM|COUNT|AVERAGE|MAX|MIN)\s*\(([^()]*)\)/gi;
const RANGE = /\$?([A-Z]{1,3})\$?(\d+)?\s*:\s*\$?([A-Z]{1,3})\$?(\d+)?/gi;

/**
 * A formula that sums or counts other rows: COUNTIF/SUMIF and their kin, or SUM/COUNT over a
 * range of several rows, a whole column or another sheet. A SUM across one row is not one.
 */
export function isAggregateFormula(formula: string): boolean {
  if (AGGREGATES.test(formula)) return true;
  for (const m of formula.matchAll(PLAIN_AGGREGATE)) {
    const args = m[1];
    if (args.includes('!')) return true;
    for (const r of args.matchAll(RANGE)) {
      if (r[2] === undefined || r[4] === undefined || r[2] !== r[4]) return true;
    }
  }
  return false;
}

const TOTAL_KEYS = new Set(['total', 'totals', 'grandtotal', 'subtotal', 'sum', 'overall']);
const TOTAL_ZH = ['合计', '总计', '小计', '总和', '共计', '汇总', '总额'];

/** 合计, 总计:, Total, Grand Total: the label of a total row. */
export function isTotalLabel(text: string): boolean {
  const key = headerKey(text);
  return TOTAL_KEYS.has(key) || TOTAL_ZH.some((w) => key.startsWith(w));
}

function mappedColumns(columns: TrackerMapping['columns']): number[] {
  return Object.values(columns).filter((c): c is number => c !== undefined);
}

/**
 * A total row: a total label in any cell up to the last mapped column, or no name at all and
 * an aggregate formula in a mapped column.
 */
export function isTotalRow(row: readonly SnapshotCell[] | undefined, columns: TrackerMapping['columns']): boolean {
  if (!row) return false;
  const cols = mappedColumns(columns);
  const right = Math.min(row.length - 1, Math.max(...cols));
  for (let c = 0; c <= right; c++) {
    const v = cellValue(row[c] ?? null);
    if (typeof v === 'string' && isTotalLabel(v)) return true;
  }
  const named = [columns.opportunity, columns.customer].some((c) => c !== undefined && !isBlank(cellValue(row[c] ?? null)));
  return !named && cols.some((c) => {
    const f = cellFormula(row[c]);
    return f !== null && isAggregateFormula(f);
  });
}

function hasValue(row: readonly SnapshotCell[] | undefined, cols: readonly number[]): boolean {
  if (!row) return false;
  // A loop, not some(): asked of every row of the list, and a closure made for each.
  for (let i = 0; i < cols.length; i++) if (!isBlank(cellValue(row[cols[i]] ?? null))) return true;
  return false;
}

/** The last row from `from` down with a value in one of `cols`. */
export function lastUsedRow(sheet: SheetSnapshot, from: number, cols: readonly number[]): number {
  // From the bottom up: a list's last row is found without reading the rows above it.
  for (let r = sheet.rows.length - 1; r > from; r--) if (hasValue(sheet.rows[r], cols)) return r;
  return from;
}

/** The list's last row without the total rows at its bottom (at most three: 小计, 合计, 平均). */
export function withoutTotals(sheet: SheetSnapshot, headerRow: number, lastRow: number, columns: TrackerMapping['columns']): number {
  const cols = mappedColumns(columns);
  let last = lastRow;
  for (let k = 0; k < 3 && last > headerRow && isTotalRow(sheet.rows[last], columns); k++) {
    last--;
    while (last > headerRow && !hasValue(sheet.rows[last], cols)) last--;
  }
  return last;
}

export interface CandidateScore {
  readonly score: number;
  /** Data rows: opportunities the list holds (or, read in part, the rows it spans). */
  readonly rows: number;
  /** Most of its rows are aggregates of other rows. */
  readonly summary: boolean;
  /** Share of sampled values of each mapped field that are of the field's kind. */
  readonly fit: Readonly<Partial<Record<TrackerField, number>>>;
}

/** A sheet a host read in part (SheetSnapshot.usedRows): only its first rows are there for every column. */
function readInPart(sheet: SheetSnapshot): boolean {
  return sheet.usedRows !== undefined;
}

function countRows(sheet: SheetSnapshot, mapping: TrackerMapping): number {
  if (readInPart(sheet)) {
    // What every read of this sheet agrees on: the extent, not the cells (a host may have read
    // more of a sheet's columns once it chose it, and must choose the same list again).
    const bottom = mapping.table !== undefined ? mapping.lastRow : Math.max(mapping.lastRow, (sheet.usedRows ?? 0) - 1);
    return Math.max(0, bottom - mapping.headerRow);
  }
  const names = [mapping.columns.opportunity, mapping.columns.customer].filter((c): c is number => c !== undefined);
  let n = 0;
  for (let r = mapping.headerRow + 1; r <= mapping.lastRow && r < sheet.rows.length; r++) if (hasValue(sheet.rows[r], names)) n++;
  return n;
}

/**
 * The score of a candidate list: the worth of its mapped fields (identifiers count three
 * quarters), minus twice the worth of each field for the share of its values that are of the
 * wrong kind, plus 2·log10(1 + rows), minus 10 for a summary; a table gets half a point for
 * its explicit extent.
 */
export function scoreCandidate(sheet: SheetSnapshot, mapping: TrackerMapping, tiers: Partial<Record<TrackerField, MatchTier>>): CandidateScore {
  const rows = countRows(sheet, mapping);
  const fields = Object.keys(mapping.columns) as TrackerField[];
  const cols = mappedColumns(mapping.columns);
  let bottom = Math.min(mapping.lastRow, mapping.headerRow + SAMPLE_ROWS);
  if (readInPart(sheet)) bottom = Math.min(bottom, HEADER_SCAN_ROWS - 1);
  const seen: Partial<Record<TrackerField, number>> = {};
  const good: Partial<Record<TrackerField, number>> = {};
  let sampled = 0;
  let aggregates = 0;
  for (let r = mapping.headerRow + 1; r <= bottom; r++) {
    const row = sheet.rows[r];
    if (!hasValue(row, cols)) continue;
    sampled++;
    if (cols.some((c) => {
      const f = cellFormula(row![c]);
      return f !== null && isAggregateFormula(f);
    })) aggregates++;
    for (const f of fields) {
      const v = cellValue(row![mapping.columns[f]!] ?? null);
      if (isBlank(v)) continue;
      seen[f] = (seen[f] ?? 0) + 1;
      if (fitsKind(v, FIELD_KIND[f], tiers[f] === MATCH_TIER.id)) good[f] = (good[f] ?? 0) + 1;
    }
  }
  const totalRow = mapping.lastRow < (mapping.table !== undefined ? mapping.lastRow : lastUsedRow(sheet, mapping.headerRow, cols));
  const summary = aggregates > 0 && aggregates * 2 >= sampled && (rows < SUMMARY_MAX_ROWS || totalRow);
  const fit: Partial<Record<TrackerField, number>> = {};
  let score = 0;
  for (const f of fields) {
    score += FIELD_WEIGHT[f] * (tiers[f] === MATCH_TIER.id ? 0.75 : 1);
    const n = seen[f];
    if (n) {
      fit[f] = (good[f] ?? 0) / n;
      score -= 2 * FIELD_WEIGHT[f] * (1 - fit[f]!);
    }
  }
  score += 2 * Math.log10(1 + rows);
  if (summary) score -= SUMMARY_PENALTY;
  if (mapping.table !== undefined) score += 0.5;
  return { score, rows, summary, fit };
}
