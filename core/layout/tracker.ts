import { isBlank } from '../cells/cellValue';
import type { Lang } from '../methodology/bilingual';
import { cellValue } from './snapshotCell';
import { isOurSheet } from './tabs';
import { HEADER_SCAN_ROWS, mapHeaderRow, type HeaderRowMapping } from './trackerHeaders';
import { CLOSE_SCORE, lastUsedRow, scoreCandidate, withoutTotals } from './trackerScore';
import type { SheetSnapshot, SnapshotCell, TableSnapshot, TrackerField, TrackerMapping, WorkbookSnapshot } from './types';

export { cellValue };

/** A list the workbook might be keeping its opportunities in, with how much it looks like one. */
export interface TrackerCandidate {
  readonly mapping: TrackerMapping;
  readonly score: number;
  /** Its opportunities (read in part: the rows it spans). */
  readonly rows: number;
  /** Most of its rows sum or count other rows (COUNTIF/SUMIF): a summary, not a list. */
  readonly summary: boolean;
}

/** A table's last row of data: above its Total Row when it shows one. */
function lastDataRow(t: TableSnapshot): number {
  return t.totalsRow ? t.bottom - 1 : t.bottom;
}

/** A list needs a name for each opportunity: its opportunity or customer column, and one more. */
function isTracker(m: HeaderRowMapping): boolean {
  return Object.keys(m.columns).length >= 2 && (m.columns.opportunity !== undefined || m.columns.customer !== undefined);
}

function mappedColumns(columns: TrackerMapping['columns']): number[] {
  return Object.values(columns).filter((c): c is number => c !== undefined);
}

/** The list's extent now: its table's bottom, or the sheet's last row with a value in a mapped column; total rows left out. */
function listBottom(sheet: SheetSnapshot, headerRow: number, columns: TrackerMapping['columns'], table: TableSnapshot | undefined): number {
  const last = table ? lastDataRow(table) : lastUsedRow(sheet, headerRow, mappedColumns(columns));
  return withoutTotals(sheet, headerRow, last, columns);
}

function candidate(sheet: SheetSnapshot, headerRow: number, m: HeaderRowMapping, table?: TableSnapshot): TrackerCandidate {
  const mapping: TrackerMapping = {
    sheet: sheet.name,
    ...(table ? { table: table.name } : {}),
    headerRow,
    lastRow: listBottom(sheet, headerRow, m.columns, table),
    columns: m.columns,
    headers: m.headers,
  };
  const s = scoreCandidate(sheet, mapping, m.tiers);
  return { mapping, score: s.score, rows: s.rows, summary: s.summary };
}

/** Every candidate list on one sheet: each table whose header row names the fields, and the first such row in the sheet's first rows. */
export function sheetCandidates(sheet: SheetSnapshot): TrackerCandidate[] {
  const out: TrackerCandidate[] = [];
  for (const t of sheet.tables) {
    const m = mapHeaderRow(sheet, t.top, t.left, t.right);
    if (isTracker(m)) out.push(candidate(sheet, t.top, m, t));
  }
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, sheet.rows.length); r++) {
    // A table's header row is that table's candidate, with the table's extent.
    if (sheet.tables.some((t) => t.top === r)) continue;
    const m = mapHeaderRow(sheet, r, 0, Number.MAX_SAFE_INTEGER);
    if (isTracker(m)) {
      out.push(candidate(sheet, r, m));
      break;
    }
  }
  return out;
}

/**
 * Every candidate list in the workbook, the likeliest first (see trackerScore.ts): tables and
 * header rows naming an opportunity or customer and one more field, scored by their data. At
 * equal scores the earlier sheet wins, and on one sheet a table. Our own tabs are never candidates.
 */
export function trackerCandidates(snapshot: WorkbookSnapshot): TrackerCandidate[] {
  const all = snapshot.sheets.filter((s) => !isOurSheet(s)).flatMap(sheetCandidates);
  return all.map((c, i) => ({ c, i })).sort((a, b) => b.c.score - a.c.score || a.i - b.i).map((x) => x.c);
}

/** Finds the team's opportunity list: the best of trackerCandidates, or null. */
export function detectTracker(snapshot: WorkbookSnapshot): TrackerMapping | null {
  return trackerCandidates(snapshot)[0]?.mapping ?? null;
}

