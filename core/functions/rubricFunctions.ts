import { parseFactor, parseRole } from '../lookup';
import { findLevel, levelScore, rubricLevels } from '../rubric';
import { FACTOR_PARAM, ROLE_PARAM } from './params';
import { asColumn, asResultColumn, at, commonHeight, mapRows, single } from './shapes';
import type { FunctionDeclaration, ParamDeclaration } from './types';

/** The scoring rubrics: one level's score, or a factor's whole table. */

const LEVEL_PARAM: ParamDeclaration = {
  id: 'level',
  name: { zh: '等级', en: 'level' },
  description: {
    zh: '评分等级:编号(如 P5)、描述(如 客户承认痛苦)或两者(P5 客户承认痛苦);单元格或一列',
    en: 'the rubric level: its code (e.g. P5), its description (e.g. Customer admits the pain) or both; a cell or a column',
  },
};

const RUBRIC_SCORE_PARAMS = [
  { ...FACTOR_PARAM, description: { zh: `${FACTOR_PARAM.description.zh};单元格或一列`, en: `${FACTOR_PARAM.description.en}; a cell or a column` } },
  LEVEL_PARAM,
  ROLE_PARAM,
] as const;

export const RUBRIC_SCORE: FunctionDeclaration = {
  id: 'RUBRIC_SCORE',
  name: { zh: '等级得分', en: 'RUBRIC_SCORE' },
  description: {
    zh: '评分标准中某因素某等级的得分(按经办人或决策者)',
    en: "The rubric's score for a factor's level (for the contact or the decision maker)",
  },
  params: RUBRIC_SCORE_PARAMS,
  result: 'number',
  example: { formula: '=RUBRIC_SCORE("problem", "P5", "decision maker")', result: { zh: '20', en: '20' } },
  implementation: (args) => {
    const columns = RUBRIC_SCORE_PARAMS.map((p, i) => asColumn(args[i], p));
    const n = commonHeight(
      columns.map((c) => c.length),
      RUBRIC_SCORE_PARAMS,
    );
    const [factors, levels, roles] = columns;
    return asResultColumn(
      mapRows(n, (r) => {
        const factor = parseFactor(at(factors, r));
        return levelScore(findLevel(factor, at(levels, r)), parseRole(at(roles, r)));
      }),
    );
  },
};

export const RUBRIC_LEVELS: FunctionDeclaration = {
  id: 'RUBRIC_LEVELS',
  name: { zh: '评分等级表', en: 'RUBRIC_LEVELS' },
  description: {
    zh: '某因素的评分标准,展开为表:编号、描述、得分',
    en: "A factor's rubric as a spilled table: code, description, score",
  },
  params: [FACTOR_PARAM, ROLE_PARAM],
  result: 'any',
  example: { formula: '=RUBRIC_LEVELS("vision")', result: { zh: 'V0 | 未创造远景/或竞争性愿景 | 0 …', en: 'V0 | No vision, or a competitor’s vision | 0 …' } },
  implementation: (args, lang) =>
    rubricLevels(single(args[0], FACTOR_PARAM), single(args[1], ROLE_PARAM)).map(({ level, score }) => [level.code, level[lang], score]),
};
