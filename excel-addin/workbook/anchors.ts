/// <reference types="office-js" />
import { TAB_KINDS, anchorName, type TabKind } from '../../core/layout';
import { parseRangeAddress } from './address';

/**
 * Anchors (core/layout/tabs.ts anchorName): a hidden workbook name per tab of ours
 * (PCSS_milestones → '里程碑'!$A$1, the marker cell). Excel keeps a name pointing at its sheet
 * through renames and moves, so the first round trip of an action, which can only learn the
 * workbook's names, already tells where our tabs are, and the second can read just the cells it
 * needs. Without them every sheet would have to be looked at before its cells could be asked
 * for: one more round trip, or a read of every cell. The PCSS_<kind> names are the add-in's: one
 * that points elsewhere or at a deleted sheet is replaced. They are hidden as they are added:
 * Excel hides a name through the item names.add returns, while `visible = false` on a name got
 * later does nothing (office-js issues 3878 and 3949). A shown anchor (`pcss apply` writes them
 * shown, as ExcelJS cannot hide a name) is harmless and stays as it is.
 */
export interface Anchors {
  /** Sheet of each anchored tab, as the sheet list spells it. */
  readonly sheets: ReadonlyMap<TabKind, string>;
  /** Every PCSS_ name present, usable or not (a deleted sheet's): replaced rather than added, which would collide. */
  readonly present: ReadonlySet<string>;
}

/** Names as loaded (`name,type,value`) → where our tabs are. */
export function readAnchors(items: readonly { name: string; type: string; value: unknown }[], sheetNames: readonly string[]): Anchors {
  const sheets = new Map<TabKind, string>();
  const present = new Set<string>();
  const byLower = new Map(sheetNames.map((s) => [s.toLowerCase(), s]));
  for (const item of items) {
    const kind = TAB_KINDS.find((k) => anchorName(k).toLowerCase() === item.name.toLowerCase());
    if (!kind) continue;
    present.add(item.name);
    let sheet: string | undefined;
    try {
      const { sheet: name, range } = parseRangeAddress(String(item.value).replace(/^=/, ''));
      if (item.type === 'Range' && range.top === 0 && range.left === 0 && range.bottom === 0 && range.right === 0) sheet = byLower.get(name.toLowerCase());
    } catch {
      sheet = undefined;
    }
    if (sheet) sheets.set(kind, sheet);
  }
  return { sheets, present };
}

/** Queues what makes `tabs` (kind → sheet name) anchored: replace broken or misplaced names, add missing ones. */
export function queueAnchors(context: Excel.RequestContext, anchors: Anchors, tabs: ReadonlyMap<TabKind, string>): void {
  for (const [kind, target] of tabs) {
    const name = anchorName(kind);
    if (anchors.sheets.get(kind)?.toLowerCase() === target.toLowerCase()) continue;
    const existing = [...anchors.present].find((n) => n.toLowerCase() === name.toLowerCase());
    if (existing !== undefined) context.workbook.names.getItem(existing).delete();
    const item = context.workbook.names.add(name, context.workbook.worksheets.getItem(target).getRange('A1'));
    item.visible = false;
  }
}
