/**
 * 客户管理金三角 on the grading tab (one row per customer, where the grade says which are key
 * accounts): the target, what is known, the intended visits per month, the visits of the last
 * FREQUENCY_DAYS days up to the run's date (the milestone tab's AS_OF_CELL) from the visit report,
 * and for a key account whether that keeps up (accountTriangle.ts).
 */
import { FREQUENCY_DAYS, FREQUENCY_STATUS, frequencyStatus, recentVisits, type CustomerVisit } from '../accountTriangle';
import { CUSTOMER_GRADES } from '../methodology/customerGrades';
import { cellRef, onSheet } from './a1';
import { FORMATS, type ColumnSpec, type LayoutContext } from './columns';
import type { FormulaColumn } from './keyedTab';
import { AS_OF_CELL } from './milestonesTab';
import { VISIT, logColumn, sameAs } from './signalColumns';
import type { PlanCell } from './types';

/** The grading tab's columns: customer 0, grade 3 (gradingTab.ts), then the triangle's. */
export const GRADE = { customer: 0, grade: 3, target: 5, information: 6, intended: 7, actual: 8, status: 9 } as const;

export const TRIANGLE_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '目标', en: 'Target' }, width: 24 },
  { header: { zh: '信息', en: 'Information' }, width: 30 },
  { header: { zh: '计划频率(次/月)', en: 'Intended visits a month' }, width: 10, format: FORMATS.integer, validation: () => ({ kind: 'wholeNumber', min: 0 }) },
  { header: { zh: `近${FREQUENCY_DAYS}天拜访`, en: `Visits, last ${FREQUENCY_DAYS} days` }, width: 10, format: FORMATS.integer },
  { header: { zh: '频率状态', en: 'Frequency' }, width: 10 },
];

const quoted = (text: string) => `"${text}"`;

/** Visits to the row's customer dated in the last FREQUENCY_DAYS days up to the run's date (numbers only), as core's recentVisits. */
export function recentVisitsFormula(row: number, ctx: LayoutContext): string {
  const date = logColumn(ctx, 'visits', VISIT.date);
  const asOf = onSheet(ctx.tabs.milestones, cellRef(AS_OF_CELL.row, AS_OF_CELL.col, true));
  return `SUMPRODUCT(${sameAs(logColumn(ctx, 'visits', VISIT.customer), cellRef(row, GRADE.customer))}*ISNUMBER(${date})*(${date}>${asOf}-${FREQUENCY_DAYS})*(${date}<=${asOf}))`;
}

/** On track or behind for a key account (its grade in either language) with an intended frequency, as core's frequencyStatus. */
export function frequencyStatusFormula(row: number, ctx: LayoutContext): string {
  const key = CUSTOMER_GRADES[0];
  const grade = cellRef(row, GRADE.grade);
  const intended = cellRef(row, GRADE.intended);
  const label = (k: keyof typeof FREQUENCY_STATUS) => quoted(FREQUENCY_STATUS[k][ctx.lang]);
  return `IF(AND(OR(${grade}=${quoted(key.zh)},${grade}=${quoted(key.en)}),ISNUMBER(${intended})),IF(${cellRef(row, GRADE.actual)}>=${intended},${label('onTrack')},${label('behind')}),"")`;
}

/**
 * The triangle's formulas; with the visits and the run's day (a first set-up: no visits) their
 * values as core computes them, else left to the engine. `grade` is the grade's value for a row.
 */
export function triangleFormulas(ctx: LayoutContext, grade: (c: readonly PlanCell[]) => unknown, known?: { visits: readonly CustomerVisit[]; asOf: number }): FormulaColumn[] {
  const actual = (c: readonly PlanCell[]) => recentVisits(known!.visits, c[GRADE.customer], known!.asOf);
  return [
    { col: GRADE.actual, formula: (row) => recentVisitsFormula(row, ctx), ...(known ? { value: actual } : {}) },
    {
      col: GRADE.status,
      formula: (row) => frequencyStatusFormula(row, ctx),
      ...(known
        ? {
            value: (c: readonly PlanCell[]) => {
              const s = frequencyStatus(grade(c), c[GRADE.intended], actual(c));
              return s === '' ? '' : FREQUENCY_STATUS[s][ctx.lang];
            },
          }
        : {}),
    },
  ];
}
