import type { Bilingual } from './bilingual';
import type { ItemId } from './checklist';

/**
 * The six milestones (methodology.md §3). `probability` is the milestone's yield (产能),
 * used for forecasting; `items` must all be verified, with every earlier milestone's.
 */
export const MILESTONES = [
  { id: 'M1', probability: 0.1, zh: '合格潜在客户', en: 'Qualified prospect', items: ['K01', 'K02', 'K03', 'K04', 'K05'] },
  { id: 'M2', probability: 0.25, zh: '合格经办人', en: 'Qualified contact', items: ['K06', 'K07', 'K08'] },
  { id: 'M3', probability: 0.5, zh: '合格决策者', en: 'Qualified decision maker', items: ['K09', 'K10', 'K11', 'K12', 'K13'] },
  { id: 'M4', probability: 0.75, zh: '决策定案', en: 'Decision made', items: ['K14', 'K15'] },
  { id: 'M5', probability: 0.9, zh: '等候结案', en: 'Awaiting close', items: ['K16', 'K17', 'K18'] },
  { id: 'M6', probability: 1, zh: '结案', en: 'Closed', items: ['K19', 'K20', 'K21', 'K22'] },
] as const satisfies readonly (Bilingual & { id: string; probability: number; items: readonly ItemId[] })[];

export type Milestone = (typeof MILESTONES)[number];
export type MilestoneId = Milestone['id'];

/** The state before M1 is complete: not yet a qualified opportunity. */
export const NOT_QUALIFIED = { id: 'M0', probability: 0, zh: '未合格', en: 'Not qualified' } as const satisfies Bilingual & {
  id: string;
  probability: number;
};

/**
 * A milestone level: 0 is not qualified, 1..6 are M1..M6. Every engine function speaks in
 * levels because they index arrays and compare cheaply.
 */
export type MilestoneLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Level → the milestone's row (level 0 is NOT_QUALIFIED). */
export const MILESTONE_BY_LEVEL = [NOT_QUALIFIED, ...MILESTONES] as const;

/** Level → probability: 0, 0.1, 0.25, 0.5, 0.75, 0.9, 1. */
export const PROBABILITY_BY_LEVEL: readonly number[] = MILESTONE_BY_LEVEL.map((m) => m.probability);
