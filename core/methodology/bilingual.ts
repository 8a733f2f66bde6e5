/** A label in the users' two languages: Chinese first, English second. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export type Lang = 'zh' | 'en';

/** A row of a methodology table: the stable key code uses, its label in both languages, and `Extra` columns. */
export type Term<Extra = unknown> = Bilingual & { readonly key: string } & Extra;

/** The keys of such a table, as a type. */
export type KeyOf<Table extends readonly { readonly key: string }[]> = Table[number]['key'];

export const LANGS: readonly Lang[] = ['zh', 'en'];
