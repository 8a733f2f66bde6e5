import type { ColumnSpec } from './columns';
import type { PlanBuilder } from './planBuilder';
import { existingKeys, newSources } from './rowKeys';
import { RULES_BOUND_CELL, ruleRows } from './ruleBlocks';
import { cellFormula, cellValue } from './snapshotCell';
import { FIRST_DATA_ROW, HEADER_ROW, type OurTab, type TabKind } from './tabs';
import type { CellRange } from './a1';
import { isBlank, type CellValue } from '../cells/cellValue';
import type { CopySource, PlanCell, SheetSnapshot, WorkbookSnapshot } from './types';

import { resultsOf, resultsOfAll, type FormulaColumn } from './formulaValues';

export type { FormulaColumn, RowValues } from './formulaValues';

/**
 * A column's cells as a block's rows of one cell, the rows holding the same cell sharing one
 * array (a run's day, a status: a few values over 50 000 rows). -0 keeps its own (a Map takes it for 0).
 */
function singleCells(cells: readonly PlanCell[]): PlanCell[][] {
  const rows = new Map<PlanCell, PlanCell[]>();
  return cells.map((v) => {
    if (Object.is(v, -0)) return [v];
    let row = rows.get(v);
    if (!row) rows.set(v, (row = [v]));
    return row;
  });
}

export interface KeyedTabSpec<S> {
  kind: TabKind;
  columns: readonly ColumnSpec[];
  /** Columns that identify a row (see rowKeys). */
  keyCols: readonly number[];
  sources: readonly { key: string; source: S }[];
  /** The row's leading value cells (copied values, blank inputs). */
  build: (source: S) => PlanCell[];
  /**
   * Single cells a new row gets further right (the milestone tab's status), each written as one
   * column over the rows added rather than widening every row with blanks up to it; the
   * formulas' `value` gets them as `extra`, in this order.
   */
  extras?: readonly { col: number; value: (source: S) => PlanCell }[];
  /** The formula columns after them, each given for one row; filled down over the rows added. */
  formulas?: readonly FormulaColumn[];
  tableName: string;
  freezeCols?: number;
  /** Colour rules (conditional fills, colour scales) over `rows`: blocks of rows, not the rows a run adds (ruleBlocks.ts). */
  decorate?: (plan: PlanBuilder, rows: CellRange) => void;
  /** Rows to start a new tab with when there are no sources (fill-in tabs); with sources, blank rows below them up to this many rows in all. */
  blankRows?: number;
  /**
   * Where a later run appends on an existing tab, instead of below everything (rowKeys.existingKeys):
   * the brief appends below its last typed row, into the blank rows its table keeps for typing.
   */
  nextRow?: (sheet: SheetSnapshot) => number;
  /** Formula columns to write again over the rows the tab has (their formulas read another tab further down: signalColumns.ts logBound). */
  rewrite?: readonly number[];
  /**
   * Which of the row's leading cells are verbatim copies of a tracker cell: the tracker sheet,
   * the tracker column of each leading cell (undefined: not a copy), and the source row of a
   * source (-1 where this source's cell in that column is not verbatim).
   */
  copiedFrom?: {
    sheet: string;
    columns: readonly (number | undefined)[];
    row: (source: S, col: number) => number;
  };
}

/**
 * Where column `col` of the rows added was copied from. Its source rows are worked out when a host
 * first reads them: only Excel does (it copies inside the workbook), and at a set-up of 10 000
 * opportunities the other hosts would pay 80 000 calls for them.
 */
function copySource<S>(col: number, sheet: string, sourceCol: number, added: readonly S[], row: (source: S, col: number) => number): CopySource {
  let rows: readonly number[] | undefined;
  return {
    col,
    sheet,
    sourceCol,
    get rows() {
      return (rows ??= added.map((s) => row(s, col)));
    },
  };
}

/** Does an existing row of the tab hold, in this formula column, a formula this version would not write? */
function hasOutdated(tab: OurTab, f: FormulaColumn, below: number): boolean {
  if (!f.isCurrent) return false;
  for (let r = FIRST_DATA_ROW; r < below && r < tab.sheet.rows.length; r++) {
    const text = cellFormula(tab.sheet.rows[r]?.[f.col]);
    // A shared formula's followers carry no text of their own: their first row speaks for them.
    if (text && !f.isCurrent(text)) return true;
  }
  return false;
}

/**
 * Columns this version has that a tab set up by an earlier one lacks (the milestone tab's status
 * and in-forecast columns): their headers, and their dropdowns and formats over the rows the tab
 * already has; the caller widens the tab's table. Whether the tab lacks them is read from its
 * header row: blank headers past the last one it has.
 */
