import type { Bilingual } from './bilingual';
import type { FactorKey } from './factors';

export interface RubricLevel extends Bilingual {
  /** P0..P5, W0..W7, V0..V3, U0..U6, C0..C6 */
  readonly code: string;
  /** Score when the level is reached with the contact (经办人). */
  readonly contact: number;
  /** Score when reached with the decision maker (决策者); equals `contact` for one-column rubrics. */
  readonly decisionMaker: number;
}

/** The five scoring rubrics (methodology.md §2), exactly as transcribed. */
export const RUBRICS = {
  problem: [
    { code: 'P0', contact: 0, decisionMaker: 12, zh: '销售人员无法描述需求、痛苦或原因', en: 'Rep cannot describe the need, pain or cause' },
    { code: 'P1', contact: 2, decisionMaker: 13, zh: '销售人员假设客户需求', en: 'Rep assumes the need' },
    { code: 'P2', contact: 4, decisionMaker: 14, zh: '销售人员假设痛苦', en: 'Rep assumes the pain' },
    { code: 'P3', contact: 6, decisionMaker: 16, zh: '客户承认需求', en: 'Customer admits the need' },
    { code: 'P4', contact: 8, decisionMaker: 18, zh: '客户承认原因/症状', en: 'Customer admits the cause/symptoms' },
    { code: 'P5', contact: 10, decisionMaker: 20, zh: '客户承认痛苦', en: 'Customer admits the pain' },
  ],
  power: [
    { code: 'W0', contact: 0, decisionMaker: 0, zh: '不知决策者是谁', en: 'Decision maker unknown' },
    { code: 'W1', contact: 4, decisionMaker: 4, zh: '已知决策者是谁', en: 'Decision maker known' },
    { code: 'W2', contact: 8, decisionMaker: 8, zh: '了解购买与决策流程', en: 'Buying and decision process understood' },
    { code: 'W3', contact: 9, decisionMaker: 9, zh: '经办人同意引荐决策者', en: 'Contact agrees to introduce the decision maker' },
    { code: 'W4', contact: 10, decisionMaker: 10, zh: '决策者同意继续探究', en: 'Decision maker agrees to keep exploring' },
    { code: 'W5', contact: 14, decisionMaker: 14, zh: '决策者同意价值计划内容', en: 'Decision maker agrees to the value plan' },
    { code: 'W6', contact: 16, decisionMaker: 16, zh: '决策者同意提案内容', en: 'Decision maker agrees to the proposal' },
    { code: 'W7', contact: 20, decisionMaker: 20, zh: '决策者同意购买', en: 'Decision maker agrees to buy' },
  ],
  vision: [
    { code: 'V0', contact: 0, decisionMaker: 8, zh: '未创造远景/或竞争性愿景', en: 'No vision, or a competitor’s vision' },
    { code: 'V1', contact: 2, decisionMaker: 10, zh: '以产品为前提创造愿景', en: 'Vision built around the product' },
    { code: 'V2', contact: 4, decisionMaker: 15, zh: '区隔愿景', en: 'Differentiated vision' },
    { code: 'V3', contact: 6, decisionMaker: 20, zh: '客户同意愿景', en: 'Customer agrees to the vision' },
  ],
  // U0's Chinese text says 未找出愿景 in the source; it means "no value identified". Kept as written.
  value: [
    { code: 'U0', contact: 0, decisionMaker: 8, zh: '未找出愿景', en: 'No value identified' },
    { code: 'U1', contact: 1, decisionMaker: 10, zh: '客户要求的解决方案无法量化', en: 'Requested solution cannot be quantified' },
    { code: 'U2', contact: 2, decisionMaker: 12, zh: '销售人员找出价值', en: 'Rep identified the value' },
    { code: 'U3', contact: 3, decisionMaker: 14, zh: '客户陈述该价值', en: 'Customer states the value' },
    { code: 'U4', contact: 4, decisionMaker: 16, zh: '客户进行价值验证', en: 'Customer verifies the value' },
    { code: 'U5', contact: 5, decisionMaker: 18, zh: '客户与销售人员共同进行价值验证', en: 'Customer and rep verify the value together' },
    { code: 'U6', contact: 6, decisionMaker: 20, zh: '客户同意共同价值并符合财务标准', en: 'Customer agrees the joint value and it meets financial criteria' },
  ],
  control: [
    { code: 'C0', contact: 0, decisionMaker: 0, zh: '无任何书面记录', en: 'Nothing in writing' },
    { code: 'C1', contact: 4, decisionMaker: 4, zh: '经办人陈述并承认问题和痛苦', en: 'Contact states and admits the problem and pain' },
    { code: 'C2', contact: 8, decisionMaker: 8, zh: '经办人引荐决策者', en: 'Contact introduces the decision maker' },
    { code: 'C3', contact: 10, decisionMaker: 10, zh: '决策者承认问题并探讨解决方案', en: 'Decision maker admits the problem and discusses solutions' },
    { code: 'C4', contact: 14, decisionMaker: 14, zh: '决策者确认并进一步修改方案', en: 'Decision maker confirms and refines the proposal' },
    { code: 'C5', contact: 16, decisionMaker: 16, zh: '进行提案前审查', en: 'Pre-proposal review held' },
    { code: 'C6', contact: 20, decisionMaker: 20, zh: '评估计划完成', en: 'Evaluation plan completed' },
  ],
} as const satisfies Record<FactorKey, readonly RubricLevel[]>;
