import type { CellBlock, FormulaFill } from '../../core/layout';
import { columnLetter, rangeRef } from '../../core/layout/a1';
import { cellsOf, rowNumber, type RowAt } from '../read/sheetCells';
import { attributes, withAttribute, withoutAttribute } from '../package/xml';
import type { ByteWriter } from './byteWriter';
import { cellXml, sharedFormulaXml, type CellXmlContext } from './cellXml';
import { blockCell, followerCell } from './cellPieces';
import { RowPlan, blockWidth, type ColumnWriter } from './rowPlan';
import type { RowSource } from './rowSource';

/**
 * The rows of one of our tabs, old and new, in order: rows the plan does not touch are copied
 * as they are (the user's ticks, Excel's or LibreOffice's own markup), rows it touches are merged
 * cell by cell, new rows are written in between. Formula fills become shared formulas: the text
 * once on the top cell, so a 50 000-row fill stays small.
 */
/** The style (cellXfs index) the plan gives a cell; 0 where it gives none. */
export interface CellStyles {
  at(row: number, col: number): number;
}

export interface CellWrites {
  readonly blocks: readonly CellBlock[];
  readonly fills: readonly FormulaFill[];
  readonly styles: CellStyles;
  readonly hiddenRows: ReadonlySet<number>;
  /** Rows given a height in points (a header row whose text wraps). */
  readonly rowHeights?: ReadonlyMap<number, number>;
}

interface Context extends CellXmlContext {
  readonly path: string;
  readonly sheet: string;
  readonly prefix: string;
  /** Shared formula ids already used on the sheet. */
  readonly firstSi: number;
}

/**
 * The rows the plan writes, ascending: the blocks' and fills' row ranges merged (tens of
 * thousands of rows each at 50 000 opportunities, cheaper as ranges than as a set to sort),
 * and the rows it hides.
 */
function plannedRows(w: CellWrites): number[] {
  const ranges: [number, number][] = [];
  for (const b of w.blocks) if (b.values.length > 0) ranges.push([b.row, b.row + b.values.length - 1]);
  for (const f of w.fills) if (f.bottom >= f.top) ranges.push([f.top, f.bottom]);
  for (const r of w.hiddenRows) ranges.push([r, r]);
  ranges.sort((a, b) => a[0] - b[0]);
  const rows: number[] = [];
  let next = -1;
  for (const [top, bottom] of ranges) for (let r = Math.max(top, next); r <= bottom; r++, next = r) rows.push(r);
  return rows;
}

const LETTERS: string[] = [];

/** Column letters, computed once per column. */
function letter(col: number): string {
  return (LETTERS[col] ??= columnLetter(col));
}

/**
 * One planned cell of `row`: the XML of the first candidate that writes it ('' to clear), or
 * undefined when none does (a block whose values on this row stop short of the column).
 */
function plannedCell(w: CellWrites, cw: ColumnWriter, row: number, r: string, ctx: Context, sis: readonly number[]): string | undefined {
  const col = cw.col;
  const candidates = cw.candidates;
  // Loops by index in this file's per-cell paths: until V8 has optimised them (tens of ms on a
  // busy machine), `for…of` makes an iterator result for every cell and row.
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (c.fill >= 0) {
      const f = w.fills[c.fill];
      const style = w.styles.at(row, col);
      const result = f.results?.[row - f.top];
      if (f.top !== f.bottom && row !== f.top) return followerCell(col, r, style, sis[c.fill], result, ctx);
      const ref = letter(col) + r;
      if (f.top === f.bottom) return cellXml(ref, { formula: f.formula, result }, style, ctx);
      return sharedFormulaXml(ref, style, sis[c.fill], result, ctx, { text: f.formula, range: rangeRef({ top: f.top, bottom: f.bottom, left: f.col, right: f.col }) });
    }
    const b = w.blocks[c.block];
    const values = b.values[row - b.row];
    if (!values || c.j >= values.length) continue;
    return blockCell(col, r, values[c.j], w.styles.at(row, col), ctx);
  }
  return undefined;
}

/**
 * The new cells of one row, by column, in column order: '' to clear. Filled into `cells`, which
 * the caller reuses row after row (a map per row is garbage the collector pays for 50 000 times).
 */
function plannedCells(w: CellWrites, row: number, ctx: Context, sis: readonly number[], plan: RowPlan, cells: Map<number, string>): Map<number, string> {
  cells.clear();
  const r = String(row + 1);
  const columns = plan.columnsAt(row);
  for (let k = 0; k < columns.length; k++) {
    const xml = plannedCell(w, columns[k], row, r, ctx, sis);
    if (xml !== undefined) cells.set(columns[k].col, xml);
  }
  return cells;
}

function rowTag(row: number, hidden: boolean, prefix: string, existing?: string, height?: number): string {
  const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
  if (!existing) return `<${prefix}row r="${row + 1}"${hidden ? ' hidden="1"' : ''}${ht}>`;
  // spans is only a hint; a row we change may no longer match it.
  let tag = withoutAttribute(existing, 'spans');
  if (hidden) tag = withAttribute(tag, 'hidden', '1');
  if (height !== undefined) tag = withAttribute(withAttribute(tag, 'ht', String(height)), 'customHeight', '1');
  return tag.endsWith('/>') ? tag.slice(0, -2).replace(/\s+$/, '') + '>' : tag;
}

