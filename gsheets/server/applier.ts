import { columnLetter, FIRST_DATA_ROW, isOurSheet, type CellRange, type NumberFormatPlan, type Plan, type SheetLayoutPlan } from '../../core/layout';
import { formatDigest } from './anchors';
import { insertFunnelChart } from './chart';
import { gridWrites, type GridWrite } from './cellGrid';
import { CELL_MS, TimeBudget, cellUnits, valueKind } from './budget';
import { a1List, conditionalRules, rangeOf, validationGrid, ValidationRules } from './rules';
import type { SheetsRead } from './reader';
import type { Cell, DataValidation, Sheet, Spreadsheet, SpreadsheetService } from './sheetsApi';

/** A new sheet's grid in Sheets. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** Column widths: the plan gives characters; a character of Sheets' default font is about 7 px. */
export function widthInPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}

/**
 * Widths within this many characters of each other (about 14 px) are set as one run, at the
 * widest of them: every column is at least as wide as planned and at most 14 px wider, which
 * changes nothing a reader would notice, and Sheets takes one setColumnWidths per run instead of
 * one per distinct width (55 → 43 calls on a first set-up). The plan itself is shared with the
 * other hosts and keeps its exact widths.
 */
export const WIDTH_BAND_CHARS = 2;

/** Adjacent columns as [start, count, px] runs whose widths differ by at most WIDTH_BAND_CHARS. */
export function widthRuns(widths: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  let lo = Infinity;
  let hi = -Infinity;
  widths.forEach((w, i) => {
    const last = out[out.length - 1];
    if (last && Math.max(hi, w) - Math.min(lo, w) <= WIDTH_BAND_CHARS) {
      lo = Math.min(lo, w);
      hi = Math.max(hi, w);
      last[1]++;
      last[2] = widthInPixels(hi);
    } else {
      lo = hi = w;
      out.push([i, 1, widthInPixels(w)]);
    }
  });
  return out;
}

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
}

/** Consecutive items with the same key, as [start, count, key]. */
function runs<T>(items: readonly T[]): [number, number, T][] {
  const out: [number, number, T][] = [];
  items.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && last[2] === v && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1, v]);
  });
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
  for (const list of [plan.validations, plan.numberFormats, plan.conditionalFormats]) for (const x of list) if (x.sheet === sheet) take(x.range);
  for (const l of plan.layouts) if (l.sheet === sheet) cols = Math.max(cols, l.widths.length);
  for (const l of plan.layouts) if (l.sheet === sheet) for (const h of l.headerRanges) take(h);
  for (const c of plan.charts) if (c.sheet === sheet) for (const r of [c.categories, c.values, c.spacer, c.anchor]) take(r);
  return { rows, cols };
}

/** The smallest rectangle holding all of `ranges`. */
function boxOf(ranges: readonly CellRange[]): CellRange {
  return ranges.slice(1).reduce<CellRange>((a, r) => ({ top: Math.min(a.top, r.top), left: Math.min(a.left, r.left), bottom: Math.max(a.bottom, r.bottom), right: Math.max(a.right, r.right) }), { ...ranges[0] });
}

/** A grid over `from` placed inside a grid over `to` (which holds it), `fill` elsewhere. */
function padTo<T>(grid: readonly (readonly T[])[], from: CellRange, to: CellRange, fill: T): T[][] {
  if (from.top === to.top && from.left === to.left && from.bottom === to.bottom && from.right === to.right) return grid as T[][];
  const out: T[][] = [];
  for (let r = to.top; r <= to.bottom; r++) {
    const inside = r >= from.top && r <= from.bottom ? grid[r - from.top] : null;
    const row = new Array<T>(to.right - to.left + 1);
    for (let c = to.left; c <= to.right; c++) row[c - to.left] = inside && c >= from.left && c <= from.right ? inside[c - from.left] : fill;
    out.push(row);
  }
  return out;
}

function boldGrid(headers: readonly CellRange[], box: CellRange): ('bold' | null)[][] {
  const out: ('bold' | null)[][] = [];
  for (let r = box.top; r <= box.bottom; r++) out.push(new Array<'bold' | null>(box.right - box.left + 1).fill(null));
  for (const h of headers) for (let r = h.top; r <= h.bottom; r++) for (let c = h.left; c <= h.right; c++) out[r - box.top][c - box.left] = 'bold';
  return out;
}

