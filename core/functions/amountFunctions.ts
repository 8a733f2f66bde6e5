import { parseAmount } from '../cells/amount';
import { isBlank } from '../cells/cellValue';
import { FunnelBuilder } from '../funnel';
import { parseMilestone } from '../lookup';
import { probabilities } from './checklistArgs';
import { declareFunction, param, withTail } from './declare';
import { CELL_OR_COLUMN, CHECKLIST_OR_MILESTONE } from './params';
import { asColumn, asResultColumn, at, commonHeight, mapRows, sideBySide } from './shapes';

/** Money: the weighted amount of each opportunity, and the funnel over a list of them. */

const AMOUNT_PARAM = param('amount', '金额', {
  description: withTail(
    { zh: '金额:数字或如 1,200、¥1,200、12万 的文本(空白为 0)', en: 'the amount: a number, or text such as 1,200, ¥1,200 or 12万 (blank is 0)' },
    CELL_OR_COLUMN,
  ),
});

const WEIGHT_PARAM = param('checklist_or_milestone_or_probability', '清单或里程碑或概率', {
  description: withTail(CHECKLIST_OR_MILESTONE.description, { zh: '或 0–1 的任意概率', en: 'or any probability from 0 to 1' }),
});

export const WEIGHTED_AMOUNT = declareFunction('WEIGHTED_AMOUNT', '加权金额', {
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
});

const FUNNEL_PARAMS = [
  param('milestones', '里程碑', {
    description: {
      zh: '各机会的里程碑:名称(中文或英文)、编号 M1–M6 或概率,一列;里程碑与金额都空白的行不计',
      en: 'each opportunity’s milestone: a name (zh or en), an id M1–M6 or a probability, in one column; rows with neither milestone nor amount are skipped',
    },
  }),
  param('amounts', '金额', {
    description: {
      zh: '各机会的金额,与里程碑同高的一列(可省略)',
      en: 'each opportunity’s amount, a column as tall as the milestones (optional)',
    },
    optional: true,
  }),
];

export const FUNNEL = declareFunction('FUNNEL', '销售漏斗', {
  description: {
    zh: '销售漏斗,展开为表,每个里程碑一行:名称、数量、金额、加权金额、转化率',
    en: 'The sales funnel as a spilled table, one row per milestone: name, count, amount, weighted amount, conversion',
  },
  params: FUNNEL_PARAMS,
  result: 'any',
  example: {
    formula: '=FUNNEL(C2:C200, D2:D200)',
    result: { zh: '未合格 | 3 | 50000 | 0 | … (7 行)', en: 'Not qualified | 3 | 50000 | 0 | … (7 rows)' },
  },
  implementation: (args, lang) => {
    const { columns, n } = sideBySide(args, FUNNEL_PARAMS);
    const [milestones, amounts] = columns;
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
});