export interface TrackerDetection {
  readonly mapping: TrackerMapping | null;
  readonly chosen: TrackerCandidate | null;
  /** Another list whose score is within CLOSE_SCORE of the chosen one: the user is told of both. */
  readonly rival: TrackerCandidate | null;
  readonly candidates: readonly TrackerCandidate[];
}

/** detectTracker, with the runner-up when it is close enough to be the list the user meant. */
export function detectTrackerReport(snapshot: WorkbookSnapshot): TrackerDetection {
  const candidates = trackerCandidates(snapshot);
  const chosen = candidates[0] ?? null;
  const rival = chosen ? candidates.slice(1).find((c) => !c.summary && chosen.score - c.score < CLOSE_SCORE) ?? null : null;
  return { mapping: chosen?.mapping ?? null, chosen, rival, candidates };
}

/**
 * The tracker fields the set-up looks at: keys, names for the grading and activity tabs, amounts
 * to parse, and what every run refreshes on the rows it already has (rep, amount, expected close
 * and the status its stage column says). A host that reads selectively reads these.
 */
export const TRACKER_FIELDS_PLANNED: readonly TrackerField[] = ['opportunity', 'customer', 'rep', 'amount', 'expectedClose', 'stage'];

/**
 * A mapping the user confirmed some time ago (the pane keeps it while open), brought up to date:
 * the columns are theirs to choose, but the list's extent is read now — its table's current
 * bottom, or the sheet's last row with a value in a mapped column — so rows added to the
 * tracker since are not missed (and a total row at the bottom is not taken for one).
 */
export function refreshMapping(snapshot: WorkbookSnapshot, mapping: TrackerMapping): TrackerMapping {
  const sheet = snapshot.sheets.find((s) => s.name === mapping.sheet);
  if (!sheet) return mapping;
  if (mapping.table !== undefined) {
    const table = sheet.tables.find((t) => t.name === mapping.table);
    return table ? { ...mapping, headerRow: table.top, lastRow: listBottom(sheet, table.top, mapping.columns, table) } : mapping;
  }
  return { ...mapping, lastRow: listBottom(sheet, mapping.headerRow, mapping.columns, undefined) };
}

export interface TrackerRow {
  /** 0-based row on the tracker sheet. */
  row: number;
  opportunity: unknown;
  customer: unknown;
  rep: unknown;
  amount: unknown;
  expectedClose: unknown;
  /** The stage or status cell; undefined when the list has no such column. */
  stage?: unknown;
}

/** The tracker's opportunities in sheet order; rows with neither an opportunity nor a customer are skipped. */
export function readTrackerRows(snapshot: WorkbookSnapshot, mapping: TrackerMapping): TrackerRow[] {
  const sheet = snapshot.sheets.find((s) => s.name === mapping.sheet);
  if (!sheet) return [];
  const col = mapping.columns;
  const get = (row: readonly SnapshotCell[], c: number | undefined) => (c === undefined ? null : cellValue(row[c]) ?? null);
  const out: TrackerRow[] = [];
  for (let r = mapping.headerRow + 1; r <= mapping.lastRow && r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const opportunity = get(row, col.opportunity);
    const customer = get(row, col.customer);
    if (isBlank(opportunity) && isBlank(customer)) continue;
    const rep = get(row, col.rep);
    const amount = get(row, col.amount);
    const expectedClose = get(row, col.expectedClose);
    // Two literals, not a spread of the stage: a spread makes each of 50 000 rows a larger object, built slowly.
    out.push(col.stage === undefined ? { row: r, opportunity, customer, rep, amount, expectedClose } : { row: r, opportunity, customer, rep, amount, expectedClose, stage: get(row, col.stage) });
  }
  return out;
}

const CJK = /[\u3400-\u9fff]/;

/** zh when the tracker's headers (or, without a tracker, the sheet names) are Chinese. */
export function detectLang(snapshot: WorkbookSnapshot, mapping: TrackerMapping | null): Lang {
  const texts = mapping ? Object.values(mapping.headers) : snapshot.sheets.map((s) => s.name);
  return texts.some((t) => t !== undefined && CJK.test(t)) ? 'zh' : 'en';
}
