import { fiveKIndex, salesIntensity, weakestFactor } from '../intensity';
import { declareFunction } from './declare';
import { FIVE_SCORES } from './params';
import { scoreRows } from './scoreArgs';
import { asResultColumn } from './shapes';

/** The 5K scores: sum, product and weakest factor, one result per row of scores. */

export const SALES_INTENSITY = declareFunction('SALES_INTENSITY', '销售强度', {
  description: {
    zh: '销售强度:五个因素得分之和,0–100',
    en: 'Sales intensity: the sum of the five factor scores, 0–100',
  },
  params: FIVE_SCORES,
  result: 'number',
  example: { formula: '=SALES_INTENSITY(10, 8, 6, 3, 4)', result: { zh: '31', en: '31' } },
  implementation: (args) => asResultColumn(scoreRows(args).map(salesIntensity)),
});

export const FIVEK_INDEX = declareFunction('FIVEK_INDEX', '五K指数', {
  description: {
    zh: '5K 指数:各因素得分/20 的乘积,0–1;任一因素为 0 则为 0',
    en: 'The 5K index: the product of each score/20, 0–1; any factor at zero makes it 0',
  },
  params: FIVE_SCORES,
  result: 'number',
  example: { formula: '=FIVEK_INDEX(20, 20, 10, 20, 20)', result: { zh: '0.5', en: '0.5' } },
  implementation: (args) => asResultColumn(scoreRows(args).map(fiveKIndex)),
});

export const WEAKEST_FACTOR = declareFunction('WEAKEST_FACTOR', '最弱因素', {
  description: {
    zh: '得分最低的因素名称(并列时取靠前者)',
    en: 'The name of the lowest-scoring factor (the first on ties)',
  },
  params: FIVE_SCORES,
  result: 'string',
  example: { formula: '=WEAKEST_FACTOR(10, 8, 6, 3, 4)', result: { zh: '价值', en: 'Value' } },
  implementation: (args, lang) => asResultColumn(scoreRows(args).map((scores) => weakestFactor(scores)[lang])),
});
