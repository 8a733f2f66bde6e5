/**
 * The user's choice of list and columns (the command line's --sheet and --map; the pane and the
 * sidebar can hand theirs the same way) made into a TrackerMapping, or refused with a message
 * saying what exists.
 */
import { normalizeText } from '../cells/cellValue';
import { MethodError } from '../errors';
import { isOurSheet } from './tabs';
import { refreshMapping, sheetCandidates, trackerCandidates, type TrackerCandidate } from './tracker';
import { HEADER_SCAN_ROWS, headerKey, headerText, mapHeaderRow } from './trackerHeaders';
import { TRACKER_FIELD_INFO } from './trackerReport';
import type { SheetSnapshot, TrackerField, TrackerMapping, WorkbookSnapshot } from './types';

export interface TrackerChoice {
  /** The sheet holding the list; found by its name (case and width do not matter). */
  readonly sheet?: string;
  /** The header of each field's column, as the header row reads; null: the list has none. */
  readonly columns?: Readonly<Partial<Record<TrackerField, string | null>>>;
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const theirs = snapshot.sheets.filter((s) => !isOurSheet(s));
  const exact = snapshot.sheets.find((s) => s.name === name);
  const loose = snapshot.sheets.filter((s) => normalizeText(s.name) === normalizeText(name));
  const sheet = exact ?? (loose.length === 1 ? loose[0] : undefined);
  if (!sheet) throw new MethodError('TRACKER_SHEET_UNKNOWN', { sheet: name, sheets: quoted(theirs.map((s) => s.name)) });
  if (isOurSheet(sheet)) throw new MethodError('TRACKER_SHEET_OURS', { sheet: sheet.name, sheets: quoted(theirs.map((s) => s.name)) });
  return sheet;
}

/** A header row to map from: where it is, and the columns it spans. */
interface HeaderRow {
  readonly sheet: SheetSnapshot;
  readonly row: number;
  readonly left: number;
  readonly right: number;
  readonly table?: string;
}

function rowOf(snapshot: WorkbookSnapshot, c: TrackerCandidate): HeaderRow {
  const sheet = snapshot.sheets.find((s) => s.name === c.mapping.sheet)!;
  const table = c.mapping.table === undefined ? undefined : sheet.tables.find((t) => t.name === c.mapping.table);
  return table
    ? { sheet, row: table.top, left: table.left, right: table.right, table: table.name }
    : { sheet, row: c.mapping.headerRow, left: 0, right: (sheet.rows[c.mapping.headerRow]?.length ?? 1) - 1 };
}

/** Every header row worth looking in on a sheet: its tables' and its first rows. */
function headerRows(sheet: SheetSnapshot): HeaderRow[] {
  const out: HeaderRow[] = sheet.tables.map((t) => ({ sheet, row: t.top, left: t.left, right: t.right, table: t.name }));
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, sheet.rows.length); r++) {
    if (!sheet.tables.some((t) => t.top === r)) out.push({ sheet, row: r, left: 0, right: (sheet.rows[r]?.length ?? 1) - 1 });
  }
  return out;
}

function headersOf(h: HeaderRow): string[] {
  const out: string[] = [];
  const row = h.sheet.rows[h.row] ?? [];
  for (let c = h.left; c <= h.right; c++) {
    const t = headerText(row[c]);
    if (t !== null) out.push(t.trim());
  }
  return out;
}

/** The column whose header reads `text`: as typed, else with case and width, else with punctuation and spacing, made alike. */
function findHeader(h: HeaderRow, text: string): number | null {
  const row = h.sheet.rows[h.row] ?? [];
  const tests: ((cell: string) => boolean)[] = [
    (cell) => cell.trim() === text.trim(),
    (cell) => normalizeText(cell) === normalizeText(text),
    (cell) => headerKey(cell) !== '' && headerKey(cell) === headerKey(text),
  ];
  for (const test of tests) {
    for (let c = h.left; c <= Math.min(h.right, row.length - 1); c++) {
      const cell = headerText(row[c]);
      if (cell !== null && test(cell)) return c;
    }
  }
  return null;
}

