import { isOurSheet, type CellRange, type Plan } from '../../core/layout';
import { formatDigest } from './anchors';
import { realSheet, sheetOfRange } from './anchoredRead';
import { TimeBudget } from './budget';
import { writeExisting, writeNewSheet } from './cellBands';
import { gridWrites } from './cellGrid';
import { placeCharts } from './chart';
import { formulaColumns, protectFormulaColumns, protectionsOn } from './formulaProtection';
import { insertTabs } from './newTabs';
import { applyNumberFormats } from './numberFormats';
import type { SheetsRead } from './reader';
import { newSheetRanges } from './newSheetRanges';
import { colorScaleRules, conditionalRules, forgetRanges, prefetchRanges, validationGrid, ValidationRules } from './rules';
import { applyLayout } from './sheetLayout';
import type { Sheet, Spreadsheet, SpreadsheetService } from './sheetsApi';
import { widestRow } from './widestRow';

/** A new sheet's grid in Sheets. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export interface ApplyOptions {
  /** Sheets done and to do. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Set once a change reaches the spreadsheet, so a failure can say whether anything was written. */
  readonly marks?: { wrote: boolean };
  /** Time (ms since 1970) after which no further band of cells is started; the run stops with TIME_LIMIT. */
  readonly deadline?: number;
  /**
   * Number formats already on a tab (sheet → formatDigest of the plan's formats for it, as last
   * applied): the same formats are not applied again (two calls each). `applied` receives the
   * digest of what this run applied, sheet by sheet.
   */
  readonly formats?: { readonly done: ReadonlyMap<string, string>; readonly applied: Map<string, string> };
  /** The spreadsheet's sheet count, where the read did not see every sheet: new tabs go after the last. */
  readonly sheetCount?: number;
  /**
   * Rows down to which a set-up that stopped at the time limit already gave each sheet its colour
   * rules and protections (Decorated): a plan within them does not add them again. `reached`
   * receives what this run gave, sheet by sheet. (Number formats are applied again: the time
   * budget learns the pace from them before the first band of cells.)
   */
  readonly decorated?: { readonly done: Decorated; readonly reached: Record<string, number> };
}

/** Sheet → rows its colour rules and protections reach. */
export type Decorated = Readonly<Record<string, number>>;

/** What a set-up that stopped gave a sheet, and what this run gives it: the larger. */
export function mergeDecorated(a: Decorated = {}, b: Decorated): Decorated {
  const out = { ...a };
  for (const name in b) out[name] = Math.max(b[name], +a[name] || 0);
  return out;
}

/** Rows and columns a plan needs of one sheet (1 past its last row and column). */
export function extentOf(plan: Plan, sheet: string): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  const take = (r: CellRange) => {
    rows = Math.max(rows, r.bottom + 1);
    cols = Math.max(cols, r.right + 1);
  };
  for (const w of plan.writes) if (w.sheet === sheet) take({ top: w.row, left: w.col, bottom: w.row + w.values.length - 1, right: w.col + Math.max(0, ...w.values.map((v) => v.length)) - 1 });
  for (const f of plan.fills) if (f.sheet === sheet) take({ top: f.top, bottom: f.bottom, left: f.col, right: f.col });
  for (const list of [plan.validations, plan.numberFormats, plan.conditionalFormats, plan.colorScales ?? []]) for (const x of list) if (x.sheet === sheet) take(x.range);
  // Hidden helper columns may lie right of the widths given (the accuracy chart's block): Sheets refuses to hide a column past the grid.
  for (const l of plan.layouts) if (l.sheet === sheet) cols = Math.max(cols, l.widths.length, ...(l.hiddenColumns ?? []).map((c) => c + 1));
  for (const l of plan.layouts) if (l.sheet === sheet) for (const h of l.headerRanges) take(h);
  for (const c of plan.charts) if (c.sheet === sheet) for (const r of [c.categories, c.anchor, ...(c.kind === 'funnel' ? [c.values, c.spacer] : c.series.map((x) => x.values))]) take(r);
  return { rows, cols };
}

/**
 * Applies a plan with a number of Spreadsheet calls that depends on the tabs and columns, never
 * on the rows: per sheet one setValues per block of planned cells (formulas included, as "=…"),
 * one setDataValidations, one RangeList per number format, one rule list of conditional
 * formats. Sheets are added first (newTabs.ts); nothing is deleted or moved, and only cells the plan names
 * are written (see gridWrites). Formula columns get a warning-only protection.
 */