/** An existing cell's style, kept when the plan rewrites its value without a style of its own. */
function keepStyle(newXml: string, oldTag: string): string {
  const s = attributes(oldTag).get('s');
  if (!s || s === '0' || / s="/.test(newXml.slice(0, newXml.indexOf('>') + 1))) return newXml;
  if (newXml === '') return `${oldTag.replace(/\s*\/?>$/, '')}/>`.replace(/\s+t="[^"]*"/, '');
  return newXml.replace(/^<c r="([A-Z]+\d+)"/, `<c r="$1" s="${s}"`);
}

function mergedRow(xml: string, at: RowAt, planned: Map<number, string>, hidden: boolean, ctx: Context, height?: number): string {
  const existing: { col: number; xml: string; tag: string }[] = [];
  for (const c of cellsOf(xml, at.el, ctx)) existing.push({ col: c.col, xml: xml.slice(c.el.start, c.el.end), tag: c.el.tag });
  const cols = new Set<number>([...existing.map((c) => c.col), ...planned.keys()]);
  let out = rowTag(at.row, hidden, ctx.prefix, at.el.tag, height);
  for (const col of [...cols].sort((a, b) => a - b)) {
    const old = existing.find((c) => c.col === col);
    const fresh = planned.get(col);
    if (fresh === undefined) out += old!.xml;
    else out += old ? keepStyle(fresh, old.tag) : fresh;
  }
  return `${out}</${ctx.prefix}row>`;
}

/** A row the sheet did not have: its cells written as they come, already in column order. */
function newRow(w: CellWrites, row: number, ctx: Context, sis: readonly number[], plan: RowPlan): string {
  const r = String(row + 1);
  let out = rowTag(row, w.hiddenRows.has(row), ctx.prefix, undefined, w.rowHeights?.get(row));
  const columns = plan.columnsAt(row);
  for (let k = 0; k < columns.length; k++) {
    const xml = plannedCell(w, columns[k], row, r, ctx, sis);
    if (xml !== undefined) out += xml;
  }
  return out + '</' + ctx.prefix + 'row>';
}

const NO_HEIGHTS: ReadonlyMap<number, number> = new Map();

/** The extent the plan writes: the last row and column it touches (-1 for none). */
export function plannedExtent(w: CellWrites): { lastRow: number; lastCol: number } {
  let lastRow = -1;
  let lastCol = -1;
  for (const b of w.blocks) {
    lastCol = Math.max(lastCol, b.col + blockWidth(b) - 1);
    lastRow = Math.max(lastRow, b.row + b.values.length - 1);
  }
  for (const f of w.fills) {
    lastCol = Math.max(lastCol, f.col);
    lastRow = Math.max(lastRow, f.bottom);
  }
  return { lastRow, lastCol };
}

/**
 * Writes the `<sheetData>` element with the plan's cells into `out`, giving `out`'s compressor its
 * turns. The existing rows come from `rows` (the part's bytes, whole or as inflated): a row the
 * plan changes is decoded and merged, every other row is copied as its bytes, and once the plan's
 * last row is written the rest of the rows go as one copy, not looked at (openPackage has read
 * and checked each of them).
 */
export async function writeSheetData(rows: RowSource, edit: CellWrites, context: Context, out: ByteWriter): Promise<void> {
  // The per-cell code reads these two objects made afresh here, of one shape on every sheet: the
  // ones handed over differ from sheet to sheet (other fields, or fields holding other kinds of
  // values), and V8 throws away the code it optimised on the first sheet when the next one comes.
  const w: CellWrites = { blocks: edit.blocks, fills: edit.fills, styles: edit.styles, hiddenRows: edit.hiddenRows, rowHeights: edit.rowHeights ?? NO_HEIGHTS };
  const ctx: Context = { date1904: context.date1904, path: context.path, sheet: context.sheet, prefix: context.prefix, firstSi: context.firstSi };
  const sis = w.fills.map((_, k) => ctx.firstSi + k);
  const planned = plannedRows(w);
  const open = rows.tag.endsWith('/>') ? rows.tag.slice(0, -2).replace(/\s+$/, '') + '>' : rows.tag;
  out.write(open);
  let p = 0;
  const cells = new Map<number, string>();
  const plan = new RowPlan(w.blocks, w.fills);
  const writeNew = (r: number) => out.write(newRow(w, r, ctx, sis, plan));
  let number = 0;
  all: for await (const run of rows.runs()) {
    for (const el of run) {
      if (p >= planned.length) break all;
      number = rowNumber(el.tag, number, ctx);
      const row = number - 1;
      if (planned[p] > row) continue;
      await rows.copyTo(el.start);
      for (; p < planned.length && planned[p] < row; p++) {
        writeNew(planned[p]);
        if (out.needsTurn) await out.turn();
      }
      if (planned[p] === row) {
        const { xml, el: rowEl } = rows.decode(el);
        out.write(mergedRow(xml, { row, el: rowEl }, plannedCells(w, row, ctx, sis, plan, cells), w.hiddenRows.has(row), ctx, w.rowHeights?.get(row)));
        rows.skipTo(el.end);
        p++;
      }
      // A row the plan passes over is copied with the bytes after it.
      if (out.needsTurn) await out.turn();
    }
  }
  await rows.copyRest();
  for (; p < planned.length; p++) {
    writeNew(planned[p]);
    if (out.needsTurn) await out.turn();
  }
  out.write(`</${ctx.prefix}sheetData>`);
}