function mappingAt(h: HeaderRow, snapshot: WorkbookSnapshot, choice: Readonly<Partial<Record<TrackerField, string | null>>>): TrackerMapping {
  const auto = mapHeaderRow(h.sheet, h.row, h.left, h.right);
  const columns: Partial<Record<TrackerField, number>> = { ...auto.columns };
  const headers: Partial<Record<TrackerField, string>> = { ...auto.headers };
  for (const [field, text] of Object.entries(choice) as [TrackerField, string | null | undefined][]) {
    if (text === undefined) continue;
    delete columns[field];
    delete headers[field];
    if (text === null) continue;
    const col = findHeader(h, text)!;
    // A column holds one field: the one the user named for it.
    for (const [other, c] of Object.entries(columns) as [TrackerField, number][]) {
      if (c === col) {
        delete columns[other];
        delete headers[other];
      }
    }
    columns[field] = col;
    headers[field] = headerText(h.sheet.rows[h.row]?.[col])!;
  }
  if (columns.opportunity === undefined && columns.customer === undefined) throw new MethodError('TRACKER_NEEDS_NAME', { sheet: h.sheet.name });
  const mapping: TrackerMapping = { sheet: h.sheet.name, ...(h.table !== undefined ? { table: h.table } : {}), headerRow: h.row, lastRow: h.row, columns, headers };
  return refreshMapping(snapshot, mapping);
}

/**
 * The list and columns the user chose: `sheet` picks the sheet (its best list, or the header
 * row holding the named headers), `columns` names the header of any field (the rest are found
 * as detectTracker finds them; null removes a field). Without a choice, detectTracker's list.
 * A sheet or header that does not exist is refused, naming what does.
 */
export function mappingFor(snapshot: WorkbookSnapshot, choice: TrackerChoice = {}): TrackerMapping | null {
  const sheet = choice.sheet === undefined ? undefined : findSheet(snapshot, choice.sheet);
  const pool = sheet ? sheetCandidates(sheet).sort((a, b) => b.score - a.score) : trackerCandidates(snapshot);
  const named = Object.entries(choice.columns ?? {}).filter((e): e is [TrackerField, string] => typeof e[1] === 'string');
  const has = (h: HeaderRow) => named.every(([, text]) => findHeader(h, text) !== null);

  let at: HeaderRow | undefined = pool.map((c) => rowOf(snapshot, c)).find(has);
  if (!at && named.length > 0) {
    const sheets = sheet ? [sheet] : snapshot.sheets.filter((s) => !isOurSheet(s));
    at = sheets.flatMap(headerRows).find(has);
  }
  if (!at && named.length === 0 && pool.length > 0) at = rowOf(snapshot, pool[0]);
  if (at) return mappingAt(at, snapshot, choice.columns ?? {});

  if (named.length === 0) {
    if (!sheet) return null;
    const first = headerRows(sheet).filter((h) => h.table === undefined).find((h) => headersOf(h).length > 0);
    throw new MethodError('TRACKER_SHEET_NO_LIST', { sheet: sheet.name, rows: HEADER_SCAN_ROWS, headers: first ? quoted(headersOf(first)) : '' });
  }
  // Say which header is missing, against the row the user most likely meant.
  const ref = pool.length > 0 ? rowOf(snapshot, pool[0]) : sheet ? headerRows(sheet).find((h) => headersOf(h).length > 0) : undefined;
  const [field, text] = ref ? named.find(([, t]) => findHeader(ref, t) === null) ?? named[0] : named[0];
  const label = TRACKER_FIELD_INFO[field].label;
  if (!ref) throw new MethodError('TRACKER_HEADER_NOWHERE', { header: text, field: label.zh, fieldEn: label.en });
  throw new MethodError('TRACKER_HEADER_UNKNOWN', { sheet: ref.sheet.name, row: ref.row + 1, header: text, field: label.zh, fieldEn: label.en, headers: quoted(headersOf(ref)) });
}
