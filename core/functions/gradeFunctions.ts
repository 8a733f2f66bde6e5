import { customerGrade } from '../customerGrade';
import { declareFunction, param, withTail } from './declare';
import { CELL_OR_COLUMN } from './params';
import { asResultColumn, at, mapRows, sideBySide } from './shapes';

/** 客户等级: relationship against attractiveness and potential. */

/** How relationship and attractiveness are both read. */
const HIGH_OR_LOW = { zh: '高/低、high/low,或与阈值比较的数字', en: '高/低, high/low, or a number compared with the threshold' };

const GRADE_PARAMS = [
  param('relationship', '关系', {
    description: withTail({ zh: `与客户的关系:${HIGH_OR_LOW.zh}`, en: `the relationship with the customer: ${HIGH_OR_LOW.en}` }, CELL_OR_COLUMN),
  }),
  param('attractiveness', '吸引力与潜力', {
    description: withTail(
      { zh: `客户的吸引力与潜力:${HIGH_OR_LOW.zh}`, en: `the customer’s attractiveness and potential: ${HIGH_OR_LOW.en}` },
      CELL_OR_COLUMN,
    ),
  }),
  param('threshold', '阈值', {
    description: {
      zh: '数字达到或超过此值为高;默认 3(1–5 分制)',
      en: 'numbers at or above this are high; 3 by default (a 1–5 rating)',
    },
    optional: true,
  }),
];

export const CUSTOMER_GRADE = declareFunction('CUSTOMER_GRADE', '客户等级', {
  description: {
    zh: '客户等级:重点客户、可能客户、普通客户 或 忽略',
    en: 'The customer grade: Key account, Possible account, Ordinary account or Ignore',
  },
  params: GRADE_PARAMS,
  result: 'string',
  example: { formula: '=CUSTOMER_GRADE("high", 2)', result: { zh: '普通客户', en: 'Ordinary account' } },
  implementation: (args, lang) => {
    const { columns, n } = sideBySide(args, GRADE_PARAMS);
    const [relationship, attractiveness, threshold] = columns;
    return asResultColumn(mapRows(n, (r) => customerGrade(at(relationship, r), at(attractiveness, r), at(threshold, r))[lang]));
  },
});
