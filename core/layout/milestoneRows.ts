import { PROBABILITY_BY_LEVEL } from '../methodology/milestones';
import { buyerStage, milestoneLevel, nextStep } from '../checklist';
import type { Lang } from '../methodology/bilingual';
import { columnLetter } from './a1';
import { FORMATS, type LayoutContext } from './columns';
import type { PlanBuilder } from './planBuilder';
import type { FormulaColumn } from './keyedTab';
import { isOpenStatus, type DealStatus } from './dealStatus';
import { ATTENTION_LABELS, attentionFlag, daysAt } from './aging';
import { newRowCode } from './recorded';
import { calendarDate } from '../cells/calendar';
import { isCountedRow, readTabTicks } from './tabRules';
import { tabAmount } from '../cells/amount';
import { AS_OF_CELL, MS, idLabel, attentionFormula, buyerStageFormula, daysAtFormula, inForecastFormula, levelFormula, milestoneLabel, milestoneNameFormula, nextStepFormula, probabilityFormula, statusLabel, weightedFormula, TICK_LIST } from './milestonesTab';
import type { PlanCell } from './types';

/*
 * A milestone tab's rows as a set-up writes them: a new row's values and the cells written beside
 * it (its status, the day it reached its milestone, its recorded code), and each formula column
 * paired with the value core computes for it (the cached result hosts write, and what the tests
 * hold the formula to). The columns and the formulas' text are milestonesTab.ts's.
 */

export interface OpportunitySource {
  opportunity: PlanCell;
  customer: PlanCell;
  rep: PlanCell;
  amount: PlanCell;
  expectedClose: PlanCell;
  /** What the tracker's status or stage column says; undefined when it has neither. */
  status?: DealStatus;
}

/**
 * A new row's values: the tracker's five. The 22 boxes start blank, which every engine and core
 * read as unticked: the TRUEs reps enter stand out, and a wall of FALSE would triple the file.
 */
export function milestoneValues(source: OpportunitySource): PlanCell[] {
  return [source.opportunity, source.customer, source.rep, source.amount, source.expectedClose];
}

/**
 * The status cell a deal gets from the tracker: blank while it is open (blank is open, by the
 * tab's rule; a label per row would only make every set-up's write larger), the label of a closed one.
 */
export function milestoneStatus(source: OpportunitySource, lang: Lang): PlanCell {
  return source.status === undefined || source.status === 'open' ? null : statusLabel(source.status, lang);
}

/**
 * A new row's cells as the milestone tab will hold them (the pipeline's view of it): its leading
 * values (the plan's own array, shared, when its status is blank) and its status cell. Made at
 * its length: grown cell by cell, each of 50 000 rows would keep room for 67.
 */
export function milestoneCellsWithStatus(values: readonly PlanCell[], status: PlanCell): readonly PlanCell[] {
  if (status === null) return values;
  const cells = new Array<PlanCell>(Math.max(values.length, MS.status + 1));
  values.forEach((v, c) => (cells[c] = v));
  cells[MS.status] = status;
  return cells;
}

/**
 * The cells a new row gets beside its leading values (see KeyedTabSpec.extras), in this order:
 * its status, the day it reached its milestone (the run's: it starts at M0), and the code of
 * what was recorded, written only for a closed deal (movement.ts: none is level 0, open).
 */
export function milestoneExtras(lang: Lang, date?: string): readonly { col: number; value: (source: OpportunitySource) => PlanCell }[] {
  const status = { col: MS.status, value: (source: OpportunitySource) => milestoneStatus(source, lang) };
  if (!date) return [status];
  const day = calendarDate(date);
  return [
    status,
    { col: MS.since, value: () => day },
    { col: MS.recorded, value: (source) => newRowCode(source.status) },
  ];
}

/** The day counts' date, on the milestone tab's marker row: written as a date, as the column's are. */
export function planAsOf(plan: PlanBuilder, date: string): void {
  const { row, col } = AS_OF_CELL;
  const sheet = plan.ctx.tabs.milestones;
  plan.writes.push({ sheet, row, col, values: [[calendarDate(date)]] });
  plan.numberFormats.push({ sheet, range: { top: row, bottom: row, left: col, right: col }, format: FORMATS.date });
}

/** Extra k of a new row (see milestoneExtras), else the tab's cell at `col`. */
function extraOr(cells: readonly PlanCell[], extra: readonly PlanCell[], k: number, col: number): PlanCell | undefined {
  return extra.length > k ? extra[k] : cells[col];
}

