import type { Bilingual } from './bilingual';
import type { ItemId } from './checklist';

/** The buyer's cycle over the same checklist (methodology.md §4). K07 belongs to none. */
export const BUYER_STAGES = [
  { id: 'B1', zh: '觉察问题', en: 'Aware of the problem', items: ['K01', 'K02', 'K03', 'K04', 'K05', 'K06'] },
  { id: 'B2', zh: '决定解决', en: 'Decides to solve', items: ['K08', 'K09', 'K10', 'K11'] },
  { id: 'B3', zh: '制定标准', en: 'Sets criteria', items: ['K12', 'K13'] },
  { id: 'B4', zh: '选择评价', en: 'Evaluates and selects', items: ['K14', 'K15'] },
  { id: 'B5', zh: '实际购买', en: 'Buys', items: ['K16', 'K17', 'K18', 'K19'] },
  { id: 'B6', zh: '感受反馈', en: 'Experiences and feeds back', items: ['K20', 'K21', 'K22'] },
] as const satisfies readonly (Bilingual & { id: string; items: readonly ItemId[] })[];

export type BuyerStage = (typeof BUYER_STAGES)[number];
export type BuyerStageId = BuyerStage['id'];
