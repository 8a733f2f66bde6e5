import { buyerStage, nextStep } from '../checklist';
import { MILESTONE_BY_LEVEL } from '../methodology/milestones';
import { checklistLevels, checklistRows, probabilities } from './checklistArgs';
import { declareFunction } from './declare';
import { CHECKLIST_OR_MILESTONE, CHECKLIST_PARAM } from './params';
import { asResultColumn } from './shapes';

/** What a checklist says: milestone, its probability, the buyer's stage, the next step. */

export const MILESTONE = declareFunction('MILESTONE', '里程碑', {
  description: {
    zh: '清单达到的里程碑名称(逐级核实);未达到第一个里程碑为 未合格',
    en: 'The milestone the checklist has reached (each one gated on all earlier items); Not qualified before the first',
  },
  params: [CHECKLIST_PARAM],
  result: 'string',
  example: { formula: '=MILESTONE(E2:Z2)', result: { zh: '合格经办人', en: 'Qualified contact' } },
  implementation: (args, lang) => asResultColumn(checklistLevels(args[0]).map((level) => MILESTONE_BY_LEVEL[level][lang])),
});

export const MILESTONE_PROBABILITY = declareFunction('MILESTONE_PROBABILITY', '里程碑概率', {
  description: {
    zh: '里程碑的成交概率:0、0.1、0.25、0.5、0.75、0.9 或 1',
    en: "The milestone's win probability: 0, 0.1, 0.25, 0.5, 0.75, 0.9 or 1",
  },
  params: [CHECKLIST_OR_MILESTONE],
  result: 'number',
  example: { formula: '=MILESTONE_PROBABILITY("合格决策者")', result: { zh: '0.5', en: '0.5' } },
  implementation: (args) => asResultColumn(probabilities(args[0], false)),
});

export const BUYING_STAGE = declareFunction('BUYING_STAGE', '购买阶段', {
  description: {
    zh: '购买者当前所处的购买循环阶段:第一个有未核实事项的阶段',
    en: "The buyer's current stage: the first stage of the buying cycle with an unverified item",
  },
  params: [CHECKLIST_PARAM],
  result: 'string',
  example: { formula: '=BUYING_STAGE(E2:Z2)', result: { zh: '决定解决', en: 'Decides to solve' } },
  implementation: (args, lang) => asResultColumn(checklistRows(args[0]).map((verified) => buyerStage(verified)[lang])),
});

export const NEXT_STEP = declareFunction('NEXT_STEP', '下一步', {
  description: {
    zh: '第一个未核实事项的内容;全部核实时为空',
    en: 'The text of the first unverified checklist item; empty when every item is verified',
  },
  params: [CHECKLIST_PARAM],
  result: 'string',
  example: { formula: '=NEXT_STEP(E2:Z2)', result: { zh: '接触决策者', en: 'Decision maker reached' } },
  implementation: (args, lang) => asResultColumn(checklistRows(args[0]).map((verified) => nextStep(verified)?.[lang] ?? '')),
});
