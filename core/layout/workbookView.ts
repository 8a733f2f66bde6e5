/**
 * One view of a workbook per run: our tabs, the language, the names of all our tabs. Worked out
 * once (core/run) and handed to the set-up's plan, the funnel's plan and the summaries; planning
 * a funnel and planning a set-up both take their language and tab names from here.
 */
import type { Lang } from '../methodology/bilingual';
import { TAB_KINDS, TAB_NAMES, findOurTabs, freeSheetName, type OurTab, type TabKind } from './tabs';
import { detectLang, detectTracker } from './tracker';
import type { WorkbookSnapshot } from './types';

export interface WorkbookView {
  readonly snapshot: WorkbookSnapshot;
  /** The tabs our add-in made, found by their markers. */
  readonly ours: Map<TabKind, OurTab>;
  readonly lang: Lang;
  /** Every tab's final name: the one we have, or a free name in the workbook's language. */
  readonly tabs: Record<TabKind, string>;
}

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

/** The view of a workbook as read: our tabs found once, the language (`lang` when the user chose one). */
export function viewWorkbook(snapshot: WorkbookSnapshot, lang?: Lang, ours: Map<TabKind, OurTab> = findOurTabs(snapshot)): WorkbookView {
  const resolved = resolveLang(snapshot, ours, lang);
  return { snapshot, ours, lang: resolved, tabs: allocateTabs(snapshot, ours, resolved) };
}
