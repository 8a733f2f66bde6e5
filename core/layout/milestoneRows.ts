import { PROBABILITY_BY_LEVEL } from '../methodology/milestones';
import { buyerStage, milestoneLevel, nextStep } from '../checklist';
import type { Lang } from '../methodology/bilingual';
import { columnLetter } from './a1';
import { FORMATS, type LayoutContext } from './columns';
import type { PlanBuilder } from './planBuilder';
import type { FormulaColumn } from './formulaValues';
import { isOpenStatus, type DealStatus } from './dealStatus';
import { ATTENTION_LABELS, attentionFlag, daysAt } from './aging';
import { newRowCode } from './recorded';
import { calendarDate } from '../cells/calendar';
import { isCountedRow, readTabTicks } from './tabRules';
import { tabAmount } from '../cells/amount';
import { AS_OF_CELL, MS, idLabel, attentionFormula, buyerStageFormula, daysAtFormula, inForecastFormula, levelFormula, milestoneLabel, milestoneNameFormula, nextStepFormula, probabilityFormula, statusLabel, weightedFormula, TICK_LIST } from './milestonesTab';
import type { PlanCell } from './types';
import type { CellValue } from '../cells/cellValue';

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
  // checked equal in HyperFormula. The columns ask about the same row: read once (a set-up adds
  // 50 000 rows), and all computed by one function (FormulaColumn.fromRow). A row with neither
  // opportunity nor customer is blank in every column.
  let last: { cells: readonly PlanCell[]; counted: boolean; verified: readonly boolean[]; level: number } | undefined;
  const row = (cells: readonly PlanCell[]) => {
    if (last?.cells !== cells) {
      const verified = readTabTicks(cells).verified;
      last = { cells, counted: isCountedRow(cells), verified, level: milestoneLevel(verified) };
    }
    return last;
  };
  // By column, in the order of the columns below: filled again for each row.
  const out: (CellValue | undefined)[] = new Array<CellValue | undefined>(COLUMNS_WITH_VALUES).fill('');
  const values = (cells: readonly PlanCell[], extra: readonly PlanCell[] = NO_EXTRA): readonly (CellValue | undefined)[] => {
    const r = row(cells);
    if (!r.counted) return out.fill('');
    const status = statusIn(cells, extra);
    const open = isOpenStatus(status);
    const probability = PROBABILITY_BY_LEVEL[r.level];
    const next = nextStep(r.verified);
    out[0] = r.level;
    out[1] = milestoneLabel(r.level, lang);
    out[2] = probability;
    out[3] = open ? (tabAmount(cells[MS.amount]) ?? 0) * probability : 0;
    out[4] = idLabel(buyerStage(r.verified), lang);
    out[5] = next ? idLabel(next, lang) : '';
    out[6] = open ? 1 : 0;
    if (aging) {
      const since = extraOr(cells, extra, 1, MS.since);
      out[7] = daysAt(since, aging.asOf);
      const flag = attentionFlag({ level: r.level, status, inForecast: open, since, expectedClose: cells[MS.expectedClose] }, aging.asOf, aging.thresholds);
      out[8] = flag === '' ? '' : ATTENTION_LABELS[flag][lang];
    }
    return out;
  };
  // Column k's value: entry k of the row's values (resultsOfAll asks `values` once a row instead).
  // Nothing in `values` throws (no rule here does), so one column's value never depends on another's.
  const at = (k: number) => ({ value: (cells: readonly PlanCell[], extra?: readonly PlanCell[]) => values(cells, extra)[k], fromRow: { of: values, k } });
  return [
    // A level formula without today's tick list is an earlier version's (COUNTIF(range,TRUE())):
    // the set-up writes the tab's formula columns again on the rows it finds.
    { col: MS.level, formula: (row) => levelFormula(row), ...at(0), isCurrent: (f) => f.includes(TICK_LIST) && f.includes('SUMPRODUCT') },
    { col: MS.milestone, formula: (row) => milestoneNameFormula(row, lang), ...at(1) },
    { col: MS.probability, formula: (row) => probabilityFormula(row), ...at(2) },
    // Without the status test, a weighted formula is an earlier version's: the tab's formula columns are written again.
    { col: MS.weighted, formula: (row) => weightedFormula(row), ...at(3), isCurrent: (f) => new RegExp(`\\b${columnLetter(MS.inForecast)}\\d+=1`).test(f) },
    { col: MS.buyerStage, formula: (row) => buyerStageFormula(row, lang), ...at(4) },
    { col: MS.nextStep, formula: (row) => nextStepFormula(row, ctx), ...at(5) },
    { col: MS.inForecast, formula: (row) => inForecastFormula(row), ...at(6) },
    { col: MS.daysAt, formula: (row) => daysAtFormula(row), ...(aging ? at(7) : {}) },
    { col: MS.attention, formula: (row) => attentionFormula(row, ctx), ...(aging ? at(8) : {}) },
  ];
}

/** How many of milestoneFormulas's columns have a value (the last two only with an aging context). */
const COLUMNS_WITH_VALUES = 9;
const NO_EXTRA: readonly PlanCell[] = [];