function planNewColumns(plan: PlanBuilder, tab: OurTab, columns: readonly ColumnSpec[], lastExisting: number): boolean {
  const header = tab.sheet.rows[HEADER_ROW] ?? [];
  let have = columns.length;
  while (have > 0 && isBlank(cellValue(header[have - 1] ?? null))) have--;
  if (have === columns.length || have === 0) return false;
  const sheet = tab.sheet.name;
  const missing = columns.slice(have);
  plan.writes.push({ sheet, row: HEADER_ROW, col: have, values: [missing.map((c) => c.header[plan.ctx.lang])] });
  if (lastExisting >= FIRST_DATA_ROW) {
    missing.forEach((c, i) => {
      const range = { top: FIRST_DATA_ROW, bottom: lastExisting, left: have + i, right: have + i };
      if (c.validation) plan.validations.push({ sheet, range, rule: c.validation(plan.ctx) });
      if (c.format) plan.numberFormats.push({ sheet, range, format: c.format });
    });
  }
  return true;
}

/** Excel table names are unique in the workbook; ours get a suffix if a user table has the name. */
export function freeTableName(wanted: string, snapshot: WorkbookSnapshot, planned: readonly { name: string }[]): string {
  const used = new Set<string>();
  for (const s of snapshot.sheets) for (const t of s.tables) used.add(t.name.toLowerCase());
  for (const t of planned) used.add(t.name.toLowerCase());
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) if (!used.has(`${wanted}_${i}`.toLowerCase())) return `${wanted}_${i}`;
}

/**
 * A tab with one row per source (opportunity, customer or rep): a first run creates it with a
 * row per source; a later run appends rows only for sources it does not have yet, below
 * everything on the tab, and leaves every existing cell alone.
 */
export function planKeyedTab<S>(plan: PlanBuilder, snapshot: WorkbookSnapshot, existing: OurTab | undefined, spec: KeyedTabSpec<S>): S[] {
  return planKeyedRows(plan, snapshot, existing, spec).added;
}

/**
 * planKeyedTab, with the leading cells of the rows it adds as the plan writes them (`values`,
 * by added source): the set-up's view of the pipeline reads them instead of building them again.
 * They are the plan's own arrays, to be read, never changed.
 */
