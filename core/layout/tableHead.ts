import type { Bilingual, Lang } from '../methodology/bilingual';
import type { PlanCell } from './types';

/**
 * The first two rows of a table under its own title (the funnel tab's period and accuracy
 * tables): the title, then the headers. A plan writes them first, from the title row down.
 */
export function tableHead(title: Bilingual, headers: { readonly zh: readonly string[]; readonly en: readonly string[] }, lang: Lang): PlanCell[][] {
  return [[title[lang]], [...headers[lang]]];
}