/** Cells of a range. */
const cellsOf = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/**
 * A sheet the run added is empty, so its cells, dropdowns and bold headers go through one Range
 * over their common box: one setValues ("" in the gaps), one setDataValidations (null: no rule)
 * and one setFontWeights (null: Sheets' default, normal), instead of a Range or RangeList each.
 * A box too large for one band (budget.ts) goes as several bands of rows, top first, each the
 * same three calls over its rows.
 */
function writeNewSheet(sheet: Sheet, w: GridWrite, validations: { range: CellRange; grid: (DataValidation | null)[][] } | null, headers: readonly CellRange[], budget: TimeBudget, headerOnly: boolean): void {
  const box = boxOf([w.range, ...(validations ? [validations.range] : []), ...headers]);
  const values = padTo<Cell>(w.values, w.range, box, '');
  const rules = validations ? padTo(validations.grid, validations.range, box, null) : null;
  const bold = headers.length > 0 ? boldGrid(headers, box) : null;
  const rowUnits = values.map((row, r) => cellUnits([row], valueKind) + (rules ? cellUnits([rules[r]], 'rule') : 0) + (bold ? row.length * CELL_MS.format : 0));
  writeBands(box, rowUnits, budget, true, headerOnly, (band, from, to) => {
    const range = rangeOf(sheet, band);
    range.setValues(values.slice(from, to));
    if (rules) range.setDataValidations(rules.slice(from, to));
    if (bold) range.setFontWeights(bold.slice(from, to));
  });
}

/**
 * The rows of `box` in bands, top first, each started only while the budget allows it
 * (`rowUnits`: each row's guessed milliseconds). The first band of a sheet this run added is
 * always written, so the tab carries its marker and headers and the next run knows it as ours;
 * when the budget does not allow it whole (or `headerOnly`: the time ran out before this sheet's
 * cells) it is cut to those header rows when the tab is larger (a tab of a row per opportunity,
 * which the next run completes by its rows' keys).
 */
function writeBands(box: CellRange, rowUnits: readonly number[], budget: TimeBudget, isNew: boolean, headerOnly: boolean, write: (band: CellRange, from: number, to: number) => void): void {
  const height = box.bottom - box.top + 1;
  const units = (from: number, to: number) => rowUnits.slice(from, to).reduce((a, b) => a + b, 0);
  for (let from = 0; from < height; ) {
    // Recomputed each time: the budget learns the pace from each band.
    let to = Math.min(height, from + budget.bandRows(rowUnits, from));
    let last = false;
    if (headerOnly || !budget.allows(units(from, to))) {
      if (from > 0 || !isNew) {
        budget.stopped = true;
        return;
      }
      // A new tab must carry its marker and headers, and only them when the time is short.
      const header = Math.min(height, Math.max(1, FIRST_DATA_ROW - box.top));
      to = Math.min(to, header);
      budget.stopped = last = to < height;
    }
    const band = { ...box, top: box.top + from, bottom: box.top + to - 1 };
    budget.timed(units(from, to), () => write(band, from, to));
    if (last) return;
    from = to;
  }
}

/**
 * Cells of an existing sheet: each block and the validations, band by band over the rows they
 * span together, so that a row is written with its checkboxes before the run may stop.
 */
function writeExisting(sheet: Sheet, writes: readonly GridWrite[], validations: { range: CellRange; grid: (DataValidation | null)[][] } | null, budget: TimeBudget): void {
  const all = [...writes.map((w) => w.range), ...(validations ? [validations.range] : [])];
  if (all.length === 0) return;
  const box = boxOf(all);
  const rowUnits = new Array<number>(box.bottom - box.top + 1).fill(0);
  for (const w of writes) w.values.forEach((row, i) => (rowUnits[w.range.top + i - box.top] += cellUnits([row], valueKind)));
  if (validations) validations.grid.forEach((row, i) => (rowUnits[validations.range.top + i - box.top] += cellUnits([row], 'rule')));
  writeBands(box, rowUnits, budget, false, false, (band) => {
    for (const w of writes) {
      const top = Math.max(w.range.top, band.top);
      const bottom = Math.min(w.range.bottom, band.bottom);
      if (top > bottom) continue;
      rangeOf(sheet, { ...w.range, top, bottom }).setValues(w.values.slice(top - w.range.top, bottom - w.range.top + 1));
    }
    if (validations) {
      const top = Math.max(validations.range.top, band.top);
      const bottom = Math.min(validations.range.bottom, band.bottom);
      if (top <= bottom) rangeOf(sheet, { ...validations.range, top, bottom }).setDataValidations(validations.grid.slice(top - validations.range.top, bottom - validations.range.top + 1));
    }
  });
}

