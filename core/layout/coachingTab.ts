/**
 * 辅导 Coaching (issue 14): per rep, by native formula, the figures of core's coaching view
 * (core/report/coaching.ts) the workbook's numbers allow: the rep's S1–S6 counts on the activity
 * tab (typed + logged, all the rep's rows), the steps never taken while the team takes them, the
 * share of asks (S5) against the team's and a flag under FEW_ASKS_RATIO of it, and the open deals
 * with buying signals at an early milestone (the milestone tab's 信号提醒). The team's counts sit
 * beside the table. The weakest 5K factor and out-of-order ticks are per open deal in core: no
 * column of the intensity or milestone tab says which deals are open and assessed, or ticked out
 * of order, so they stay in the coaching view (pane, sidebar, `pcss coach`).
 *
 * The formulas read the activity and milestone tabs down to bounds kept on the tab's marker row
 * (C1 the milestone tab's, as the brief's and grading's; D1 the activity tab's), moved by a set-up
 * that finds either tab past three quarters of its bound (tabBounds.ts).
 */
import { FEW_ASKS_RATIO } from '../activityMix';
import type { Bilingual } from '../methodology/bilingual';
import { SELLER_STEPS } from '../methodology/sellerSteps';
import { cellRef, onSheet, rangeRef } from './a1';
import { ACT } from './activityTab';
import { FORMATS, type ColumnSpec, type LayoutContext } from './columns';
import { planKeyedTab, type FormulaColumn } from './keyedTab';
import { MS } from './milestonesTab';
import { PIPELINE_BOUND_CELL, PIPELINE_MIN_ROWS } from './pipelineRows';
import type { PlanBuilder } from './planBuilder';
import { MSX } from './signalColumns';
import { planBound } from './tabBounds';
import { FIRST_DATA_ROW, HEADER_ROW, type OurTab } from './tabs';
import type { PlanCell, WorkbookSnapshot } from './types';

const STEPS = SELLER_STEPS.length;
const ASK = SELLER_STEPS.findIndex((s) => s.id === 'S5');

/**
 * Where the tab keeps how far its formulas read each tab (SUMPRODUCT needs bounded ranges), and
 * the rows read at least: the milestone tab's bound is the brief's rule, the activity tab's (a
 * row per rep, or per rep and week where a team types so) starts at 500 rows.
 */
export const COACH_BOUNDS = {
  milestones: { at: PIPELINE_BOUND_CELL, min: PIPELINE_MIN_ROWS },
  activity: { at: { row: 0, col: PIPELINE_BOUND_CELL.col + 1 }, min: 500 },
} as const;

/** The last row (0-based) the formulas read of each tab. */
export type CoachBounds = Record<keyof typeof COACH_BOUNDS, number>;

export const COACH = { rep: 0, firstStep: 1, total: 1 + STEPS, never: 2 + STEPS, askShare: 3 + STEPS, teamAskShare: 4 + STEPS, fewAsks: 5 + STEPS, signalsAhead: 6 + STEPS } as const;

export const FEW_ASKS: Bilingual = { zh: '要求生意偏少', en: 'Few asks' };

// Widths in three bands and no format on whole numbers: a new tab costs Sheets a call per band and per format.
export const COACHING_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '销售人员', en: 'Rep' }, width: 12 },
  ...SELLER_STEPS.map((s): ColumnSpec => ({ header: { zh: s.id, en: s.id }, width: 7 })),
  { header: { zh: '合计', en: 'Total' }, width: 7 },
  { header: { zh: '从未做的动作', en: 'Steps never taken' }, width: 12 },
  { header: { zh: '要求生意占比', en: 'Share of asks' }, width: 12, format: FORMATS.percent },
  { header: { zh: '团队占比', en: 'Team share' }, width: 12, format: FORMATS.percent },
  { header: { zh: '要求生意提醒', en: 'Asks flag' }, width: 12 },
  { header: { zh: '信号超前的机会', en: 'Deals with signals ahead' }, width: 12 },
];

/** The team's counts beside the table: a label column and a count column, one row per step, then the total and the share of asks. */
export const COACH_TEAM = { col: COACHING_COLUMNS.length + 1, firstRow: FIRST_DATA_ROW } as const;
const TEAM_LABEL: Bilingual = { zh: '团队', en: 'Team' };
const teamCell = (i: number) => cellRef(COACH_TEAM.firstRow + i, COACH_TEAM.col + 1, true);

/** A column of another tab of ours down to its bound, absolute. */
function column(ctx: LayoutContext, bounds: CoachBounds, kind: keyof CoachBounds, col: number): string {
  return onSheet(ctx.tabs[kind], rangeRef({ top: FIRST_DATA_ROW, bottom: bounds[kind], left: col, right: col }, true));
}

/** Rows of the activity tab as a 0/1 array: the rep named in `cell` (TRIM, case ignored), or with `cell` absent, every rep. */
function activityRows(ctx: LayoutContext, bounds: CoachBounds, cell?: string): string {
  const rep = column(ctx, bounds, 'activity', ACT.rep);
  return cell ? `(TRIM(${rep})=TRIM(${cell}))` : `(TRIM(${rep})<>"")`;
}

/** Step `s` over those rows, typed + logged: numbers of 0 or more (text, TRUE, negatives: 0), as the activity tab's SUM and core read them. */
function stepSum(ctx: LayoutContext, bounds: CoachBounds, rows: string, s: number): string {
  const sum = (col: number) => {
    const range = column(ctx, bounds, 'activity', col);
    return `SUMPRODUCT(${rows}*ISNUMBER(${range})*(${range}>=0),${range})`;
  };
  return `${sum(ACT.firstTyped + s)}+${sum(ACT.firstLogged + s)}`;
}

