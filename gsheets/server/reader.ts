import type { SheetSnapshot, TableSnapshot, Plan, TrackerMapping, WorkbookSnapshot } from '../../core/layout';
import { sameTracker, type Anchors } from './anchors';
import { FUNNEL_TABS, SETUP_TABS, anchoredRead, snapshotOf } from './anchoredRead';
import { extentOf } from './applier';
import { NeedsFullRead } from './needsFullRead';
import type { Range, Sheet, Spreadsheet } from './sheetsApi';

export { NeedsFullRead };

/** The snapshot core plans from, and the Sheet objects the applier writes through. */
export interface SheetsRead {
  readonly snapshot: WorkbookSnapshot;
  readonly sheets: ReadonlyMap<string, Sheet>;
  /** The snapshot holds only the sheets the action needs, found through their anchors (anchors.ts). */
  readonly partial?: boolean;
  /** The anchors as read: rewritten after the run when they changed. */
  readonly anchors?: Anchors;
  /** A partial read's ranges, each over one tab read: its Sheet (Range.getSheet) is asked for when the plan writes it. */
  readonly ranges?: ReadonlyMap<string, Range>;
  /** What a read learnt of a sheet's grid, so the applier need not ask: its rows, and columns it has at least. */
  readonly grids?: ReadonlyMap<string, { readonly rows: number; readonly cols: number }>;
}

/** One sheet's values: two calls whatever its size. */
function sheetSnapshot(sheet: Sheet, name: string): SheetSnapshot {
  return snapshotOf(name, sheet.getDataRange().getValues());
}

/**
 * What a funnel needs, through the anchors when they hold (anchoredRead.ts): the milestone,
 * funnel and history tabs and, when there are, the Changes tab and the forecast record, by name,
 * one range each (two calls); else every sheet. A plan that would write anywhere but the tabs
 * read is refused before anything is written (NeedsFullRead) and the run reads every sheet. The
 * run then writes the anchors again from what it found (operations.ts). A tab's Sheet is asked
 * for only when the plan writes it.
 */
export function readForFunnel(ss: Spreadsheet): SheetsRead {
  const { anchors, read } = anchoredRead(ss, FUNNEL_TABS);
  return read ?? { ...readSpreadsheet(ss), anchors };
}

/**
 * What a set-up needs, through the anchors when they hold: the tracker the last set-up used, by
 * its anchored sheet (its header stays the truth: the plan must find the same list there, see
 * checkSetup), and the tabs a set-up reads (SETUP_TABS); else every sheet. So a set-up with
 * nothing new reads neither the user's other sheets nor our tabs it only needs to know exist.
 * A list chosen in the sidebar on another sheet is read with every sheet.
 */
export function readForSetup(ss: Spreadsheet, mapping?: TrackerMapping): SheetsRead {
  const { anchors, read } = anchoredRead(ss, SETUP_TABS, { mapping });
  return read ?? { ...readSpreadsheet(ss), anchors };
}

/**
 * Throws NeedsFullRead when a plan made from a partial read writes a sheet neither read nor
 * added, or goes past the columns read of one (cells there were not seen, so could not be kept).
 * The sheets it adds are checked as they are inserted (newTabs.ts).
 */
export function checkPartial(read: SheetsRead, plan: Plan): void {
  if (!read.partial) return;
  const touched = new Set([...plan.writes, ...plan.fills, ...plan.validations, ...plan.numberFormats, ...plan.conditionalFormats, ...plan.layouts, ...plan.charts].map((x) => x.sheet));
  const seen = (name: string) => !!read.ranges?.has(name) && extentOf(plan, name).cols <= (read.grids?.get(name)?.cols ?? 0);
  const added = new Set(plan.addSheets.map((a) => a.name));
  if ([...touched].some((name) => !seen(name) && !added.has(name))) throw new NeedsFullRead();
}

/**
 * Where the sheets a plan made from a partial read adds go: after the last sheet, as the full
 * read puts them (one call). Their names are checked by inserting them (newTabs.ts): a sheet of
 * that name in any case, a user's the run never read, sends the run to the full read.
 */
export function sheetCountFor(ss: Spreadsheet, read: SheetsRead, plan: Plan): number | undefined {
  if (!read.partial || plan.addSheets.length === 0) return undefined;
  return ss.getNumSheets();
}

/** checkPartial, and for a set-up read through the anchors, that the plan found there the list anchored. */
export function checkSetup(read: SheetsRead, plan: Plan): void {
  checkPartial(read, plan);
  if (read.partial && !(read.anchors?.tracker && sameTracker(read.anchors.tracker, plan.tracker))) throw new NeedsFullRead();
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
