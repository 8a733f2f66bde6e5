import type { Bilingual } from '../methodology/bilingual';
import { FACTORS } from '../methodology/factors';
import { param } from './declare';
import type { ParamDeclaration } from './types';

/** Parameters several functions share, declared once so their wording stays the same. */

const SCORE_TAIL = {
  zh: '0–20 的得分(空白为 0):单个单元格或一列',
  en: 'score 0–20 (blank is 0): one cell or one column',
};

/**
 * One parameter per 5K factor, in factor order, from the factor table itself; the first also
 * takes the whole five-column range. Ids are the factor keys (published: never change).
 */
export const FIVE_SCORES: readonly ParamDeclaration[] = FACTORS.map((f, i) =>
  param(f.key, f.zh, {
    description:
      i === 0
        ? {
            zh: `${f.zh}${SCORE_TAIL.zh};或 5 列宽的区域(${FACTORS.map((x) => x.zh).join('、')}),此时省略其余参数`,
            en: `${f.en} ${SCORE_TAIL.en}; or a range five columns wide (${FACTORS.map((x) => x.key).join(', ')}), leaving the rest out`,
          }
        : { zh: `${f.zh}${SCORE_TAIL.zh}`, en: `${f.en} ${SCORE_TAIL.en}` },
    ...(i === 0 ? {} : { optional: true }),
  }),
);

/** What a parameter taking one value per row adds to its description. */
export const CELL_OR_COLUMN = { zh: '单元格或一列', en: 'a cell or a column' };

/** The description of a column with a cell per opportunity: each opportunity's `what`, one column; then how a cell is read. */
export function perOpportunity(what: Bilingual, rule: Bilingual): Bilingual {
  return { zh: `各机会的${what.zh},一列;${rule.zh}`, en: `each opportunity’s ${what.en}, one column; ${rule.en}` };
}

export const CHECKLIST_PARAM = param('checklist', '清单', {
  description: {
    zh: '里程碑清单 K01–K22 的 22 个勾选单元格,一行或一列;22 列宽、N 行高的区域得到 N 个结果',
    en: 'the 22 check cells K01–K22 of the milestone checklist, as a row or a column; a range 22 wide and N tall gives N results',
  },
});

export const CHECKLIST_OR_MILESTONE = param('checklist_or_milestone', '清单或里程碑', {
  description: {
    zh: '22 个勾选单元格(一行、一列或 22 列宽的区域),或里程碑名称/编号/概率(单元格或一列)',
    en: 'the 22 check cells (a row, a column or a range 22 wide), or milestone names, ids or probabilities (a cell or a column)',
  },
});

/** How a user may name a factor: its Chinese name or its key, as the factor table has them. */
function factorNames(): Bilingual {
  const zh = FACTORS.map((f) => f.zh).join('/');
  const keys = FACTORS.map((f) => f.key).join('/');
  return { zh: `${zh} 或 ${keys},不分大小写`, en: `${zh} or ${keys}, any case` };
}

export const FACTOR_PARAM = param('factor', '因素', { description: factorNames() });

export const ROLE_PARAM = param('role', '角色', {
  description: {
    zh: '经办人(默认)或 决策者;权力与控制忽略此参数',
    en: 'contact (the default) or decision maker (经办人/决策者); ignored for power and control',
  },
  optional: true,
});
