/**
 * 五种参与决策人 on the key opportunity brief: who plays each role (name, title), the decision
 * maker being the brief's own 决策者 columns, and the coverage (named roles of five) by formula.
 * Beside the Power score on the intensity tab, the Power check: Power above what the rubric gives
 * without the decision maker, while the brief names none (buyingRoleRules.ts).
 */
import { POWER_CHECK, POWER_WITHOUT_DECISION_MAKER, powerNeedsDecisionMaker, roleCoverage } from '../buyingRoleRules';
import { BUYING_ROLES } from '../methodology/buyingRoles';
import { cellRef } from './a1';
import type { ColumnSpec, LayoutContext } from './columns';
import type { FormulaColumn } from './keyedTab';
import { logColumn, sameAs } from './signalColumns';

/** The brief's columns the role formulas read: the decision maker's name, then the four other roles' name and title. */
export const BRIEF = { opportunity: 0, customer: 1, decisionMaker: 9, firstRole: 17, coverage: 17 + 2 * (BUYING_ROLES.length - 1) } as const;

const OTHER_ROLES = BUYING_ROLES.filter((r) => r.key !== 'decisionMaker');

/** The brief's new columns: each role but the decision maker, name and title; then the coverage, shown as n/5. */
export const BRIEF_ROLE_COLUMNS: readonly ColumnSpec[] = [
  ...OTHER_ROLES.flatMap((r): ColumnSpec[] => [
    { header: { zh: `${r.zh}姓名`, en: `${r.en} name` }, width: 10 },
    { header: { zh: `${r.zh}职务`, en: `${r.en} title` }, width: 10 },
  ]),
  { header: { zh: '角色覆盖', en: 'Roles covered' }, width: 9, format: `0"/${BUYING_ROLES.length}"` },
];

/** The name cells of the five roles on a brief row, in BUYING_ROLES order. */
const nameCols = [BRIEF.decisionMaker, ...OTHER_ROLES.map((_, i) => BRIEF.firstRole + 2 * i)];

/** Named roles of the five, as core's roleCoverage; blank on a row with neither opportunity nor customer. */
export function coverageFormula(row: number): string {
  const named = nameCols.map((c) => `(TRIM(${cellRef(row, c)})<>"")`).join('+');
  return `IF(TRIM(${cellRef(row, BRIEF.opportunity)})&TRIM(${cellRef(row, BRIEF.customer)})="","",${named})`;
}

export const BRIEF_FORMULAS: readonly FormulaColumn[] = [
  {
    col: BRIEF.coverage,
    formula: coverageFormula,
    value: (c) => (roleCoverage([c[BRIEF.opportunity], c[BRIEF.customer]]) === 0 ? '' : roleCoverage(nameCols.map((k) => c[k]))),
  },
];

/**
 * The Power check of an intensity row (opportunity, customer in its first two columns): the
 * Power score (a formula cell) above POWER_WITHOUT_DECISION_MAKER — methodology.md §2, 权力评分:
 * W4 决策者同意继续探究 (10) and up are the decision maker's own agreement — while no brief row of
 * the deal names a decision maker.
 */
export function powerCheckFormula(row: number, powerCol: number, ctx: LayoutContext): string {
  const col = (c: number) => logColumn(ctx, 'brief', c);
  const named = `SUMPRODUCT(${sameAs(col(BRIEF.opportunity), cellRef(row, 0))}*${sameAs(col(BRIEF.customer), cellRef(row, 1))}*(TRIM(${col(BRIEF.decisionMaker)})<>""))`;
  const power = cellRef(row, powerCol);
  return `IF(ISNUMBER(${power}),IF(AND(${power}>${POWER_WITHOUT_DECISION_MAKER},${named}=0),"${POWER_CHECK[ctx.lang]}",""),"")`;
}

/** Its value: `named` tells whether the brief names the deal's decision maker (undefined: not read, left to the engine). */
export function powerCheckValue(power: unknown, named: boolean, ctx: LayoutContext): string {
  return powerNeedsDecisionMaker(power, named) ? POWER_CHECK[ctx.lang] : '';
}

/** The deals (visitDealKey) whose brief rows name a decision maker. */
export function namedDecisionMakers(sheet: { rows: readonly (readonly unknown[] | undefined)[] } | undefined, key: (opportunity: unknown, customer: unknown) => string): Set<string> {
  const out = new Set<string>();
  if (!sheet) return out;
  for (let r = 2; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (row && roleCoverage([row[BRIEF.decisionMaker]]) > 0) out.add(key(row[BRIEF.opportunity], row[BRIEF.customer]));
  }
  return out;
}
