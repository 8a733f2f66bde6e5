import type { Bilingual, Term } from './bilingual';

/**
 * The 5K factors (methodology.md §1), in the fixed order every function uses:
 * problem, power, vision, value, control. `byRole` marks the factors whose score depends on
 * whether the level was reached with the contact or with the decision maker.
 */
export const FACTORS = [
  { key: 'problem', zh: '问题', en: 'Problem', byRole: true, question: { zh: '购买者是否已经承认问题和痛苦', en: 'Has the buyer admitted the problem and the pain?' } },
  { key: 'power', zh: '权力', en: 'Power', byRole: false, question: { zh: '购买者在决策方面有无影响力与权利', en: 'Does the buyer have influence and authority over the decision?' } },
  { key: 'vision', zh: '愿景', en: 'Vision', byRole: true, question: { zh: '是否认同销售人员提出的解决方案和愿景', en: 'Does the buyer share the seller’s solution and vision?' } },
  { key: 'value', zh: '价值', en: 'Value', byRole: true, question: { zh: '是否有显著价值引起购买者共鸣', en: 'Is there clear value the buyer resonates with?' } },
  { key: 'control', zh: '控制', en: 'Control', byRole: false, question: { zh: '销售人员能否控制购买流程', en: 'Can the seller control the buying process?' } },
] as const satisfies readonly Term<{ byRole: boolean; question: Bilingual }>[];

export type Factor = (typeof FACTORS)[number];
export type FactorKey = Factor['key'];
export const FACTOR_KEYS: readonly FactorKey[] = FACTORS.map((f) => f.key);

/** The source writes 权力 and 权利 for the same factor; both are accepted. */
export const FACTOR_ALIASES: Readonly<Record<string, FactorKey>> = { 权利: 'power' };

/** Each factor scores 0..20; five make 0..100. */
export const FACTOR_MAX = 20;
export const INTENSITY_MAX = FACTOR_MAX * FACTORS.length;
