import { TAB_KINDS, findOurTabs, type TabKind, type TrackerMapping, type WorkbookSnapshot } from '../../core/layout';
import type { Decorated } from './applier';
import type { DeveloperMetadata, Spreadsheet } from './sheetsApi';
import { widestRow } from './widestRow';

/**
 * Anchors: where our tabs are, kept as one developer metadata of the spreadsheet (invisible to
 * users, allowed by the spreadsheets.currentonly scope), its value JSON: each tab's kind → its
 * sheet's name, the tracker a set-up last used (its sheet, header row and mapped columns, and how
 * wide the sheet was) and the number formats last applied to the funnel tab (a digest). A later funnel
 * reads its tabs by name (one A1 range each, anchoredRead.ts) instead of reading every sheet's first
 * cell to find them, as the Excel host does with its workbook names
 * (excel-addin/workbook/anchors.ts). The marker cell stays the truth: a tab found through its
 * anchor is believed only when its A1 holds the marker of that kind; a missing sheet (renamed,
 * deleted) or another marker sends the run to the full read, after which the anchors are
 * written again from what it found. A set-up reads the tracker by its anchor too: its header
 * stays the truth (the list found there must map the columns anchored, else the full read).
 */
export const ANCHOR_KEY = 'pcss.tabs';

export type TabNames = Partial<Record<TabKind, string>>;

/** The tracker a set-up used, without its extent (read again each run), and its sheet's width then. */
export type TrackerAnchor = Omit<TrackerMapping, 'lastRow'> & { readonly width: number };

export interface Anchors {
  readonly tabs: TabNames;
  /** Columns of each tab as last seen or planned: what a read through the anchors reads of it. */
  readonly widths: Partial<Record<TabKind, number>>;
  /** Digest of the number formats last applied to the funnel tab (formatDigest), when known. */
  readonly funnelFormats?: string;
  readonly tracker?: TrackerAnchor;
  /**
   * A first set-up stopped at the time limit and is not complete yet: the run that completes it
   * records the opportunities it adds as that set-up's, not as new ones (SetupOptions).
   */
  readonly firstSetupStopped?: boolean;
  /**
   * A set-up stopped at the time limit, until a set-up ends: the rows down to which it gave each
   * sheet its colour rules and protections (applier.ts Decorated). Not checked when read: an
   * entry that is not a number compares false, and nothing is skipped.
   */
  readonly decorated?: Decorated;
  /** The metadata item holding them, to update in place; null when there is none yet. */
  readonly item: DeveloperMetadata | null;
  /** Its value as stored: written again only when the anchors' text differs from it. */
  readonly raw?: string | null;
}

/**
 * The anchors as stored; an unreadable value counts as none. Ours says so in its value
 * (`"anchor":"pcss.tabs"`), so two calls find it when it is the spreadsheet's only developer
 * metadata (the list, its value), one value more for each other script's item before it. An item
 * under our key without that (an earlier version's, or a value broken by hand) is found by its
 * key and written over.
 */
export function readAnchors(ss: Spreadsheet): Anchors {
  const items = ss.getDeveloperMetadata();
  for (const item of items) {
    const raw = item.getValue();
    if (isOurs(raw)) return { ...parse(raw), item, raw };
  }
  const item = items.length > 0 ? items.find((m) => m.getKey() === ANCHOR_KEY) ?? null : null;
  return { ...(item ? parse(item.getValue()) : { tabs: {}, widths: {} }), item, raw: null };
}

function isOurs(raw: string | null): raw is string {
  try {
    return (JSON.parse(raw ?? '') as { anchor?: unknown } | null)?.anchor === ANCHOR_KEY;
  } catch {
    return false;
  }
}

type Stored = { tabs?: Record<string, unknown>; widths?: Record<string, unknown>; funnelFormats?: unknown; tracker?: Record<string, unknown>; firstSetupStopped?: unknown; decorated?: unknown } | null;

