import type { Bilingual } from './bilingual';

/**
 * The 22 verifiable buyer actions, in milestone order (methodology.md §3).
 * `milestone` is the milestone the item belongs to; `stage` the buyer stage (§4),
 * null for K07 — the letter to the contact is the seller's own step.
 */
export const CHECKLIST = [
  { id: 'K01', milestone: 'M1', stage: 'B1', zh: '客户现在使用的产品有什么问题吗?', en: 'Does the product the customer uses now have problems?' },
  { id: 'K02', milestone: 'M1', stage: 'B1', zh: '你找到客户潜在的问题和痛苦了吗?', en: 'Have you found the customer’s latent problems and pain?' },
  { id: 'K03', milestone: 'M1', stage: 'B1', zh: '经办人承认问题和痛苦', en: 'Contact admits the problem and pain' },
  { id: 'K04', milestone: 'M1', stage: 'B1', zh: '经办人拥有具价值的购买愿景', en: 'Contact holds a valuable buying vision' },
  { id: 'K05', milestone: 'M1', stage: 'B1', zh: '经办人同意继续探究', en: 'Contact agrees to keep exploring' },
  { id: 'K06', milestone: 'M2', stage: 'B1', zh: '经办人同意引荐决策者', en: 'Contact agrees to introduce the decision maker' },
  { id: 'K07', milestone: 'M2', stage: null, zh: '将以上共识整理到经办人信函中', en: 'Consensus written up in a letter to the contact' },
  { id: 'K08', milestone: 'M2', stage: 'B2', zh: '接触决策者', en: 'Decision maker reached' },
  { id: 'K09', milestone: 'M3', stage: 'B2', zh: '决策者承认问题和痛苦', en: 'Decision maker admits the problem and pain' },
  { id: 'K10', milestone: 'M3', stage: 'B2', zh: '决策者拥有具价值的购买远景', en: 'Decision maker holds a valuable buying vision' },
  { id: 'K11', milestone: 'M3', stage: 'B2', zh: '决策者同意继续探究', en: 'Decision maker agrees to keep exploring' },
  { id: 'K12', milestone: 'M3', stage: 'B3', zh: '满足客户价值的产品性状陈列', en: 'Product capabilities that meet the customer’s value presented' },
  { id: 'K13', milestone: 'M3', stage: 'B3', zh: '产品性状陈列得到确认', en: 'Presentation of capabilities confirmed' },
  { id: 'K14', milestone: 'M4', stage: 'B4', zh: '按标准选择供应商和产品', en: 'Supplier and product chosen by the criteria' },
  { id: 'K15', milestone: 'M4', stage: 'B4', zh: '要求交易定案', en: 'Asked for the decision' },
  { id: 'K16', milestone: 'M5', stage: 'B5', zh: '提议定案,做出决策', en: 'Close proposed, decision taken' },
  { id: 'K17', milestone: 'M5', stage: 'B5', zh: '获得口头同意', en: 'Verbal agreement obtained' },
  { id: 'K18', milestone: 'M5', stage: 'B5', zh: '进行合约内容协商', en: 'Contract terms negotiated' },
  { id: 'K19', milestone: 'M6', stage: 'B5', zh: '签约', en: 'Contract signed' },
  { id: 'K20', milestone: 'M6', stage: 'B6', zh: '售后服务', en: 'After-sales service' },
  { id: 'K21', milestone: 'M6', stage: 'B6', zh: '客户使用信息反馈', en: 'Customer usage feedback' },
  { id: 'K22', milestone: 'M6', stage: 'B6', zh: '更新潜在客户资料库', en: 'Prospect database updated' },
] as const satisfies readonly (Bilingual & { id: string; milestone: string; stage: string | null })[];

export type ChecklistItem = (typeof CHECKLIST)[number];
export type ItemId = ChecklistItem['id'];

/** Number of checklist cells every opportunity has. */
export const CHECKLIST_LENGTH = CHECKLIST.length;
