import { MILESTONE_COLUMNS, TAB_KINDS, columnLetter, markerText, readMarker, type SheetSnapshot, type SnapshotCell, type TableSnapshot, type TabKind, type Plan, type WorkbookSnapshot } from '../../core/layout';
import { readAnchors, type Anchors } from './anchors';
import { extentOf } from './applier';
import { fromSheetsCell } from './cells';
import type { Range, Sheet, Spreadsheet } from './sheetsApi';

/** The snapshot core plans from, and the Sheet objects the applier writes through. */
export interface SheetsRead {
  readonly snapshot: WorkbookSnapshot;
  readonly sheets: ReadonlyMap<string, Sheet>;
  /** The snapshot holds only the sheets the action needs, found through their anchors (anchors.ts). */
  readonly partial?: boolean;
  /** The anchors as read, when the action reads them (the funnel): rewritten after the run when they changed. */
  readonly anchors?: Anchors;
  /** A partial read's ranges, each over one tab read: its Sheet (Range.getSheet) is asked for when the plan writes it. */
  readonly ranges?: ReadonlyMap<string, Range>;
  /** What a read learnt of a sheet's grid, so the applier need not ask: its rows, and columns it has at least. */
  readonly grids?: ReadonlyMap<string, { readonly rows: number; readonly cols: number }>;
}

/** Values as core reads them: blank rows left out. */
function snapshotOf(name: string, values: readonly (readonly unknown[])[]): SheetSnapshot {
  const rows: (SnapshotCell[] | undefined)[] = [];
  values.forEach((row, r) => {
    if (row.every((v) => v === '' || v === null)) return;
    rows[r] = row.map(fromSheetsCell);
  });
  return { name, rows, tables: [] };
}

/** One sheet's values: two calls whatever its size. */
function sheetSnapshot(sheet: Sheet, name: string): SheetSnapshot {
  return snapshotOf(name, sheet.getDataRange().getValues());
}

/** A new sheet's columns (applier.ts NEW_SHEET_COLUMNS): every tab of ours has at least these. */
const GRID_COLUMNS = 26;

/** The columns read of an anchored tab: a new sheet's, or the milestone tab's own when wider. */
const readColumns = (kind: TabKind) => Math.max(GRID_COLUMNS, kind === 'milestones' ? MILESTONE_COLUMNS.length : 0);

/** A sheet name as A1 notation writes it: quoted, quotes doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The tabs a funnel reads and may write: the milestone tab it counts (and on which it records
 * what moved), its own tab, the history, and the Changes tab and the forecast record when there
 * are (it appends what moved and this run's forecasts, and reads the last review and the
 * forecasts recorded at each period's start).
 */
const FUNNEL_TABS: readonly TabKind[] = ['milestones', 'funnel', 'history'];
const FUNNEL_TABS_IF_ANY: readonly TabKind[] = ['changes', 'forecasts'];

/**
 * What a funnel needs, through the anchors when they hold: the funnel's tabs by name, one range
 * of each (two calls); the user's sheets are not read at all, and our other tabs stand in the
 * snapshot by their anchored name and marker only (core must know they exist, not add them
 * again). A tab missing from the anchors, a sheet gone or renamed, or an A1 without that tab's
 * marker (the marker stays the truth) sends it to the full read; so does a plan that would write
 * anywhere but the tabs read (NeedsFullRead, before anything is written). The run then writes the
 * anchors again from what it found (operations.ts). A tab's Sheet is asked for only when the plan
 * writes it.
 */
export function readForFunnel(ss: Spreadsheet): SheetsRead {
  const anchors = readAnchors(ss);
  const ranges = new Map<string, Range>();
  const grids = new Map<string, { rows: number; cols: number }>();
  const out: SheetSnapshot[] = [];
  for (const kind of [...FUNNEL_TABS, ...FUNNEL_TABS_IF_ANY]) {
    const name = anchors.tabs[kind];
    if (name === undefined && !FUNNEL_TABS.includes(kind)) continue;
    if (name === undefined) return { ...readSpreadsheet(ss), anchors };
    // One range over the tab's columns down to the grid's last row: one call for its values,
    // none for its size. A sheet gone (renamed, deleted) or narrower than that is refused here.
    const cols = readColumns(kind);
    let range: Range;
    let values: unknown[][];
    try {
      range = ss.getRange(`${quoted(name)}!A1:${columnLetter(cols - 1)}`);
      values = range.getValues();
    } catch {
      return { ...readSpreadsheet(ss), anchors };
    }
    const snapshot = snapshotOf(name, values);
    if (readMarker(snapshot.rows[0]?.[0] ?? null)?.kind !== kind) return { ...readSpreadsheet(ss), anchors };
    ranges.set(name, range);
    grids.set(name, { rows: values.length, cols });
    out.push(snapshot);
  }
  const lang = readMarker(out[0].rows[0]?.[0] ?? null)!.lang;
  for (const kind of TAB_KINDS) {
    const name = anchors.tabs[kind];
    if (name !== undefined && !grids.has(name)) out.push({ name, rows: [[markerText(kind, lang)]], tables: [] });
  }
  return { snapshot: { sheets: out }, sheets: new Map(), ranges, partial: true, anchors, grids };
}

/** A plan made from a partial read would write where nothing was read: the run starts again with the full read. */
export class NeedsFullRead extends Error {
  constructor() {
    super('the plan writes beyond the tabs read through their anchors');
  }
}

/**
 * Throws NeedsFullRead when a plan made from a partial read adds a sheet, writes one not read,
 * or goes past the columns read of one (cells there were not seen, so could not be kept).
 */
export function checkPartial(read: SheetsRead, plan: Plan): void {
  if (!read.partial) return;
  const touched = new Set([...plan.writes, ...plan.fills, ...plan.validations, ...plan.numberFormats, ...plan.conditionalFormats, ...plan.layouts, ...plan.charts].map((x) => x.sheet));
  const seen = (name: string) => !!read.ranges?.has(name) && extentOf(plan, name).cols <= (read.grids?.get(name)?.cols ?? 0);
  if (plan.addSheets.length > 0 || [...touched].some((name) => !seen(name))) throw new NeedsFullRead();
}

/**
 * The spreadsheet as core reads it, in a fixed number of calls per sheet whatever its size:
 * its name and one getValues of its data range (values only: core plans from what cells show).
 * Named ranges stand for tables (see below).
 */
export function readSpreadsheet(ss: Spreadsheet): SheetsRead {
  const sheets = new Map<string, Sheet>();
  const out: SheetSnapshot[] = ss.getSheets().map((sheet) => {
    const name = sheet.getName();
    sheets.set(name, sheet);
    return sheetSnapshot(sheet, name);
  });
  // Sheets has no tables in Excel's sense; a named range is the nearest thing a team makes of
  // its list, so each one is handed to core as a table of its sheet.
  for (const named of ss.getNamedRanges()) {
    const range = named.getRange();
    const sheetName = range.getSheet().getName();
    const top = range.getRow() - 1;
    const left = range.getColumn() - 1;
    const table: TableSnapshot = { name: named.getName(), top, left, bottom: top + range.getNumRows() - 1, right: left + range.getNumColumns() - 1 };
    const i = out.findIndex((s) => s.name === sheetName);
    if (i >= 0) out[i] = { ...out[i], tables: [...out[i].tables, table] };
  }
  return { snapshot: { sheets: out }, sheets };
}
