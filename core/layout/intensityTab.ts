import { FACTORS, FACTOR_MAX, type Factor } from '../methodology/factors';
import { ROLES } from '../methodology/roles';
import { fiveKIndex, salesIntensity, weakestFactor } from '../intensity';
import { rubricScore } from '../rubric';
import { cellRef, onSheet, rangeRef } from './a1';
import { FORMATS, type ColumnSpec, type LayoutContext } from './columns';
import { OPPORTUNITY_COLUMNS } from './milestonesTab';
import { FACTOR_ROWS, RUBRIC_COL, optionRange } from './rubricsTab';
import type { FormulaColumn } from './formulaValues';
import type { PlanCell } from './types';
import type { CellValue } from '../cells/cellValue';
import { powerCheckFormula, powerCheckValue } from './roleColumns';

/**
 * 销售强度 Sales intensity: per opportunity, each factor's level from a dropdown of the rubric's
 * descriptions, the role where the rubric has two columns, then native formulas for the five
 * scores, the total, the 5K index and the weakest factor.
 */
interface InputColumn {
  factor: Factor;
  kind: 'level' | 'role';
}

const INPUTS: readonly InputColumn[] = FACTORS.flatMap((factor): InputColumn[] =>
  factor.byRole ? [{ factor, kind: 'level' }, { factor, kind: 'role' }] : [{ factor, kind: 'level' }],
);

const FIRST_INPUT = OPPORTUNITY_COLUMNS.length;
const POWER = FACTORS.findIndex((f) => f.key === 'power');

export const IN = {
  firstInput: FIRST_INPUT,
  firstScore: FIRST_INPUT + INPUTS.length,
  total: FIRST_INPUT + INPUTS.length + FACTORS.length,
  fiveK: FIRST_INPUT + INPUTS.length + FACTORS.length + 1,
  weakest: FIRST_INPUT + INPUTS.length + FACTORS.length + 2,
  /** 权力核查: Power above what the rubric gives without the decision maker, none named on the brief (roleColumns.ts). */
  powerCheck: FIRST_INPUT + INPUTS.length + FACTORS.length + 3,
} as const;

/** Column of a factor's level or role input. */
export function inputColumn(factor: Factor['key'], kind: 'level' | 'role'): number {
  const i = INPUTS.findIndex((c) => c.factor.key === factor && c.kind === kind);
  if (i < 0) throw new RangeError(`${factor} has no ${kind} column`);
  return FIRST_INPUT + i;
}

export const INTENSITY_COLUMNS: readonly ColumnSpec[] = [
  ...OPPORTUNITY_COLUMNS,
  ...INPUTS.map((c): ColumnSpec =>
    c.kind === 'level'
      ? {
          header: { zh: `${c.factor.zh}等级`, en: `${c.factor.en} level` },
          width: 30,
          validation: (ctx) => ({ kind: 'listFromRange', sheet: ctx.tabs.rubrics, range: optionRange(c.factor.key) }),
        }
      : {
          header: { zh: `${c.factor.zh}角色`, en: `${c.factor.en} role` },
          width: 10,
          validation: (ctx) => ({ kind: 'list', values: ROLES.map((r) => r[ctx.lang]) }),
        },
  ),
  ...FACTORS.map((f): ColumnSpec => ({ header: { zh: `${f.zh}得分`, en: `${f.en} score` }, width: 9, format: FORMATS.integer })),
  { header: { zh: '销售强度', en: 'Sales intensity' }, width: 10, format: FORMATS.integer },
  { header: { zh: '5K指数', en: '5K index' }, width: 9, format: FORMATS.index },
  { header: { zh: '最弱因素', en: 'Weakest factor' }, width: 10 },
  // Issue 18: after the columns earlier versions wrote (a column inserted by the Power score would move users' cells).
  { header: { zh: '权力核查', en: 'Power check' }, width: 18 },
];

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A factor's score: the level's code (the option text starts with it, "P5 客户承认痛苦") is
 * looked up by MATCH in that factor's own rows of the rubric table, so a code of another factor
 * is #N/A, not a wrong score. Blank scores 0. The role picks the decision-maker column; both
 * languages' role words are accepted (comparison is case-insensitive in every engine).
 */
export function scoreFormula(row: number, factor: Factor, ctx: LayoutContext): string {
  const level = cellRef(row, inputColumn(factor.key, 'level'));
  const rows = FACTOR_ROWS[factor.key];
  const col = (c: number) => onSheet(ctx.tabs.rubrics, rangeRef({ top: rows.top, bottom: rows.bottom, left: c, right: c }, true));
  const match = `MATCH(LEFT(TRIM(${level}),2),${col(RUBRIC_COL.code)},0)`;
  if (!factor.byRole) return `IF(${level}="",0,INDEX(${col(RUBRIC_COL.contact)},${match}))`;
  const role = cellRef(row, inputColumn(factor.key, 'role'));
  const dm = ROLES.find((r) => r.key === 'decisionMaker')!;
  const isDm = `OR(${role}=${quoted(dm.zh)},${role}=${quoted(dm.en)})`;
  // IF around two INDEXes, never INDEX(IF(…ranges…)): LibreOffice would intersect the range.
  return `IF(${level}="",0,IF(${isDm},INDEX(${col(RUBRIC_COL.decisionMaker)},${match}),INDEX(${col(RUBRIC_COL.contact)},${match})))`;
}