/**
 * The tab's formula columns; `known` (a first set-up: no count typed, no visit logged, no signal)
 * gives their values, else they are left to the engine.
 */
export function coachingFormulas(ctx: LayoutContext, known: boolean, bounds: CoachBounds): FormulaColumn[] {
  // Nothing counted yet: every figure 0, no step never taken (the team takes none), no flag.
  const value = (v: number | string) => (known ? { value: () => v } : {});
  const c = (row: number, col: number) => cellRef(row, col);
  const rep = (row: number) => cellRef(row, COACH.rep);
  const milestones = (col: number) => column(ctx, bounds, 'milestones', col);
  return [
    ...SELLER_STEPS.map((_, s): FormulaColumn => ({ col: COACH.firstStep + s, formula: (r) => `IF(TRIM(${rep(r)})="",0,${stepSum(ctx, bounds, activityRows(ctx, bounds, rep(r)), s)})`, ...value(0) })),
    { col: COACH.total, formula: (r) => `SUM(${rangeRef({ top: r, bottom: r, left: COACH.firstStep, right: COACH.firstStep + STEPS - 1 })})`, ...value(0) },
    {
      col: COACH.never,
      formula: (r) => `TRIM(${SELLER_STEPS.map((step, s) => `IF(AND(${c(r, COACH.total)}>0,${c(r, COACH.firstStep + s)}=0,${teamCell(s)}>0),"${step.id} ","")`).join('&')})`,
      ...value(''),
    },
    { col: COACH.askShare, formula: (r) => `IF(${c(r, COACH.total)}=0,0,${c(r, COACH.firstStep + ASK)}/${c(r, COACH.total)})`, ...value(0) },
    { col: COACH.teamAskShare, formula: () => teamCell(STEPS + 1), ...value(0) },
    {
      col: COACH.fewAsks,
      formula: (r) => `IF(AND(${c(r, COACH.total)}>0,${c(r, COACH.firstStep + ASK)}>0,${c(r, COACH.askShare)}<${c(r, COACH.teamAskShare)}*${FEW_ASKS_RATIO}),"${FEW_ASKS[ctx.lang]}","")`,
      ...value(''),
    },
    { col: COACH.signalsAhead, formula: (r) => `IF(TRIM(${rep(r)})="",0,SUMPRODUCT((TRIM(${milestones(MS.rep)})=TRIM(${rep(r)}))*(TRIM(${milestones(MSX.signalsAhead)})<>"")))`, ...value(0) },
  ];
}

/** The team's counts beside the tab: per step over every rep's rows, the total, the share of asks; their format on a new tab. */
function planTeamCounts(plan: PlanBuilder, known: boolean, bounds: CoachBounds, isNew: boolean): void {
  const { ctx } = plan;
  const all = activityRows(ctx, bounds);
  const header = { zh: ['团队', '次数'], en: ['Team', 'Count'] }[ctx.lang];
  const cell = (formula: string, result: number) => ({ formula, ...(known ? { result } : {}) });
  const rows: PlanCell[][] = [
    header,
    ...SELLER_STEPS.map((s, i) => [`${TEAM_LABEL[ctx.lang]} ${s.id}`, cell(stepSum(ctx, bounds, all, i), 0)]),
    [{ zh: '合计', en: 'Total' }[ctx.lang], cell(`SUM(${teamCell(0)}:${teamCell(STEPS - 1)})`, 0)],
    [{ zh: '要求生意占比', en: 'Share of asks' }[ctx.lang], cell(`IF(${teamCell(STEPS)}=0,0,${teamCell(ASK)}/${teamCell(STEPS)})`, 0)],
  ];
  plan.writes.push({ sheet: ctx.tabs.coaching, row: HEADER_ROW, col: COACH_TEAM.col, values: rows });
  if (!isNew) return;
  const range = { top: COACH_TEAM.firstRow + STEPS + 1, bottom: COACH_TEAM.firstRow + STEPS + 1, left: COACH_TEAM.col + 1, right: COACH_TEAM.col + 1 };
  plan.numberFormats.push({ sheet: ctx.tabs.coaching, range, format: FORMATS.percent });
}

/**
 * The coaching tab in the set-up: a row per rep of the pipeline not yet on it (keyed by the rep, as
 * the team tab); the team's counts beside a new one. `used`: the data rows the milestone and
 * activity tabs will have; where either passes its bound, the formulas reading it are written again.
 */
export function planCoaching(plan: PlanBuilder, snapshot: WorkbookSnapshot, existing: OurTab | undefined, reps: readonly { key: string; source: { value: PlanCell } }[], known: boolean, used: CoachBounds): void {
  const bound = (kind: keyof CoachBounds) => planBound(plan, 'coaching', existing, used[kind], COACH_BOUNDS[kind].at, COACH_BOUNDS[kind].min);
  const milestones = bound('milestones');
  const activity = bound('activity');
  const bounds = { milestones: milestones.bottom, activity: activity.bottom };
  const steps = SELLER_STEPS.map((_, s) => COACH.firstStep + s);
  const rewrite = [...(activity.moved ? steps : []), ...(milestones.moved ? [COACH.signalsAhead] : [])];
  planKeyedTab(plan, snapshot, existing, {
    kind: 'coaching',
    columns: COACHING_COLUMNS,
    keyCols: [COACH.rep],
    sources: reps,
    build: (s) => [s.value],
    formulas: coachingFormulas(plan.ctx, known, bounds),
    ...(rewrite.length ? { rewrite } : {}),
    tableName: 'PCSS_Coaching',
    freezeCols: 1,
  });
  if (!existing || activity.moved) planTeamCounts(plan, known, bounds, !existing);
}
