import type { KeyOf, Term } from './bilingual';

/** Who the rubric level was reached with (methodology.md §2). Contact is the default. */
export const ROLES = [
  { key: 'contact', zh: '经办人', en: 'Contact', aliases: ['contact', '经办人', '经办', 'c'] },
  { key: 'decisionMaker', zh: '决策者', en: 'Decision maker', aliases: ['decision maker', 'decision-maker', 'decisionmaker', 'dm', '决策者', '决策人', 'd'] },
] as const satisfies readonly Term<{ aliases: readonly string[] }>[];

export type RoleKey = KeyOf<typeof ROLES>;
