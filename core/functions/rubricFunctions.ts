import { parseFactor, parseRole } from '../lookup';
import { findLevel, levelScore, rubricLevels } from '../rubric';
import { declareFunction, param, withTail } from './declare';
import { CELL_OR_COLUMN, FACTOR_PARAM, ROLE_PARAM } from './params';
import { asResultColumn, at, mapRows, sideBySide, single } from './shapes';

/** The scoring rubrics: one level's score, or a factor's whole table. */

const LEVEL_PARAM = param('level', '等级', {
  description: withTail(
    {
      zh: '评分等级:编号(如 P5)、描述(如 客户承认痛苦)或两者(P5 客户承认痛苦)',
      en: 'the rubric level: its code (e.g. P5), its description (e.g. Customer admits the pain) or both',
    },
    CELL_OR_COLUMN,
  ),
});

const RUBRIC_SCORE_PARAMS = [{ ...FACTOR_PARAM, description: withTail(FACTOR_PARAM.description, CELL_OR_COLUMN) }, LEVEL_PARAM, ROLE_PARAM];

export const RUBRIC_SCORE = declareFunction('RUBRIC_SCORE', '等级得分', {
  description: {
    zh: '评分标准中某因素某等级的得分(按经办人或决策者)',
    en: "The rubric's score for a factor's level (for the contact or the decision maker)",
  },
  params: RUBRIC_SCORE_PARAMS,
  result: 'number',
  example: { formula: '=RUBRIC_SCORE("problem", "P5", "decision maker")', result: { zh: '20', en: '20' } },
  implementation: (args) => {
    const { columns, n } = sideBySide(args, RUBRIC_SCORE_PARAMS);
    const [factors, levels, roles] = columns;
    return asResultColumn(
      mapRows(n, (r) => {
        const factor = parseFactor(at(factors, r));
        return levelScore(findLevel(factor, at(levels, r)), parseRole(at(roles, r)));
      }),
    );
  },
});

export const RUBRIC_LEVELS = declareFunction('RUBRIC_LEVELS', '评分等级表', {
  description: {
    zh: '某因素的评分标准,展开为表:编号、描述、得分',
    en: "A factor's rubric as a spilled table: code, description, score",
  },
  params: [FACTOR_PARAM, ROLE_PARAM],
  result: 'any',
  example: { formula: '=RUBRIC_LEVELS("vision")', result: { zh: 'V0 | 未创造远景/或竞争性愿景 | 0 …', en: 'V0 | No vision, or a competitor’s vision | 0 …' } },
  implementation: (args, lang) =>
    rubricLevels(single(args[0], FACTOR_PARAM), single(args[1], ROLE_PARAM)).map(({ level, score }) => [level.code, level[lang], score]),
});