/**
 * A sheet's number formats in the fewer calls of two ways, each two calls a time: a RangeList per
 * distinct format (setNumberFormat), or one setNumberFormats per rectangle of adjacent formatted
 * columns over the same rows (every cell of such a rectangle is planned, so no other cell's
 * format is set).
 */
function applyNumberFormats(sheet: Sheet, formats: readonly NumberFormatPlan[], budget: TimeBudget): boolean {
  if (formats.length === 0) return true;
  const byFormat = new Set(formats.map((f) => f.format));
  const rects: { range: CellRange; grid: string[][] }[] = [];
  const sorted = [...formats].sort((a, b) => a.range.top - b.range.top || a.range.bottom - b.range.bottom || a.range.left - b.range.left);
  const overlap = formats.some((a, i) => formats.some((b, j) => j > i && a.range.left <= b.range.right && b.range.left <= a.range.right && a.range.top <= b.range.bottom && b.range.top <= a.range.bottom));
  for (const f of sorted) {
    const { top, bottom, left, right } = f.range;
    const last = rects[rects.length - 1];
    const columns = new Array<string>(right - left + 1).fill(f.format);
    if (last && last.range.top === top && last.range.bottom === bottom && last.range.right + 1 === left) {
      last.range = { ...last.range, right };
      last.grid.forEach((row) => row.push(...columns));
    } else {
      const grid: string[][] = [];
      for (let r = top; r <= bottom; r++) grid.push([...columns]);
      rects.push({ range: { top, bottom, left, right }, grid });
    }
  }
  if (!overlap && rects.length < byFormat.size) return rects.every((rect) => budget.call(cellsOf(rect.range) * CELL_MS.format, () => rangeOf(sheet, rect.range).setNumberFormats(rect.grid)));
  return [...byFormat].every((format) => {
    const ranges = formats.filter((f) => f.format === format).map((f) => f.range);
    return budget.call(ranges.reduce((n, r) => n + cellsOf(r), 0) * CELL_MS.format, () => sheet.getRangeList(a1List(ranges)).setNumberFormat(format));
  });
}

function applyLayout(sheet: Sheet, layout: SheetLayoutPlan, boldDone: boolean, budget: TimeBudget): void {
  for (const [start, count] of runs(layout.hiddenRows.map((r, i) => r - i))) sheet.hideRows(layout.hiddenRows[start] + 1, count);
  const hiddenColumns = layout.hiddenColumns ?? [];
  for (const [start, count] of runs(hiddenColumns.map((c, i) => c - i))) sheet.hideColumns(hiddenColumns[start] + 1, count);
  if (layout.freezeRows > 0) sheet.setFrozenRows(layout.freezeRows);
  if (layout.freezeCols > 0) sheet.setFrozenColumns(layout.freezeCols);
  for (const [start, count, px] of widthRuns(layout.widths)) sheet.setColumnWidths(start + 1, count, px);
  const headers = layout.headerRanges;
  if (headers.length > 0 && !boldDone) budget.call(headers.reduce((n, r) => n + cellsOf(r), 0) * CELL_MS.format, () => sheet.getRangeList(a1List(headers)).setFontWeight('bold'));
}

/**
 * Applies a plan with a number of Spreadsheet calls that depends on the tabs and columns, never
 * on the rows: per sheet one setValues per block of planned cells (formulas included, as "=…"),
 * one setDataValidations, one RangeList per number format, one rule list of conditional
 * formats. Sheets are added first; nothing is deleted or moved, and only cells the plan names
 * are written (see gridWrites). Formula columns get a warning-only protection.
 */
