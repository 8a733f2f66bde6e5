import type { CellValue } from '../../core/cells/cellValue';
import type { SnapshotCell } from '../../core/layout';
import { columnIndex } from '../../core/layout/a1';
import { decodeXString, elements, firstElement, innerOf, textOf, type Element } from '../package/xml';
import { cellAttributes } from './cellAttributes';
import { checkColumn, checkRow, checkTextLength } from './limits';
import type { ReadPool } from './readPool';

/**
 * The cells of a worksheet part, straight from its `<sheetData>` text: rows and cells located by
 * offset (so an editor can keep every byte of the rows it does not touch) and values decoded as
 * Excel shows them. Rows and cells without an `r` follow the previous one, as the schema allows.
 */
export interface RowAt {
  /** 0-based row. */
  readonly row: number;
  readonly el: Element;
}

export interface CellAt {
  /** 0-based column. */
  readonly col: number;
  readonly el: Element;
}

export interface SheetContext {
  readonly path: string;
  readonly sheet: string;
  readonly shared: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
  /** Where the texts read are held (openPackage's: so no cell keeps its sheet's XML alive); none: as cut. */
  readonly pool?: ReadPool;
}

function held(text: string, ctx: SheetContext): string {
  return ctx.pool ? ctx.pool.text(text) : text;
}

const REF = /^\$?([A-Za-z]{1,4})\$?(\d{1,10})$/;

export function sheetDataOf(xml: string): Element | undefined {
  return firstElement(xml, 'sheetData');
}

/** A row's 1-based number from its start tag, or the one after `previous` (a row without r); checked against Excel's limit. */
export function rowNumber(tag: string, previous: number, ctx: Pick<SheetContext, 'path' | 'sheet'>): number {
  const r = /\sr\s*=\s*["'](\d+)["']/.exec(tag);
  const number = r ? Number(r[1]) : previous + 1;
  checkRow(number, ctx.path, ctx.sheet);
  return number;
}

export function* rowsOf(xml: string, sheetData: Element, ctx: Pick<SheetContext, 'path' | 'sheet'>): Generator<RowAt> {
  let previous = 0;
  for (const el of elements(xml, 'row', sheetData.innerStart, sheetData.innerEnd)) {
    previous = rowNumber(el.tag, previous, ctx);
    yield { row: previous - 1, el };
  }
}

export function* cellsOf(xml: string, row: Element, ctx: Pick<SheetContext, 'path' | 'sheet'>): Generator<CellAt> {
  let previous = 0;
  for (const el of elements(xml, 'c', row.innerStart, row.innerEnd)) {
    const r = /\sr\s*=\s*["']([^"']*)["']/.exec(el.tag);
    let col = previous + 1;
    if (r) {
      const m = REF.exec(r[1]);
      if (!m) throw new Error(`not a cell reference: ${r[1]}`);
      col = columnIndex(m[1].toUpperCase()) + 1;
      checkColumn(col, ctx.path, ctx.sheet, r[1]);
    } else checkColumn(col, ctx.path, ctx.sheet, `#${col}`);
    previous = col;
    yield { col: col - 1, el };
  }
}

const EPOCH_1900 = 25569;

/** A serial date as ExcelJS and Sheets hand it over: the UTC midnight of that day (plus time). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - EPOCH_1900) * 86_400_000));
}

export function valueOf(type: string | undefined, v: string | undefined, inner: string, style: number, ctx: SheetContext, ref: string): CellValue {
  switch (type) {
    case 's': {
      const text = v === undefined ? undefined : ctx.shared[Number(v)];
      return text ?? null;
    }
    case 'inlineStr': {
      const is = firstElement(inner, 'is');
      if (!is) return null;
      let body = innerOf(inner, is);
      if (body.includes('rPh')) body = body.replace(/<([\w.-]+:)?rPh\b[\s\S]*?<\/([\w.-]+:)?rPh>/g, '');
      let text = '';
      for (const t of elements(body, 't')) text += textOf(innerOf(body, t));
      text = decodeXString(text);
      checkTextLength(text, ctx.path, `sheet "${ctx.sheet}" cell ${ref}`);
      return held(text, ctx);
    }
    case 'str':
    case 'e': {
      if (v === undefined) return null;
      const text = decodeXString(v);
      checkTextLength(text, ctx.path, `sheet "${ctx.sheet}" cell ${ref}`);
      return held(text, ctx);
    }
    case 'b':
      return v === undefined ? null : v === '1' || v.toLowerCase() === 'true';
    case 'd': {
      if (v === undefined) return null;
      const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isNaN(d.getTime()) ? held(v, ctx) : d;
    }
    default: {
      if (v === undefined || v.trim() === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) return held(v, ctx);
      if (!ctx.dateStyles.has(style)) return n;
      return ctx.pool ? ctx.pool.date(n, ctx.date1904) : serialToDate(n, ctx.date1904);
    }
  }
}

/** The text of the first `<p:name>` child in `inner` (no nesting), or undefined. */
function childText(inner: string, open: string, close: string): string | undefined {
  const at = inner.indexOf(open);
  if (at < 0) return undefined;
  const next = inner.charCodeAt(at + open.length);
  // `<v>` or `<v xml:space="preserve">`, not `<vm…>`.
  if (next !== 62 && next !== 32 && next !== 47) return undefined;
  const tagEnd = inner.indexOf('>', at);
  if (inner.charCodeAt(tagEnd - 1) === 47) return '';
  const end = inner.indexOf(close, tagEnd);
  return end < 0 ? undefined : textOf(inner.slice(tagEnd + 1, end));
}

/** The tags a cell's value is looked for by, per namespace prefix (made once, not for every cell). */
export interface CellTags {
  readonly vOpen: string;
  readonly vClose: string;
  readonly fOpen: string;
  readonly fClose: string;
  readonly cClose: string;
}

const TAGS = new Map<string, CellTags>();

export function tagsFor(prefix: string): CellTags {
  let tags = TAGS.get(prefix);
  if (!tags) {
    tags = { vOpen: `<${prefix}v`, vClose: `</${prefix}v>`, fOpen: `<${prefix}f`, fClose: `</${prefix}f>`, cClose: `</${prefix}c>` };
    TAGS.set(prefix, tags);
  }
  return tags;
}

/** The value a cell's inner XML holds, as core reads it (see valueOf). */
export function cellValue(inner: string, prefix: string, type: string | undefined, style: number, ctx: SheetContext, ref: string): SnapshotCell {
  if (inner === '') return null;
  const tags = tagsFor(prefix);
  const v = childText(inner, tags.vOpen, tags.vClose);
  const value = valueOf(type, v, inner, style, ctx, ref);
  const formula = childText(inner, tags.fOpen, tags.fClose);
  if (formula === undefined) return value;
  return ctx.pool ? ctx.pool.formula(formula, value) : { formula, result: value };
}

/** One cell as core reads it: formulas keep their text (empty for a shared formula's follower) and cached result. */
export function readCell(xml: string, cell: Element, ctx: SheetContext): SnapshotCell {
  if (cell.innerStart === cell.innerEnd) return null;
  const { ref, type, style } = cellAttributes(cell.tag);
  return cellValue(xml.slice(cell.innerStart, cell.innerEnd), cell.prefix, type, style, ctx, ref);
}
