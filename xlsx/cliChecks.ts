/**
 * What the command line checks of a workbook once read, beyond its arguments: a --lang other
 * than the language of our tabs already there (refused: it would add a second set of tabs), and
 * a --rep that names nobody (said, with the reps there are).
 */
// The command line's part of the error catalogue (registers its codes).
import '../core/cliErrors';
import { MethodError } from '../core/errors';
import { findOurTabs, resolveLang, type WorkbookSnapshot } from '../core/layout';
import { isAllReps, repKey } from '../core/layout/tabRules';
import type { Bilingual, Lang } from '../core/methodology/bilingual';

const LANG_NAMES: Readonly<Record<Lang, Bilingual>> = { zh: { zh: '中文', en: 'Chinese' }, en: { zh: '英文', en: 'English' } };

/**
 * Refuses a --lang that differs from the language our tabs were made in (the one a run takes
 * without --lang): the set-up would add tabs in the second language beside the first ones.
 * A workbook not set up yet takes any language.
 */
export function checkTabsLang(snapshot: WorkbookSnapshot, lang: Lang | undefined): void {
  if (lang === undefined) return;
  const ours = findOurTabs(snapshot);
  const first = ours.values().next();
  if (first.done) return;
  const tabsLang = resolveLang(snapshot, ours, undefined);
  if (tabsLang === lang) return;
  throw new MethodError('CLI_LANG_MISMATCH', {
    tab: first.value.sheet.name,
    lang,
    tabsLang,
    tabsZh: LANG_NAMES[tabsLang].zh,
    tabsEn: LANG_NAMES[tabsLang].en,
    langZh: LANG_NAMES[lang].zh,
    langEn: LANG_NAMES[lang].en,
  });
}

/** Whether --rep names one of `reps` (compared as the funnel compares reps); a blank --rep is every rep. */
export function repKnown(rep: string | undefined, reps: readonly string[]): boolean {
  if (rep === undefined || isAllReps(rep)) return true;
  return reps.some((r) => repKey(r) === repKey(rep));
}

/** The warning for a --rep that names nobody, listing the reps there are. */
export function unknownRep(rep: string, reps: readonly string[]): MethodError {
  return reps.length === 0 ? new MethodError('CLI_REP_UNKNOWN_NONE', { rep }) : new MethodError('CLI_REP_UNKNOWN', { rep, reps: reps.join(', ') });
}