function parse(value: string | null): Omit<Anchors, 'item'> {
  try {
    const parsed = JSON.parse(value ?? '') as Stored;
    const tabs: TabNames = {};
    const widths: Anchors['widths'] = {};
    for (const kind of TAB_KINDS) {
      const name = parsed?.tabs?.[kind];
      if (typeof name === 'string' && name !== '') tabs[kind] = name;
      const width = parsed?.widths?.[kind];
      if (isIndex(width) && width > 0) widths[kind] = width;
    }
    return { tabs, widths, funnelFormats: typeof parsed?.funnelFormats === 'string' ? parsed.funnelFormats : undefined, tracker: trackerOf(parsed?.tracker), ...(parsed?.firstSetupStopped === true ? { firstSetupStopped: true } : {}), decorated: parsed?.decorated && typeof parsed.decorated === 'object' ? (parsed.decorated as Decorated) : undefined };
  } catch {
    return { tabs: {}, widths: {} };
  }
}

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A stored tracker as written by writeAnchors, or none when any part of it is not what it should be. */
function trackerOf(t: Record<string, unknown> | undefined): TrackerAnchor | undefined {
  if (!t || typeof t.sheet !== 'string' || t.sheet === '' || !isIndex(t.headerRow) || !isIndex(t.width) || t.width < 1) return undefined;
  if (t.table !== undefined && typeof t.table !== 'string') return undefined;
  const columns = t.columns as Record<string, unknown> | undefined;
  const headers = t.headers as Record<string, unknown> | undefined;
  if (!columns || typeof columns !== 'object' || !Object.values(columns).every(isIndex)) return undefined;
  if (!headers || typeof headers !== 'object' || !Object.values(headers).every((h) => typeof h === 'string')) return undefined;
  return { sheet: t.sheet, ...(t.table === undefined ? {} : { table: t.table }), headerRow: t.headerRow, width: t.width, columns, headers } as TrackerAnchor;
}

/** The anchor of the tracker a plan used, `width` columns wide: what a later set-up reads of it. */
export function trackerAnchor(mapping: TrackerMapping, width: number): TrackerAnchor {
  const { sheet, table, headerRow, columns, headers } = mapping;
  return { sheet, ...(table === undefined ? {} : { table }), headerRow, columns, headers, width: Math.max(width, ...Object.values(columns).map((c) => (c ?? 0) + 1)) };
}

/** Whether a plan's tracker is the anchored one (its extent aside): the header stays the truth. */
export function sameTracker(anchor: TrackerAnchor, mapping: TrackerMapping | null): boolean {
  return !!mapping && mappingKey(anchor) === mappingKey(mapping);
}

const mappingKey = (m: Omit<TrackerMapping, 'lastRow'>) => JSON.stringify([m.sheet, m.table ?? null, m.headerRow, sorted(m.columns), sorted(m.headers)]);

const sorted = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));

/**
 * Our tabs after a run: those a snapshot shows by marker, those the plan added, over what was
 * known; each one's width: as a full read saw it, else as known, and at least what the plan wrote.
 */
export function tabsAfter(known: Anchors, read: { snapshot: WorkbookSnapshot; partial?: boolean }, added: readonly { name: string; kind: string }[], planned: (sheet: string) => number): Pick<Anchors, 'tabs' | 'widths'> {
  const tabs: TabNames = { ...known.tabs };
  const widths: Anchors['widths'] = {};
  const seen = new Map<string, number>();
  for (const [kind, tab] of findOurTabs(read.snapshot)) {
    tabs[kind] = tab.sheet.name;
    if (!read.partial) seen.set(tab.sheet.name, widestRow(tab.sheet.rows));
  }
  for (const add of added) if ((TAB_KINDS as readonly string[]).includes(add.kind)) tabs[add.kind as TabKind] = add.name;
  for (const kind of TAB_KINDS) {
    const name = tabs[kind];
    if (name === undefined) continue;
    const width = Math.max(seen.get(name) ?? (known.tabs[kind] === name ? known.widths[kind] ?? 0 : 0), planned(name));
    if (width > 0) widths[kind] = width;
  }
  return { tabs, widths };
}

/** Stores the anchors when they differ from what is stored: one call, none when nothing changed. */
export function writeAnchors(ss: Spreadsheet, anchors: Anchors, next: Omit<Anchors, 'item'>): void {
  const value = stored(next);
  if (anchors.item && value === anchors.raw) return;
  if (anchors.item) anchors.item.setValue(value);
  else ss.addDeveloperMetadata(ANCHOR_KEY, value);
}

/** The anchors as JSON, in a fixed order (TAB_KINDS, mapped fields sorted): equal anchors, equal text. */
function stored(a: Omit<Anchors, 'item'>): string {
  const byKind = <T>(o: Partial<Record<TabKind, T>>) => Object.fromEntries(TAB_KINDS.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
  const t = a.tracker;
  const tracker = t && { sheet: t.sheet, table: t.table, headerRow: t.headerRow, width: t.width, columns: Object.fromEntries(sorted(t.columns)), headers: Object.fromEntries(sorted(t.headers)) };
  return JSON.stringify({ anchor: ANCHOR_KEY, tabs: byKind(a.tabs), widths: byKind(a.widths), funnelFormats: a.funnelFormats, tracker, firstSetupStopped: a.firstSetupStopped || undefined, decorated: a.decorated });
}

/** A short digest of a list of number formats (FNV-1a over its JSON): equal lists, equal digests. */
export function formatDigest(formats: readonly unknown[]): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(formats)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(36);
}
