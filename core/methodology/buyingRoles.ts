import type { KeyOf, Term } from './bilingual';

/**
 * 五种参与决策人: the five roles in a buying decision (methodology.md §6; the source names them
 * under "五种参与决策人的需要", the needs of the five, and details no more). The decision maker
 * is the one the rubric's 决策者 columns and the brief's decision maker mean.
 */
export const BUYING_ROLES = [
  { key: 'decisionMaker', zh: '决策人', en: 'Decision maker' },
  { key: 'purchaser', zh: '采购人员', en: 'Purchaser' },
  { key: 'supporter', zh: '支持者', en: 'Supporter' },
  { key: 'technical', zh: '技术人员', en: 'Technical evaluator' },
  { key: 'user', zh: '使用者', en: 'User' },
] as const satisfies readonly Term[];

export type BuyingRoleKey = KeyOf<typeof BUYING_ROLES>;
