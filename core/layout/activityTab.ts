/**
 * 业务动作追踪 Activity tracking (methodology.md, seller steps S1–S6): one row per rep, the count
 * of each step the team types, the total and the share of asks for the business (S5), then the
 * count of each step the visit report logs for the rep, by formula (issue 14). The total and the
 * share count both: typed + logged. A team that types its counts leaves the visit report's step
 * column blank; a team that logs visits types nothing here. The logged columns come after the
 * share, so a tab an earlier version set up widens in place and keeps every number typed.
 */
import { isSheetBlank, sheetText, sheetTrim } from '../cells/cellValue';
import { SELLER_STEPS } from '../methodology/sellerSteps';
import { cellRef, rangeRef } from './a1';
import { FORMATS, type ColumnSpec, type LayoutContext } from './columns';
import type { FormulaColumn } from './keyedTab';
import { VISIT, logColumn, sameAs } from './signalColumns';
import { cellValue } from './snapshotCell';
import { repKey } from './tabRules';
import { FIRST_DATA_ROW } from './tabs';
import type { PlanCell, SheetSnapshot } from './types';

const STEPS = SELLER_STEPS.length;

/** The tab's columns: rep, typed S1–S6, total, share of asks, logged S1–S6. */
export const ACT = { rep: 0, firstTyped: 1, total: 1 + STEPS, askShare: 2 + STEPS, firstLogged: 3 + STEPS } as const;
const ASK = SELLER_STEPS.findIndex((s) => s.id === 'S5');

export const ACTIVITY_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '销售人员', en: 'Rep' }, width: 10 },
  ...SELLER_STEPS.map((s): ColumnSpec => ({
    header: { zh: `${s.id} ${s.zh}`, en: `${s.id} ${s.en}` },
    width: 12,
    format: FORMATS.integer,
    validation: () => ({ kind: 'wholeNumber', min: 0 }),
  })),
  { header: { zh: '合计', en: 'Total' }, width: 8, format: FORMATS.integer },
  { header: { zh: '要求生意占比', en: 'Share of asks' }, width: 12, format: FORMATS.percent },
  ...SELLER_STEPS.map((s): ColumnSpec => ({ header: { zh: `${s.id} 日报`, en: `${s.id} visits` }, width: 9, format: FORMATS.integer })),
];

export function activityValues(rep: PlanCell): PlanCell[] {
  return [rep];
}

/** A visit as the logged columns read it: its rep and the step taken. */
export interface StepVisit {
  readonly rep: unknown;
  readonly step: unknown;
}

/**
 * The step a visit's cell names, as LEFT(TRIM(cell),2)="S1" reads it (case ignored): the
 * dropdown's "S3 提出解决方案", or "s3" typed; -1 for none.
 */
export function visitStep(value: unknown): number {
  const head = sheetTrim(sheetText(value)).slice(0, 2).toUpperCase();
  return SELLER_STEPS.findIndex((s) => s.id === head);
}

/** The visit report's rows that name a step. */
export function readStepVisits(sheet: SheetSnapshot | undefined): StepVisit[] {
  const out: StepVisit[] = [];
  if (!sheet) return out;
  for (let r = FIRST_DATA_ROW; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const step = cellValue(row?.[VISIT.step] ?? null);
    if (row && visitStep(step) >= 0) out.push({ rep: cellValue(row[VISIT.rep] ?? null), step });
  }
  return out;
}

/** Per rep (repKey: trimmed, case ignored), the visits of each step; blank reps are nobody's. */
export function loggedCounts(visits: readonly StepVisit[]): Map<string, number[]> {
  const byRep = new Map<string, number[]>();
  for (const v of visits) {
    const s = visitStep(v.step);
    if (s < 0 || isSheetBlank(v.rep)) continue;
    const key = repKey(v.rep);
    const counts = byRep.get(key) ?? new Array<number>(STEPS).fill(0);
    counts[s]++;
    byRep.set(key, counts);
  }
  return byRep;
}

/** A rep's logged count of step `s`: the visits naming the rep (as TRIM compares) and the step; 0 for a blank rep. */
export function loggedFormula(row: number, ctx: LayoutContext, s: number): string {
  const rep = cellRef(row, ACT.rep);
  const steps = logColumn(ctx, 'visits', VISIT.step);
  return `IF(TRIM(${rep})="",0,SUMPRODUCT(${sameAs(logColumn(ctx, 'visits', VISIT.rep), rep)}*(LEFT(TRIM(${steps}),2)="${SELLER_STEPS[s].id}")))`;
}

/** A rep's typed counts as SUM sees them: numbers count, blanks and text do not. */
function typedCounts(cells: readonly PlanCell[]): number[] {
  return SELLER_STEPS.map((_, i) => {
    const v = cells[ACT.firstTyped + i];
    return typeof v === 'number' ? v : 0;
  });
}

/** Typed + logged, per step, for a row: what the total and the share of asks add up. */
function rowCounts(cells: readonly PlanCell[], logged: Map<string, number[]>): number[] {
  const rep = cells[ACT.rep];
  const fromVisits = isSheetBlank(rep) ? undefined : logged.get(repKey(rep));
  return typedCounts(cells).map((n, s) => n + (fromVisits?.[s] ?? 0));
}

/**
 * The tab's formula columns; with the visits (none on a first set-up) their values as core
 * computes them, else left to the engine (a set-up reads no more of the visit report than its keys).
 */
export function activityFormulas(ctx: LayoutContext, visits?: readonly StepVisit[]): FormulaColumn[] {
  const logged = visits ? loggedCounts(visits) : undefined;
  const known = (f: (counts: number[], c: readonly PlanCell[]) => number) => (logged ? { value: (c: readonly PlanCell[]) => f(rowCounts(c, logged), c) } : {});
  const row = (r: number, left: number) => rangeRef({ top: r, bottom: r, left, right: left + STEPS - 1 });
  const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);
  return [
    ...SELLER_STEPS.map((_, s): FormulaColumn => ({ col: ACT.firstLogged + s, formula: (r) => loggedFormula(r, ctx, s), ...known((counts, c) => counts[s] - typedCounts(c)[s]) })),
    { col: ACT.total, formula: (r) => `SUM(${row(r, ACT.firstTyped)})+SUM(${row(r, ACT.firstLogged)})`, ...known(sum) },
    {
      col: ACT.askShare,
      formula: (r) => {
        const total = cellRef(r, ACT.total);
        // SUM, not +: a typed S5 that is text counts 0, as in the total.
        return `IF(${total}=0,0,SUM(${cellRef(r, ACT.firstTyped + ASK)},${cellRef(r, ACT.firstLogged + ASK)})/${total})`;
      },
      ...known((counts) => (sum(counts) === 0 ? 0 : counts[ASK] / sum(counts))),
    },
  ];
}
