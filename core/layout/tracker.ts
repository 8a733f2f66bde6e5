import { isBlank, normalizeText } from '../cells/cellValue';
import type { Lang } from '../methodology/bilingual';
import { isOurSheet } from './tabs';
import type { SheetSnapshot, SnapshotCell, TableSnapshot, TrackerField, TrackerMapping, WorkbookSnapshot } from './types';

/**
 * Header words teams use for each field, zh and en. Matched after normalizing (case, width,
 * spaces); a header matches when it equals a word, or starts with one (机会名称(必填)).
 */
export const TRACKER_HEADERS: Record<TrackerField, readonly string[]> = {
  opportunity: ['机会名称', '机会', '商机名称', '商机', '项目名称', '项目', 'opportunity name', 'opportunity', 'deal name', 'deal', 'project name', 'project'],
  customer: ['客户名称', '客户', '公司名称', '单位名称', 'customer name', 'customer', 'client', 'account name', 'account', 'company'],
  rep: ['销售人员', '销售代表', '负责人', '业务员', '销售', 'sales rep', 'salesperson', 'rep', 'owner', 'account manager'],
  amount: ['合同金额', '预计金额', '商机金额', '金额', 'contract value', 'deal size', 'amount', 'value'],
  expectedClose: ['预计签约日期', '预计签约日', '预计成交日期', '预计成交日', '预计成交时间', '成交日期', 'expected close date', 'expected close', 'close date'],
  stage: ['销售阶段', '阶段', 'sales stage', 'stage'],
};

const FIELDS = Object.keys(TRACKER_HEADERS) as TrackerField[];
/** Rows searched for a header row on a sheet without a table (hosts read at least these). */
export const HEADER_SCAN_ROWS = 10;

export function cellValue(cell: SnapshotCell): unknown {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) return cell.result;
  return cell;
}

function headerField(cell: SnapshotCell): TrackerField | null {
  const v = cellValue(cell);
  if (typeof v !== 'string' || isBlank(v)) return null;
  const text = normalizeText(v);
  // Exact matches first, so "项目名称" is never taken for a shorter word of another field.
  for (const f of FIELDS) if (TRACKER_HEADERS[f].includes(text)) return f;
  for (const f of FIELDS) if (TRACKER_HEADERS[f].some((w) => text.startsWith(w))) return f;
  return null;
}

interface Candidate {
  mapping: TrackerMapping;
  score: number;
}

/** A table's last row of data: above its Total Row when it shows one. */
function lastDataRow(t: TableSnapshot): number {
  return t.totalsRow ? t.bottom - 1 : t.bottom;
}

function lastUsedRow(sheet: SheetSnapshot, from: number, cols: number[]): number {
  let last = from;
  for (let r = from + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (row && cols.some((c) => !isBlank(cellValue(row[c])))) last = r;
  }
  return last;
}

function mapHeaderRow(sheet: SheetSnapshot, r: number, left: number, right: number): Pick<TrackerMapping, 'columns' | 'headers'> & { score: number } {
  const columns: Partial<Record<TrackerField, number>> = {};
  const headers: Partial<Record<TrackerField, string>> = {};
  const row = sheet.rows[r] ?? [];
  for (let c = left; c <= Math.min(right, row.length - 1); c++) {
    const f = headerField(row[c]);
    if (f && columns[f] === undefined) {
      columns[f] = c;
      headers[f] = String(cellValue(row[c]));
    }
  }
  return { columns, headers, score: Object.keys(columns).length };
}

/** A list needs a name for each opportunity: its opportunity or customer column, and one more. */
function isTracker(columns: Partial<Record<TrackerField, number>>, score: number): boolean {
  return score >= 2 && (columns.opportunity !== undefined || columns.customer !== undefined);
}

/**
 * Finds the team's opportunity list: an Excel table or a sheet whose header row (within the
 * first rows) names at least two of the fields. Tables are preferred at equal score, because a
 * table's extent is explicit. Our own tabs are never candidates.
 */
export function detectTracker(snapshot: WorkbookSnapshot): TrackerMapping | null {
  let best: Candidate | null = null;
  const consider = (c: Candidate) => {
    if (!best || c.score > best.score) best = c;
  };
  for (const sheet of snapshot.sheets) {
    if (isOurSheet(sheet)) continue;
    for (const t of sheet.tables) {
      const m = mapHeaderRow(sheet, t.top, t.left, t.right);
      if (isTracker(m.columns, m.score)) {
        consider({ score: m.score + 0.5, mapping: { sheet: sheet.name, table: t.name, headerRow: t.top, lastRow: lastDataRow(t), columns: m.columns, headers: m.headers } });
      }
    }
    for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, sheet.rows.length); r++) {
      const m = mapHeaderRow(sheet, r, 0, Number.MAX_SAFE_INTEGER);
      if (isTracker(m.columns, m.score)) {
        const cols = Object.values(m.columns) as number[];
        consider({ score: m.score, mapping: { sheet: sheet.name, headerRow: r, lastRow: lastUsedRow(sheet, r, cols), columns: m.columns, headers: m.headers } });
        break;
      }
    }
  }
  return (best as Candidate | null)?.mapping ?? null;
}

/**
 * The tracker fields the set-up looks at: keys, names for the grading and activity tabs, amounts
 * to parse. The expected close date is only copied, and the stage is not used, so a host that
 * copies tracker cells in place (CellBlock.copies) need not read them.
 */
export const TRACKER_FIELDS_PLANNED: readonly TrackerField[] = ['opportunity', 'customer', 'rep', 'amount'];

/**
 * A mapping the user confirmed some time ago (the pane keeps it while open), brought up to date:
 * the columns are theirs to choose, but the list's extent is read now — its table's current
 * bottom, or the sheet's last row with a value in a mapped column — so rows added to the
 * tracker since are not missed.
 */
export function refreshMapping(snapshot: WorkbookSnapshot, mapping: TrackerMapping): TrackerMapping {
  const sheet = snapshot.sheets.find((s) => s.name === mapping.sheet);
  if (!sheet) return mapping;
  if (mapping.table !== undefined) {
    const table = sheet.tables.find((t) => t.name === mapping.table);
    return table ? { ...mapping, headerRow: table.top, lastRow: lastDataRow(table) } : mapping;
  }
  const cols = Object.values(mapping.columns).filter((c): c is number => c !== undefined);
  return { ...mapping, lastRow: lastUsedRow(sheet, mapping.headerRow, cols) };
}

export interface TrackerRow {
  /** 0-based row on the tracker sheet. */
  row: number;
  opportunity: unknown;
  customer: unknown;
  rep: unknown;
  amount: unknown;
  expectedClose: unknown;
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
    out.push({ row: r, opportunity, customer, rep: get(row, col.rep), amount: get(row, col.amount), expectedClose: get(row, col.expectedClose) });
  }
  return out;
}

const CJK = /[\u3400-\u9fff]/;

/** zh when the tracker's headers (or, without a tracker, the sheet names) are Chinese. */
export function detectLang(snapshot: WorkbookSnapshot, mapping: TrackerMapping | null): Lang {
  const texts = mapping ? Object.values(mapping.headers) : snapshot.sheets.map((s) => s.name);
  return texts.some((t) => t !== undefined && CJK.test(t)) ? 'zh' : 'en';
}