export function planKeyedRows<S>(plan: PlanBuilder, snapshot: WorkbookSnapshot, existing: OurTab | undefined, spec: KeyedTabSpec<S>): { added: S[]; values: readonly (readonly PlanCell[])[]; results: ReadonlyMap<number, readonly (CellValue | undefined)[]> } {
  const sheet = plan.ctx.tabs[spec.kind];
  const right = spec.columns.length - 1;
  let added: S[];
  let values: PlanCell[][] = [];
  // The formula columns' values on the rows added, by column, when they are computed for all of them.
  const results = new Map<number, readonly (CellValue | undefined)[]>();
  let firstRow: number;
  if (existing) {
    const { counts, nextRow } = existingKeys(existing.sheet, spec.keyCols, FIRST_DATA_ROW, spec.columns.length);
    added = newSources(spec.sources, counts);
    firstRow = spec.nextRow ? spec.nextRow(existing.sheet) : nextRow;
  } else {
    plan.newTab(spec.kind, spec.columns, spec.freezeCols);
    added = spec.sources.map((s) => s.source);
    firstRow = FIRST_DATA_ROW;
  }
  const ours = existing?.sheet.tables.find((t) => t.top === HEADER_ROW && t.left === 0);
  // A fill-in tab's rows reach its table's bottom: the blank rows it started with are for typing in.
  const lastExisting = spec.blankRows && ours ? Math.max(firstRow - 1, ours.bottom) : firstRow - 1;
  // Columns an earlier version did not have: added; the formula columns of the rows it set up
  // are then written again (a host that reads no formula text sees the tab is older by its header).
  const widened = existing ? planNewColumns(plan, existing, spec.columns, lastExisting) : false;
  const all = !!existing && (widened || !!spec.formulas?.some((f) => hasOutdated(existing, f, firstRow)));
  // Appended into a fill-in tab's blank rows (the brief): those rows hold the formulas of the run
  // that made them, one shared formula in the .xlsx. Its columns are written again whole, from
  // the same first row, so their cached results count the new rows and no part of a shared
  // formula is left without its first cell.
  const inside = !!existing && !!spec.blankRows && added.length > 0 && firstRow <= lastExisting;
  if (existing && lastExisting >= FIRST_DATA_ROW && (all || spec.rewrite?.length || inside)) {
    // Rows an earlier version set up: their formula columns written again, with today's rules.
    const rows = Array.from({ length: lastExisting + 1 - FIRST_DATA_ROW }, (_, i) => (existing.sheet.rows[FIRST_DATA_ROW + i] ?? []).map(cellValue) as PlanCell[]);
    if (inside) {
      added.forEach((source, i) => {
        const r = firstRow + i - FIRST_DATA_ROW;
        if (r < rows.length) {
          const built = spec.build(source);
          rows[r] = [...built, ...rows[r].slice(built.length)];
        }
      });
    }
    const rewritten = (spec.formulas ?? []).filter((f) => all || inside || spec.rewrite!.includes(f.col));
    const resultsBy = resultsOfAll(rewritten, rows);
    for (const [k, f] of rewritten.entries()) {
      const results = resultsBy[k];
      plan.fills.push({ sheet, col: f.col, top: FIRST_DATA_ROW, bottom: lastExisting, formula: f.formula(FIRST_DATA_ROW), ...(results ? { results } : {}) });
    }
  }
  if (added.length > 0) {
    const from = spec.copiedFrom;
    const copies = from?.columns.flatMap((sourceCol, col) => (sourceCol === undefined ? [] : [copySource(col, from.sheet, sourceCol, added, from.row)]));
    values = added.map((source) => spec.build(source));
    plan.writes.push({ sheet, row: firstRow, col: 0, values, ...(copies && copies.length > 0 ? { copies } : {}) });
    // By column: one array of 50 000 cells each, not an array per row.
    const extras = spec.extras?.length ? spec.extras.map((e) => added.map((source) => e.value(source))) : undefined;
    spec.extras?.forEach((e, k) => {
      // A column of blanks is not written (every open deal's status, on a first set-up).
      if (extras![k].some((v) => v !== null && v !== undefined)) plan.writes.push({ sheet, row: firstRow, col: e.col, values: singleCells(extras![k]) });
    });
    // Rows appended into a fill-in tab's blank rows (the brief) already hold its formulas, from the
    // run that made them: written again, a shared formula's first cell would be replaced and the
    // rest of it left without its master in the .xlsx. Only rows past the table get them.
    const skip = spec.blankRows && existing ? Math.max(0, Math.min(added.length, lastExisting + 1 - firstRow)) : 0;
    if (skip < added.length) {
      const formulas = spec.formulas ?? [];
      const resultsBy = skip ? resultsOfAll(formulas, values.slice(skip), extras?.map((column) => column.slice(skip))) : resultsOfAll(formulas, values, extras);
      for (const [k, f] of formulas.entries()) {
        const column = resultsBy[k];
        if (column && skip === 0) results.set(f.col, column);
        plan.fills.push({ sheet, col: f.col, top: firstRow + skip, bottom: firstRow + added.length - 1, formula: f.formula(firstRow + skip), ...(column ? { results: column } : {}) });
      }
    }
  }
  const blank = existing ? 0 : spec.blankRows ? Math.max(spec.blankRows - added.length, 0) : added.length === 0 ? 1 : 0;
  const lastRow = firstRow + added.length + blank - 1;
  if (spec.blankRows && blank > 0) {
    // A new fill-in tab's formulas (the brief's role coverage) stand ready on its blank rows.
    const top = firstRow + added.length;
    for (const f of spec.formulas ?? []) {
      const results = resultsOf(f, Array.from({ length: blank }, () => []));
      plan.fills.push({ sheet, col: f.col, top, bottom: lastRow, formula: f.formula(top), ...(results ? { results } : {}) });
    }
  }
  // Rows inside the table already have its dropdowns and formats (the brief appends into its blank rows).
  const rulesTop = existing ? Math.max(firstRow, ours ? ours.bottom + 1 : 0) : FIRST_DATA_ROW;
  plan.columnRules(sheet, spec.columns, rulesTop, lastRow);
  // Colour rules by blocks of rows, the block's bound noted on the marker row (ruleBlocks.ts).
  const rules = spec.decorate && ruleRows(existing, lastRow, rulesTop - 1);
  if (spec.decorate && rules) {
    spec.decorate(plan, { ...rules, left: 0, right });
    plan.writes.push({ sheet, row: RULES_BOUND_CELL.row, col: RULES_BOUND_CELL.col, values: [[rules.bottom]] });
  }

  const columns = spec.columns.map((c) => c.header[plan.ctx.lang]);
  if (ours) {
    if (lastRow > ours.bottom || (widened && ours.right < right)) plan.tables.push({ sheet, name: ours.name, range: { ...ours, bottom: Math.max(ours.bottom, lastRow), right: Math.max(ours.right, right) }, columns, create: false });
  } else {
    const name = freeTableName(spec.tableName, snapshot, plan.tables);
    plan.tables.push({ sheet, name, range: { top: HEADER_ROW, left: 0, bottom: Math.max(lastRow, FIRST_DATA_ROW), right }, columns, create: true });
  }
  return { added, values, results };
}
