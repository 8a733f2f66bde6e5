import { customerGrade } from '../customerGrade';
import { asColumn, asResultColumn, at, commonHeight, mapRows } from './shapes';
import type { FunctionDeclaration, ParamDeclaration } from './types';

/** 客户等级: relationship against attractiveness and potential. */

const GRADE_PARAMS: readonly ParamDeclaration[] = [
  {
    id: 'relationship',
    name: { zh: '关系', en: 'relationship' },
    description: {
      zh: '与客户的关系:高/低、high/low,或与阈值比较的数字;单元格或一列',
      en: 'the relationship with the customer: 高/低, high/low, or a number compared with the threshold; a cell or a column',
    },
  },
  {
    id: 'attractiveness',
    name: { zh: '吸引力与潜力', en: 'attractiveness' },
    description: {
      zh: '客户的吸引力与潜力:高/低、high/low,或与阈值比较的数字;单元格或一列',
      en: 'the customer’s attractiveness and potential: 高/低, high/low, or a number compared with the threshold; a cell or a column',
    },
  },
  {
    id: 'threshold',
    name: { zh: '阈值', en: 'threshold' },
    description: {
      zh: '数字达到或超过此值为高;默认 3(1–5 分制)',
      en: 'numbers at or above this are high; 3 by default (a 1–5 rating)',
    },
    optional: true,
  },
];

export const CUSTOMER_GRADE: FunctionDeclaration = {
  id: 'CUSTOMER_GRADE',
  name: { zh: '客户等级', en: 'CUSTOMER_GRADE' },
  description: {
    zh: '客户等级:重点客户、可能客户、普通客户 或 忽略',
    en: 'The customer grade: Key account, Possible account, Ordinary account or Ignore',
  },
  params: GRADE_PARAMS,
  result: 'string',
  example: { formula: '=CUSTOMER_GRADE("high", 2)', result: { zh: '普通客户', en: 'Ordinary account' } },
  implementation: (args, lang) => {
    const columns = GRADE_PARAMS.map((p, i) => asColumn(args[i], p));
    const n = commonHeight(
      columns.map((c) => c.length),
      GRADE_PARAMS,
    );
    const [relationship, attractiveness, threshold] = columns;
    return asResultColumn(mapRows(n, (r) => customerGrade(at(relationship, r), at(attractiveness, r), at(threshold, r))[lang]));
  },
};
