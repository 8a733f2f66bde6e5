import { FORMATS, type ColumnSpec } from './columns';
import { OPPORTUNITY_COLUMNS } from './milestonesTab';
import { BRIEF_ROLE_COLUMNS } from './roleColumns';

/** 关键机会简报: for the contact and the decision maker, problem, cause, vision, value; then next steps. */
const PERSON_FIELDS = [
  { zh: '姓名', en: 'name' },
  { zh: '职务', en: 'title' },
  { zh: '问题', en: 'problem' },
  { zh: '原因', en: 'cause' },
  { zh: '愿景', en: 'vision' },
  { zh: '价值', en: 'value' },
] as const;

export const BRIEF_COLUMNS: readonly ColumnSpec[] = [
  ...OPPORTUNITY_COLUMNS,
  ...PERSON_FIELDS.map((f): ColumnSpec => ({ header: { zh: `经办人${f.zh}`, en: `Contact ${f.en}` }, width: f.en === 'name' || f.en === 'title' ? 10 : 22 })),
  ...PERSON_FIELDS.map((f): ColumnSpec => ({ header: { zh: `决策者${f.zh}`, en: `Decision maker ${f.en}` }, width: f.en === 'name' || f.en === 'title' ? 10 : 22 })),
  { header: { zh: '下一步行动', en: 'Next steps' }, width: 30 },
  { header: { zh: '简报日期', en: 'Briefed on' }, width: 12, format: FORMATS.date },
  // 五种参与决策人 (issue 18): added after the columns earlier versions wrote, so their tabs widen in place.
  ...BRIEF_ROLE_COLUMNS,
];
