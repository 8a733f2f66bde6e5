/**
 * `pcss coach`: the coaching view core computes from a set-up workbook (core/report/coaching.ts),
 * read-only: the file is read, never written, and no lock is taken beside it.
 */
import { findOurTabs, resolveLang } from '../core/layout';
import type { Lang } from '../core/methodology/bilingual';
import { coachingView, type CoachingView } from '../core/report/coaching';
import { openPackage } from './read/openPackage';
import { readInput } from './readInput';

export function runCoach(input: string, rep?: string, lang?: Lang): { view: CoachingView; lang: Lang } {
  const { snapshot } = openPackage(readInput(input), input);
  return { view: coachingView(snapshot, rep), lang: resolveLang(snapshot, findOurTabs(snapshot), lang) };
}
