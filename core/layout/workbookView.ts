/**
 * How a workbook is seen by every plan: its language and the names of all our tabs (the tab we
 * have, or a free name). Planning a set-up, planning a funnel and the summaries take them from
 * here, so planning a funnel does not depend on the set-up module.
 */
import type { Lang } from '../methodology/bilingual';
import { TAB_KINDS, TAB_NAMES, freeSheetName, type OurTab, type TabKind } from './tabs';
import { detectLang, detectTracker } from './tracker';
import type { WorkbookSnapshot } from './types';

/** Final names for all our tabs: the tab we already have, or a free name in the workbook's language. */
export function allocateTabs(snapshot: WorkbookSnapshot, ours: Map<TabKind, OurTab>, lang: Lang): Record<TabKind, string> {
  const taken = snapshot.sheets.map((s) => s.name);
  const tabs = {} as Record<TabKind, string>;
  for (const kind of TAB_KINDS) {
    const found = ours.get(kind);
    if (found) tabs[kind] = found.sheet.name;
  }
  for (const kind of TAB_KINDS) {
    if (tabs[kind]) continue;
    tabs[kind] = freeSheetName(TAB_NAMES[kind][lang], taken);
    taken.push(tabs[kind]);
  }
  return tabs;
}

/** The workbook's language: the option, else the one our tabs were made in, else the tracker's. */
export function resolveLang(snapshot: WorkbookSnapshot, ours: Map<TabKind, OurTab>, option: Lang | undefined): Lang {
  if (option) return option;
  const first = ours.values().next();
  if (!first.done) return first.value.lang;
  return detectLang(snapshot, detectTracker(snapshot));
}