export function applyPlanToSheets(app: SpreadsheetService, ss: Spreadsheet, plan: Plan, read: SheetsRead, options: ApplyOptions = {}): void {
  const sheets = new Map(read.sheets);
  const added = new Set(plan.addSheets.map((s) => s.name));
  const sheetNamed = (name: string): Sheet => {
    let s = sheets.get(name);
    // A tab a partial read took as one range (anchoredRead.ts): written through it, its Sheet asked for when needed.
    if (!s && read.ranges?.has(name)) sheets.set(name, (s = sheetOfRange(read.ranges.get(name)!)));
    if (!s) throw new Error(`the plan names a sheet that does not exist: ${name}`);
    return s;
  };
  const touched = [...new Set([...plan.writes, ...plan.fills, ...plan.validations, ...plan.numberFormats, ...plan.conditionalFormats, ...(plan.colorScales ?? []), ...plan.layouts, ...plan.charts].map((x) => x.sheet))];
  const total = touched.length + plan.addSheets.length;
  let done = 0;
  const marks = options.marks ?? { wrote: false };
  const step = () => options.onProgress?.(++done, total);

  // A sheet a stopped set-up already gave its colour rules and protections, down to the rows this plan needs.
  const doneOn = (name: string) => !added.has(name) && extentOf(plan, name).rows <= (options.decorated?.done[name] ?? 0);
  // What is already on the sheets the run changes (charts, colour rules, our protections), read
  // before anything is written: a read makes Sheets apply the writes still pending (issue 15).
  const existingOf = <T>(sheets: readonly string[], read: (sheet: Sheet) => T) => new Map([...new Set(sheets)].filter((name) => !added.has(name)).map((name) => [name, read(sheetNamed(name))]));
  const chartsThere = existingOf(plan.charts.map((c) => c.sheet), (s) => s.getCharts());
  const rulesThere = existingOf([...plan.conditionalFormats, ...(plan.colorScales ?? [])].map((c) => c.sheet).filter((name) => !doneOn(name)), (s) => s.getConditionalFormatRules());
  const protectionsThere = existingOf(touched.filter((name) => !doneOn(name) && formulaColumns(plan, name).length > 0), (s) => protectionsOn(app, s));

  if (plan.addSheets.length > 0) {
    insertTabs(ss, plan, options.sheetCount ?? read.snapshot.sheets.length, !!read.partial, (name, sheet) => {
      marks.wrote = true;
      sheets.set(name, sheet);
      step();
    });
  }

  forgetRanges();
  const rules = new ValidationRules(app, sheetNamed);
  const budget = new TimeBudget(options.deadline);
  for (const name of touched) {
    const sheet = sheetNamed(name);
    const isNew = added.has(name);
    marks.wrote = true;
    const existing = read.snapshot.sheets.find((s) => s.name === name);

    // Room for what is planned: a new sheet has 1000 × 26 cells, an existing one what it has.
    const need = extentOf(plan, name);
    const usedRows = existing?.rows.length ?? 0;
    const usedCols = widestRow(existing?.rows ?? []);
    // The grid is only asked for in the direction the plan goes past what the sheet holds.
    // A read over the grid's rows already told them (reader.ts grids).
    const grid = read.grids?.get(name);
    if (isNew || need.rows > usedRows) {
      const maxRows = isNew ? NEW_SHEET_ROWS : grid?.rows ?? sheet.getMaxRows();
      if (need.rows > maxRows) sheet.insertRowsAfter(maxRows, need.rows - maxRows);
    }
    if (isNew || need.cols > Math.max(usedCols, grid?.cols ?? 0)) {
      const maxCols = isNew ? NEW_SHEET_COLUMNS : sheet.getMaxColumns();
      if (need.cols > maxCols) sheet.insertColumnsAfter(maxCols, need.cols - maxCols);
    }

    const writes = gridWrites(plan, name, isNew ? undefined : existing, !!existing && isOurSheet(existing));
    // A new sheet's ranges as one RangeList (rows are not moved after this), its dropdowns' sources on a new sheet too.
    if (isNew) {
      const { own, sources } = newSheetRanges(plan, name, writes);
      for (const [source, ranges] of sources) {
        if (source === name) own.push(...ranges);
        else if (added.has(source) && ranges.every((r) => r.bottom < NEW_SHEET_ROWS && r.right < NEW_SHEET_COLUMNS)) prefetchRanges(sheetNamed(source), ranges);
      }
      prefetchRanges(sheet, own);
    }
    const validations = validationGrid(
      plan.validations.filter((v) => v.sheet === name),
      rules,
    );
    const layouts = plan.layouts.filter((l) => l.sheet === name);
    const headers = layouts.flatMap((l) => l.headerRanges);
    const shared = isNew && writes.length === 1;

    // Formats, colours, layout and protections first, a few calls over whole ranges: should the
    // run stop between two bands of cells below, every planned row already has them, and the
    // next run only adds the rows still missing (with theirs).
    // Calls over whole ranges are budgeted too: past the deadline this sheet's cells wait for
    // the next run (a new tab still gets its marker and headers, below).
    const formats = plan.numberFormats.filter((f) => f.sheet === name);
    const digest = options.formats && formatDigest(formats);
    const room = digest !== undefined && !isNew && options.formats?.done.get(name) === digest ? true : applyNumberFormats(sheet, formats, budget, isNew);
    const rulesDone = doneOn(name);
    if (options.decorated) options.decorated.reached[name] = need.rows;
    if (digest !== undefined && room) options.formats?.applied.set(name, digest);

    const cfs = plan.conditionalFormats.filter((c) => c.sheet === name);
    const scales = (plan.colorScales ?? []).filter((c) => c.sheet === name);
    if (!rulesDone && cfs.length + scales.length > 0) sheet.setConditionalFormatRules([...(rulesThere.get(name) ?? []), ...conditionalRules(app, sheet, cfs), ...colorScaleRules(app, sheet, scales)]);

    for (const layout of layouts) applyLayout(sheet, layout, shared, budget);

    if (!rulesDone) protectFormulaColumns(sheet, formulaColumns(plan, name), protectionsThere.get(name) ?? { existing: [], tags: [] });

    if (shared) writeNewSheet(sheet, writes[0], validations, headers, budget, !room || budget.stopped);
    else if (room && !budget.stopped) writeExisting(sheet, writes, validations, budget);

    const charts = plan.charts.filter((c) => c.sheet === name);
    if (charts.length > 0) placeCharts(sheet, charts, chartsThere.get(name) ?? []);
    step();
  }
  // The funnel tab shown when a funnel run is done (issue 14); a set-up leaves the user where they were.
  if (plan.activate && !budget.stopped) ss.setActiveSheet(realSheet(sheetNamed(plan.activate)));
  budget.finish();
}
