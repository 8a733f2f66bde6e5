import type { Bilingual } from './bilingual';
import type { BuyerStageId } from './buyerStages';

/** The seller's cycle, PCSS (methodology.md §5): each step answers one buyer stage. */
export const SELLER_STEPS = [
  { id: 'S1', zh: '探察聆听', en: 'Probe and listen', matches: 'B1' },
  { id: 'S2', zh: '试探冲击', en: 'Test the impact', matches: 'B2' },
  { id: 'S3', zh: '确认需求', en: 'Confirm needs', matches: 'B3' },
  { id: 'S4', zh: '展示说服', en: 'Demonstrate and persuade', matches: 'B4' },
  { id: 'S5', zh: '要求生意', en: 'Ask for the business', matches: 'B5' },
  { id: 'S6', zh: '跟踪维护', en: 'Follow up and maintain', matches: 'B6' },
] as const satisfies readonly (Bilingual & { id: string; matches: BuyerStageId })[];

/** Other names the source uses for the same steps; accepted as input. */
export const SELLER_STEP_ALIASES: Readonly<Record<string, SellerStepId>> = {
  要求成交: 'S5',
  追踪维护: 'S6',
  演示说服: 'S4',
};

export type SellerStep = (typeof SELLER_STEPS)[number];
export type SellerStepId = SellerStep['id'];
