import { parseAmount } from '../cells/amount';
import { isBlank } from '../cells/cellValue';
import { FunnelBuilder } from '../funnel';
import { parseMilestone } from '../lookup';
import { probabilities } from './checklistArgs';
import { CHECKLIST_OR_MILESTONE } from './params';
import { asColumn, asResultColumn, at, commonHeight, mapRows } from './shapes';
import type { FunctionDeclaration, ParamDeclaration } from './types';

/** Money: the weighted amount of each opportunity, and the funnel over a list of them. */

const AMOUNT_PARAM: ParamDeclaration = {
  id: 'amount',
  name: { zh: '金额', en: 'amount' },
  description: {
    zh: '金额:数字或如 1,200、¥1,200、12万 的文本(空白为 0);单元格或一列',
    en: 'the amount: a number, or text such as 1,200, ¥1,200 or 12万 (blank is 0); a cell or a column',
  },
};

const WEIGHT_PARAM: ParamDeclaration = {
  id: 'checklist_or_milestone_or_probability',
  name: { zh: '清单或里程碑或概率', en: 'checklist_or_milestone_or_probability' },
  description: {
    zh: `${CHECKLIST_OR_MILESTONE.description.zh};或 0–1 的任意概率`,
    en: `${CHECKLIST_OR_MILESTONE.description.en}; or any probability from 0 to 1`,
  },
};

export const WEIGHTED_AMOUNT: FunctionDeclaration = {
  id: 'WEIGHTED_AMOUNT',
  name: { zh: '加权金额', en: 'WEIGHTED_AMOUNT' },
  description: {
    zh: '加权金额:金额 × 里程碑概率',
    en: 'The weighted amount: amount × the milestone probability',
  },
  params: [AMOUNT_PARAM, WEIGHT_PARAM],
  result: 'number',
  example: { formula: '=WEIGHTED_AMOUNT(120000, "Qualified decision maker")', result: { zh: '60000', en: '60000' } },
  implementation: (args) => {
    const amounts = asColumn(args[0], AMOUNT_PARAM);
    const weights = probabilities(args[1], true);
    const n = commonHeight([amounts.length, weights.length], [AMOUNT_PARAM, WEIGHT_PARAM]);
    return asResultColumn(mapRows(n, (r) => parseAmount(at(amounts, r)) * at(weights, r)));
  },
};

const MILESTONES_PARAM: ParamDeclaration = {
  id: 'milestones',
  name: { zh: '里程碑', en: 'milestones' },
  description: {
    zh: '各机会的里程碑:名称(中文或英文)、编号 M1–M6 或概率,一列;里程碑与金额都空白的行不计',
    en: 'each opportunity’s milestone: a name (zh or en), an id M1–M6 or a probability, in one column; rows with neither milestone nor amount are skipped',
  },
};

const AMOUNTS_PARAM: ParamDeclaration = {
  id: 'amounts',
  name: { zh: '金额', en: 'amounts' },
  description: {
    zh: '各机会的金额,与里程碑同高的一列(可省略)',
    en: 'each opportunity’s amount, a column as tall as the milestones (optional)',
  },
  optional: true,
};

export const FUNNEL: FunctionDeclaration = {
  id: 'FUNNEL',
  name: { zh: '销售漏斗', en: 'FUNNEL' },
  description: {
    zh: '销售漏斗,展开为表,每个里程碑一行:名称、数量、金额、加权金额、转化率',
    en: 'The sales funnel as a spilled table, one row per milestone: name, count, amount, weighted amount, conversion',
  },
  params: [MILESTONES_PARAM, AMOUNTS_PARAM],
  result: 'any',
  example: {
    formula: '=FUNNEL(C2:C200, D2:D200)',
    result: { zh: '未合格 | 3 | 50000 | 0 | … (7 行)', en: 'Not qualified | 3 | 50000 | 0 | … (7 rows)' },
  },
  implementation: (args, lang) => {
    const milestones = asColumn(args[0], MILESTONES_PARAM);
    const amounts = asColumn(args[1], AMOUNTS_PARAM);
    const n = commonHeight([milestones.length, amounts.length], [MILESTONES_PARAM, AMOUNTS_PARAM]);
    const builder = new FunnelBuilder();
    mapRows(n, (r) => {
      const milestone = at(milestones, r);
      const amount = at(amounts, r);
      if (isBlank(milestone) && isBlank(amount)) return;
      builder.add(parseMilestone(milestone), parseAmount(amount));
    });
    return builder
      .build()
      .rows.map((row) => [row.milestone[lang], row.count, row.amount, row.weighted, row.conversion === null ? '' : row.conversion]);
  },
};