/** A row's status: the one written beside a new row (extras), else the tab's cell. */
function statusIn(cells: readonly PlanCell[], extra: readonly PlanCell[]): PlanCell | undefined {
  return extraOr(cells, extra, 0, MS.status);
}

/** What the day counts and the stale flags are computed against: the run's day and the thresholds by level. */
export interface AgingContext {
  readonly asOf: number;
  readonly thresholds: readonly (number | null)[];
}

/** The formula columns after the checklist. */
/**
 * The formula columns after the checklist; `aging` (the run's day, the stale thresholds) gives
 * the day-count and attention columns their values, which are left to the engine without it.
 */
export function milestoneFormulas(ctx: LayoutContext, aging?: AgingContext): FormulaColumn[] {
  const lang = ctx.lang;
  // Each value is the core function its formula mirrors, over the tab's rules (tabRules.ts):
  // checked equal in HyperFormula. Six columns ask about the same row: read once (a set-up adds
  // 50 000 rows; keyedTab.ts asks a row's columns in turn). A row with neither opportunity nor
  // customer is blank in every column.
  let last: { cells: readonly PlanCell[]; counted: boolean; verified: readonly boolean[]; level: number } | undefined;
  const row = (cells: readonly PlanCell[]) => {
    if (last?.cells !== cells) {
      const verified = readTabTicks(cells).verified;
      last = { cells, counted: isCountedRow(cells), verified, level: milestoneLevel(verified) };
    }
    return last;
  };
  const counted =
    <T>(f: (r: { verified: readonly boolean[]; level: number }, cells: readonly PlanCell[], extra: readonly PlanCell[]) => T) =>
    (cells: readonly PlanCell[], extra: readonly PlanCell[] = []) => {
      const r = row(cells);
      return r.counted ? f(r, cells, extra) : '';
    };
  return [
    // A level formula without today's tick list is an earlier version's (COUNTIF(range,TRUE())):
    // the set-up writes the tab's formula columns again on the rows it finds.
    { col: MS.level, formula: (row) => levelFormula(row), value: counted((r) => r.level), isCurrent: (f) => f.includes(TICK_LIST) && f.includes('SUMPRODUCT') },
    { col: MS.milestone, formula: (row) => milestoneNameFormula(row, lang), value: counted((r) => milestoneLabel(r.level, lang)) },
    { col: MS.probability, formula: (row) => probabilityFormula(row), value: counted((r) => PROBABILITY_BY_LEVEL[r.level]) },
    // Without the status test, a weighted formula is an earlier version's: the tab's formula columns are written again.
    {
      col: MS.weighted,
      formula: (row) => weightedFormula(row),
      value: counted((r, c, extra) => (isOpenStatus(statusIn(c, extra)) ? (tabAmount(c[MS.amount]) ?? 0) * PROBABILITY_BY_LEVEL[r.level] : 0)),
      isCurrent: (f) => new RegExp(`\\b${columnLetter(MS.inForecast)}\\d+=1`).test(f),
    },
    {
      col: MS.buyerStage,
      formula: (row) => buyerStageFormula(row, lang),
      value: counted((r) => idLabel(buyerStage(r.verified), lang)),
    },
    {
      col: MS.nextStep,
      formula: (row) => nextStepFormula(row, ctx),
      value: counted((r) => {
        const next = nextStep(r.verified);
        return next ? idLabel(next, lang) : '';
      }),
    },
    { col: MS.inForecast, formula: (row) => inForecastFormula(row), value: counted((_, c, extra) => (isOpenStatus(statusIn(c, extra)) ? 1 : 0)) },
    { col: MS.daysAt, formula: (row) => daysAtFormula(row), ...(aging ? { value: counted((_, c, extra) => daysAt(extraOr(c, extra, 1, MS.since), aging.asOf)) } : {}) },
    {
      col: MS.attention,
      formula: (row) => attentionFormula(row, ctx),
      ...(aging ? { value: counted((r, c, extra) => {
        const status = statusIn(c, extra);
        const flag = attentionFlag({ level: r.level, status, inForecast: isOpenStatus(status), since: extraOr(c, extra, 1, MS.since), expectedClose: c[MS.expectedClose] }, aging.asOf, aging.thresholds);
        return flag === '' ? '' : ATTENTION_LABELS[flag][lang];
      }) } : {}),
    },
  ];
}