function scoresRange(row: number): string {
  return rangeRef({ top: row, bottom: row, left: IN.firstScore, right: IN.firstScore + FACTORS.length - 1 });
}

export function totalFormula(row: number): string {
  return `SUM(${scoresRange(row)})`;
}

/** The 5K index, core's fiveKIndex: the product of score/20; any zero factor makes it 0. */
export function fiveKFormula(row: number): string {
  return `PRODUCT(${scoresRange(row)})/${FACTOR_MAX ** FACTORS.length}`;
}

/** The weakest factor, core's weakestFactor: the first lowest score in factor order. */
export function weakestFormula(row: number, ctx: LayoutContext): string {
  const range = scoresRange(row);
  return `CHOOSE(MATCH(MIN(${range}),${range},0),${FACTORS.map((f) => quoted(f[ctx.lang])).join(',')})`;
}

export interface IntensitySource {
  opportunity: PlanCell;
  customer: PlanCell;
  rep: PlanCell;
}

/** A new row's values: the opportunity, then blank level and role inputs. */
export function intensityValues(source: IntensitySource): PlanCell[] {
  // Made at its length, then filled: pushed, each of 50 000 rows would keep room for 22 cells.
  const cells = new Array<PlanCell>(FIRST_INPUT + INPUTS.length).fill(null);
  cells[0] = source.opportunity;
  cells[1] = source.customer;
  cells[2] = source.rep;
  return cells;
}

/**
 * The formula columns; `namedDecisionMaker` tells the Power check whether the brief names the
 * row's decision maker (undefined: the brief was not read, and the check is known only where it
 * makes no difference: a Power score too low to need a decision maker, as a new row's).
 */
export function intensityFormulas(ctx: LayoutContext, namedDecisionMaker?: (cells: readonly PlanCell[]) => boolean): FormulaColumn[] {
  // Each value is the core function its formula mirrors (checked equal in HyperFormula).
  // Each factor's input columns, found once (a row is scored ten times: its five score columns and the scores the others read).
  const levelCols = FACTORS.map((f) => inputColumn(f.key, 'level'));
  const roleCols = FACTORS.map((f) => (f.byRole ? inputColumn(f.key, 'role') : -1));
  const score = (i: number, cells: readonly PlanCell[]) => {
    const f = FACTORS[i];
    const level = cells[levelCols[i]];
    if (level === null || level === undefined || level === '') return 0;
    const role = f.byRole ? cells[roleCols[i]] : undefined;
    return rubricScore(f.key, level, role === null || role === '' ? undefined : role);
  };
  // Three columns ask for a row's scores: scored once (keyedTab.ts asks a row's columns in turn),
  // into one array filled again for each row (read only while the row's columns are asked).
  const rowScores = new Array<number>(FACTORS.length).fill(0);
  let scored: readonly PlanCell[] | undefined;
  const scores = (cells: readonly PlanCell[]) => {
    if (scored !== cells) {
      scored = undefined;
      for (let i = 0; i < FACTORS.length; i++) rowScores[i] = score(i, cells);
      scored = cells;
    }
    return rowScores;
  };
  const power = (c: readonly PlanCell[], scored: readonly number[]) => {
    const flag = powerCheckValue(scored[POWER], namedDecisionMaker?.(c) ?? false, ctx);
    return namedDecisionMaker || flag === powerCheckValue(scored[POWER], true, ctx) ? flag : undefined;
  };
  // Every column of a row at once, in the order of the columns below (FormulaColumn.fromRow), into
  // one array filled again for each row. Where a score throws (a level no rubric has), resultsOfAll
  // asks each column's own value, and the columns that do not read that score keep theirs.
  const out = new Array<CellValue | undefined>(FACTORS.length + 4).fill(undefined);
  const values = (c: readonly PlanCell[]) => {
    const s = scores(c);
    for (let i = 0; i < FACTORS.length; i++) out[i] = s[i];
    out[FACTORS.length] = salesIntensity(s);
    out[FACTORS.length + 1] = fiveKIndex(s);
    out[FACTORS.length + 2] = weakestFactor(s)[ctx.lang];
    out[FACTORS.length + 3] = power(c, s);
    return out;
  };
  const fromRow = (k: number) => ({ of: values, k });
  return [
    ...FACTORS.map((f, i): FormulaColumn => ({ col: IN.firstScore + i, formula: (row) => scoreFormula(row, f, ctx), value: (c) => score(i, c), fromRow: fromRow(i) })),
    { col: IN.total, formula: (row) => totalFormula(row), value: (c) => salesIntensity(scores(c)), fromRow: fromRow(FACTORS.length) },
    { col: IN.fiveK, formula: (row) => fiveKFormula(row), value: (c) => fiveKIndex(scores(c)), fromRow: fromRow(FACTORS.length + 1) },
    { col: IN.weakest, formula: (row) => weakestFormula(row, ctx), value: (c) => weakestFactor(scores(c))[ctx.lang], fromRow: fromRow(FACTORS.length + 2) },
    { col: IN.powerCheck, formula: (row) => powerCheckFormula(row, IN.firstScore + POWER, ctx), value: (c) => power(c, scores(c)), fromRow: fromRow(FACTORS.length + 3) },
  ];
}
