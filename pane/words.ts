import type { Lang } from '../core/methodology/bilingual';
import type { StringKey } from './strings';

/** The pane's words in the user's language: its own labels, and any bilingual text in this or the other language. */
export interface Words {
  readonly lang: Lang;
  /** The pane's own label `key`. */
  t(key: StringKey): string;
  inLang(m: { zh: string; en: string }): string;
  inOtherLang(m: { zh: string; en: string }): string;
}
