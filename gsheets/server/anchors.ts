import { TAB_KINDS, findOurTabs, type TabKind, type WorkbookSnapshot } from '../../core/layout';
import type { DeveloperMetadata, Spreadsheet } from './sheetsApi';

/**
 * Anchors: where our tabs are, kept as one developer metadata of the spreadsheet (invisible to
 * users, allowed by the spreadsheets.currentonly scope), its value JSON: each tab's kind → its
 * sheet's name, and the number formats last applied to the funnel tab (a digest). A later funnel
 * asks for its tabs by name (Spreadsheet.getSheetByName) instead of reading every sheet's first
 * cell to find them, as the Excel host does with its workbook names
 * (excel-addin/workbook/anchors.ts). The marker cell stays the truth: a tab found through its
 * anchor is believed only when its A1 holds the marker of that kind; a missing sheet (renamed,
 * deleted) or another marker sends the run to the full read, after which the anchors are
 * written again from what it found.
 */
export const ANCHOR_KEY = 'pcss.tabs';

export type TabNames = Partial<Record<TabKind, string>>;

export interface Anchors {
  readonly tabs: TabNames;
  /** Digest of the number formats last applied to the funnel tab (formatDigest), when known. */
  readonly funnelFormats?: string;
  /** The metadata item holding them, to update in place; null when there is none yet. */
  readonly item: DeveloperMetadata | null;
}

/** The anchors as stored; an unreadable value counts as none. Four calls (finder, key, find, value). */
export function readAnchors(ss: Spreadsheet): Anchors {
  const item = ss.createDeveloperMetadataFinder().withKey(ANCHOR_KEY).find()[0] ?? null;
  return { ...(item ? parse(item.getValue()) : { tabs: {} }), item };
}

function parse(value: string | null): { tabs: TabNames; funnelFormats?: string } {
  try {
    const parsed = JSON.parse(value ?? '') as { tabs?: Record<string, unknown>; funnelFormats?: unknown } | null;
    const tabs: TabNames = {};
    for (const kind of TAB_KINDS) {
      const name = parsed?.tabs?.[kind];
      if (typeof name === 'string' && name !== '') tabs[kind] = name;
    }
    return { tabs, funnelFormats: typeof parsed?.funnelFormats === 'string' ? parsed.funnelFormats : undefined };
  } catch {
    return { tabs: {} };
  }
}

/** Our tabs after a run: those a snapshot shows by marker, those the plan added, over what was known. */
export function tabsAfter(known: TabNames, snapshot: WorkbookSnapshot, added: readonly { name: string; kind: string }[]): TabNames {
  const out: TabNames = { ...known };
  for (const [kind, tab] of findOurTabs(snapshot)) out[kind] = tab.sheet.name;
  for (const add of added) if ((TAB_KINDS as readonly string[]).includes(add.kind)) out[add.kind as TabKind] = add.name;
  return out;
}

/** Stores the anchors when they differ from what is stored: one call, none when nothing changed. */
export function writeAnchors(ss: Spreadsheet, anchors: Anchors, tabs: TabNames, funnelFormats: string | undefined): void {
  const same = TAB_KINDS.every((k) => anchors.tabs[k] === tabs[k]) && anchors.funnelFormats === funnelFormats;
  if (same && anchors.item) return;
  const value = JSON.stringify({ tabs: Object.fromEntries(TAB_KINDS.filter((k) => tabs[k] !== undefined).map((k) => [k, tabs[k]])), funnelFormats });
  if (anchors.item) anchors.item.setValue(value);
  else ss.addDeveloperMetadata(ANCHOR_KEY, value);
}

/** A short digest of a list of number formats (FNV-1a over its JSON): equal lists, equal digests. */
export function formatDigest(formats: readonly unknown[]): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(formats)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(36);
}