export function applyPlanToSheets(app: SpreadsheetService, ss: Spreadsheet, plan: Plan, read: SheetsRead, options: ApplyOptions = {}): void {
  const sheets = new Map(read.sheets);
  const added = new Set(plan.addSheets.map((s) => s.name));
  const sheetNamed = (name: string): Sheet => {
    let s = sheets.get(name);
    // A tab a partial read took as one range (reader.ts): its Sheet now that it is written.
    if (!s && read.ranges?.has(name)) sheets.set(name, (s = read.ranges.get(name)!.getSheet()));
    if (!s) throw new Error(`the plan names a sheet that does not exist: ${name}`);
    return s;
  };
  const touched = [...new Set([...plan.writes, ...plan.fills, ...plan.validations, ...plan.numberFormats, ...plan.conditionalFormats, ...plan.layouts, ...plan.charts].map((x) => x.sheet))];
  const total = touched.length + plan.addSheets.length;
  let done = 0;
  const marks = options.marks ?? { wrote: false };
  const step = () => options.onProgress?.(++done, total);

  if (plan.addSheets.length > 0) {
    // Sheets activates each sheet it inserts; the user stays where they were.
    const active = ss.getActiveSheet();
    let index = read.snapshot.sheets.length;
    for (const add of plan.addSheets) {
      marks.wrote = true;
      sheets.set(add.name, ss.insertSheet(add.name, index++));
      step();
    }
    ss.setActiveSheet(active);
  }

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
    const usedCols = Math.max(0, ...(existing?.rows ?? []).map((r) => r?.length ?? 0));
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
    const room = digest !== undefined && !isNew && options.formats?.done.get(name) === digest ? true : applyNumberFormats(sheet, formats, budget);
    if (digest !== undefined && room) options.formats?.applied.set(name, digest);

    const cfs = plan.conditionalFormats.filter((c) => c.sheet === name);
    if (cfs.length > 0) sheet.setConditionalFormatRules([...(isNew ? [] : sheet.getConditionalFormatRules()), ...conditionalRules(app, sheet, cfs)]);

    for (const layout of layouts) applyLayout(sheet, layout, shared, budget);

    protectFormulaColumns(app, sheet, formulaColumns(plan, name), isNew);

    if (shared) writeNewSheet(sheet, writes[0], validations, headers, budget, !room || budget.stopped);
    else if (room && !budget.stopped) writeExisting(sheet, writes, validations, budget);

    const charts = plan.charts.filter((c) => c.sheet === name);
    // A funnel tab that already has its chart keeps it: the chart plots the same cells.
    if (charts.length > 0 && (isNew || sheet.getCharts().length === 0)) for (const chart of charts) insertFunnelChart(sheet, chart);
    step();
  }
  // The funnel tab shown when a funnel run is done (issue 14); a set-up leaves the user where they were.
  if (plan.activate && !budget.stopped) ss.setActiveSheet(sheetNamed(plan.activate));
  budget.finish();
}

/** How our protections are told apart from users' (and shown in Data › Protected ranges). */
export function protectionTag(range: CellRange): string {
  const cols = `${columnLetter(range.left)}:${columnLetter(range.right)}`;
  return `销售进程管理 · 公式列 ${cols}(请勿手动修改)/ Sales Process · formula columns ${cols} (edit with care)`;
}

/**
 * A warning-only protection over each block of formula columns: a rep who types over one is
 * asked first, nobody is locked out. Rows added by a later run extend our protection of the
 * same columns rather than adding another.
 */
function protectFormulaColumns(app: SpreadsheetService, sheet: Sheet, ranges: readonly CellRange[], isNew: boolean): void {
  if (ranges.length === 0) return;
  const existing = isNew ? [] : sheet.getProtections(app.ProtectionType.RANGE);
  const tags = existing.map((p) => p.getDescription());
  for (const range of ranges) {
    const tag = protectionTag(range);
    const i = tags.indexOf(tag);
    if (i >= 0) {
      const top = Math.min(existing[i].getRange().getRow() - 1, range.top);
      existing[i].setRange(rangeOf(sheet, { ...range, top }));
    } else {
      rangeOf(sheet, range).protect().setWarningOnly(true).setDescription(tag);
    }
  }
}

/** The fills of one sheet as rectangles of adjacent formula columns over the same rows. */
export function formulaColumns(plan: Plan, sheet: string): CellRange[] {
  const fills = plan.fills.filter((f) => f.sheet === sheet && f.bottom >= f.top).sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.col - b.col);
  const out: CellRange[] = [];
  for (const f of fills) {
    const last = out[out.length - 1];
    if (last && last.top === f.top && last.bottom === f.bottom && last.right + 1 === f.col) last.right = f.col;
    else if (!(last && last.top === f.top && last.bottom === f.bottom && f.col >= last.left && f.col <= last.right)) out.push({ top: f.top, bottom: f.bottom, left: f.col, right: f.col });
  }
  return out;
}
