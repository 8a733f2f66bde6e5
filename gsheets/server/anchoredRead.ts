import { MILESTONE_COLUMNS, TAB_KINDS, columnLetter, markerText, readMarker, type SheetSnapshot, type SnapshotCell, type TabKind, type TrackerMapping } from '../../core/layout';
import { readAnchors, type Anchors } from './anchors';
import { fromSheetsCell } from './cells';
import type { Range, Sheet, Spreadsheet } from './sheetsApi';
import type { SheetsRead } from './reader';

/** Values as core reads them: blank rows left out. */
export function snapshotOf(name: string, values: readonly (readonly unknown[])[]): SheetSnapshot {
  const rows: (SnapshotCell[] | undefined)[] = [];
  values.forEach((row, r) => {
    if (row.every((v) => v === '' || v === null)) return;
    rows[r] = row.map(fromSheetsCell);
  });
  return { name, rows, tables: [] };
}

/** A new sheet's columns (applier.ts NEW_SHEET_COLUMNS): every tab of ours has at least these. */
const GRID_COLUMNS = 26;

/** The columns read of an anchored tab: as wide as last seen (anchors' widths), a new sheet's at least, the milestone tab's own when not known. */
const readColumns = (anchors: Anchors, kind: TabKind) => Math.max(GRID_COLUMNS, anchors.widths[kind] ?? (kind === 'milestones' ? MILESTONE_COLUMNS.length : 0));

/** A sheet name as A1 notation writes it: quoted, quotes doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The tabs a funnel reads and may write: the milestone tab it counts (and on which it records
 * what moved), and when there are its own tab, the history, the Changes tab and the forecast
 * record (it appends what moved and this run's forecasts, and reads the last review and the
 * forecasts recorded at each period's start). One not anchored is taken not to exist: every run
 * that adds or finds a tab of ours anchors it, so a first funnel after a set-up reads no more
 * than a later one, and adds its tabs (newTabs.ts).
 */
export const FUNNEL_TABS = { needed: ['milestones'], ifAny: ['funnel', 'history', 'changes', 'forecasts'] } as const satisfies TabSet;

/**
 * The tabs a set-up reads (core/layout/planSetup.ts): the keyed tabs whose rows say what is new
 * (SETUP_READ_COLUMNS), the rubrics (status words, stale thresholds), the coaching tab (its team
 * counts), and the Changes tab it appends to. The control, funnel, history and forecast tabs
 * only have to be known to exist.
 */
export const SETUP_TABS = { needed: ['milestones', 'intensity', 'rubrics', 'brief', 'grading', 'activity', 'visits', 'team', 'coaching'], ifAny: ['changes'] } as const satisfies TabSet;

interface TabSet {
  readonly needed: readonly TabKind[];
  readonly ifAny: readonly TabKind[];
}

/** One sheet as one range, its columns down to the grid's last row: a handle and one read. Null when Sheets refuses it. */
function readRange(ss: Spreadsheet, name: string, cols: number): { range: Range; values: unknown[][] } | null {
  try {
    const range = ss.getRange(`${quoted(name)}!A1:${columnLetter(cols - 1)}`);
    return { range, values: range.getValues() };
  } catch {
    // A sheet gone (renamed, deleted) or narrower than that.
    return null;
  }
}

/**
 * What an action needs, through the anchors: each tab of `tabs` by name as one range (two
 * calls), and for a set-up the anchored tracker the same way; the user's other sheets are not
 * read at all, and our other anchored tabs stand in the snapshot by name and marker only (core
 * must know they exist, not add them again). Null when the anchors do not hold: a needed tab
 * not anchored, a sheet gone or renamed, an A1 without that tab's marker (the marker stays the
 * truth), a tracker not anchored or kept in a named range; the caller then reads every sheet.
 */
export function readAnchored(ss: Spreadsheet, anchors: Anchors, tabs: TabSet, tracker?: { mapping?: TrackerMapping }): SheetsRead | null {
  if (tabs.needed.some((kind) => anchors.tabs[kind] === undefined)) return null;
  const ranges = new Map<string, Range>();
  const grids = new Map<string, { rows: number; cols: number }>();
  const out: SheetSnapshot[] = [];
  if (tracker) {
    const anchor = anchors.tracker;
    // A list the sidebar names on another sheet than the anchored one is read with every sheet.
    if (!anchor || anchor.table !== undefined || (tracker.mapping && tracker.mapping.sheet !== anchor.sheet)) return null;
    const read = readRange(ss, anchor.sheet, anchor.width);
    if (!read) return null;
    grids.set(anchor.sheet, { rows: read.values.length, cols: anchor.width });
    out.push(snapshotOf(anchor.sheet, read.values));
  }
  for (const kind of [...tabs.needed, ...tabs.ifAny]) {
    const name = anchors.tabs[kind];
    if (name === undefined) continue;
    const cols = readColumns(anchors, kind);
    const read = readRange(ss, name, cols);
    if (!read) return null;
    const snapshot = snapshotOf(name, read.values);
    if (readMarker(snapshot.rows[0]?.[0] ?? null)?.kind !== kind) return null;
    ranges.set(name, read.range);
    grids.set(name, { rows: read.values.length, cols });
    out.push(snapshot);
  }
  const first = out.find((s) => s.name !== anchors.tracker?.sheet || !tracker);
  const lang = readMarker(first?.rows[0]?.[0] ?? null)!.lang;
  for (const kind of TAB_KINDS) {
    const name = anchors.tabs[kind];
    if (name !== undefined && !out.some((s) => s.name === name)) out.push({ name, rows: [[markerText(kind, lang)]], tables: [] });
  }
  return { snapshot: { sheets: out }, sheets: new Map(), ranges, partial: true, anchors, grids };
}

/** The anchors, and what an action needs through them (null: they do not hold). */
export function anchoredRead(ss: Spreadsheet, tabs: TabSet, tracker?: { mapping?: TrackerMapping }): { anchors: Anchors; read: SheetsRead | null } {
  const anchors = readAnchors(ss);
  return { anchors, read: readAnchored(ss, anchors, tabs, tracker) };
}

const realSheets = new WeakMap<object, () => Sheet>();

/**
 * A tab read through its anchor, as the applier writes it: its cells through the range read
 * (Range.offset: one call, as Sheet.getRange), its Sheet asked for (Range.getSheet) only when
 * anything else is needed of it, so a tab that only gets a block of values costs a call less.
 */
export function sheetOfRange(range: Range): Sheet {
  let sheet: Sheet | undefined;
  const real = () => (sheet ??= range.getSheet());
  const lazy = new Proxy({} as Sheet, {
    get: (_, key) =>
      key === 'getRange'
        ? (row: number, column: number, numRows: number, numColumns: number) => range.offset(row - 1, column - 1, numRows, numColumns)
        : (...args: unknown[]) => (real()[key as keyof Sheet] as (...a: unknown[]) => unknown).apply(real(), args),
  });
  realSheets.set(lazy, real);
  return lazy;
}

/** The Sheet itself, to hand to Apps Script (Spreadsheet.setActiveSheet), for a sheetOfRange. */
export const realSheet = (sheet: Sheet): Sheet => realSheets.get(sheet)?.() ?? sheet;
