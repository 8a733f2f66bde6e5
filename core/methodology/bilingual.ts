/** A label in the users' two languages: Chinese first, English second. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];
