import type { SnapshotCell } from '../../core/layout';
import { textOf } from '../package/xml';
import { cellAttributes, scanCellTag, type CellTagScan } from './cellAttributes';
import { EXCEL_LIMITS, checkColumn, checkRow } from './limits';
import { cellValue, tagsFor, valueOf, type SheetContext } from './sheetCells';
import { extend, textSource, type TextSource } from './textSource';

/**
 * Every cell of a worksheet part, read in one pass over its text: the reading half of `pcss
 * apply` (hundreds of thousands of cells at 50 000 opportunities).
 *
 * Each `<` is looked at once. The forms every producer we know writes — `<row …>`, and `<c …>`
 * with its attributes as `name="value"` between single spaces and a value that is only
 * `<v>…</v>` — are read in place, without cutting the tag, the reference or the cell's inner XML
 * out of the text. Anything else (namespace prefixes, other spacing or quotes, formulas, inline
 * strings, other cell types) goes the general way: the regular expression below at that very
 * position, then sheetCells.ts's cellAttributes and cellValue. Both ways give the same cells;
 * a test compares them with the cell-by-cell reader the editor uses.
 */

// The general way: a row or cell start tag, with any namespace prefix.
const ROW_OR_CELL = /<([\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>/y;
const ROW_NUMBER = /\sr\s*=\s*["'](\d+)["']/;

/** After a row's or cell's name: a space, '>' or '/' (the fast forms; other white space goes the general way). */
function endsName(code: number): boolean {
  return code === 32 || code === 62 || code === 47;
}

/**
 * The 0-based column of the reference in xml[from, to) ("AB12": letters, then digits), or -1 when
 * it is not one. A `$` before the letters or the digits ("$B$1", as some producers write) is an
 * absolute reference's anchor and names the same cell: read as sheetCells.ts's editor reads it.
 */
function columnAt(xml: string, from: number, to: number): number {
  let col = 0;
  let i = xml.charCodeAt(from) === 36 ? from + 1 : from;
  const letters = i;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + c - 96;
  }
  if (i === letters || i - letters > 4) return -1;
  if (xml.charCodeAt(i) === 36) i++;
  if (i >= to) return -1;
  for (let j = i; j < to; j++) if (xml.charCodeAt(j) < 48 || xml.charCodeAt(j) > 57) return -1;
  return col - 1;
}

const SHEET_DATA = /<([\w.-]+:)?sheetData(?=[\s/>])[^>]*>/g;

/**
 * Every cell of a worksheet part, rows[r][c] 0-based, as core's snapshot holds them: from its
 * whole text, or from a source of pieces (openPackage's: the part's bytes decoded a megabyte at
 * a time). The text read is a window over the part: when a tag or a cell runs past its end, the
 * window drops what was read and takes the next pieces, and the element is read again from its
 * start. Limits are checked as each row and cell comes, as before.
 */
export function readSheetRows(part: string | TextSource, ctx: SheetContext): (SnapshotCell[] | undefined)[] {
  const rows: (SnapshotCell[] | undefined)[] = [];
  const source = typeof part === 'string' ? textSource(part) : part;
  let xml = source.next() ?? '';
  // The start of <sheetData>: a sheet without one has no rows.
  let i: number;
  let close: string;
  for (;;) {
    SHEET_DATA.lastIndex = 0;
    const m = SHEET_DATA.exec(xml);
    if (m) {
      if (m[0].endsWith('/>')) return rows;
      i = m.index + m[0].length;
      close = `</${m[1] ?? ''}sheetData>`;
      break;
    }
    // Not in the window yet: keep from the last '<' (a tag cut in two) and read on.
    const more = extend(source, xml, Math.max(0, xml.lastIndexOf('<')));
    if (more === undefined) return rows;
    xml = more;
  }
  const closeAt = close.charCodeAt(2);
  const general = new RegExp(ROW_OR_CELL.source, 'y');
  const tag: CellTagScan = { ok: false, refFrom: 0, refTo: 0, type: undefined, style: 0 };
  let row = -1;
  let col = -1;
  let cells: SnapshotCell[] | undefined;
  const flush = () => {
    if (!cells) return;
    // Dense arrays: core walks them with for…of and reads `length`.
    for (let k = 0; k < cells.length; k++) if (cells[k] === undefined) cells[k] = null;
    rows[row] = cells;
    cells = undefined;
  };
  const startRow = (attrs: string) => {
    flush();
    const r = ROW_NUMBER.exec(attrs);
    row = r ? Number(r[1]) - 1 : row + 1;
    checkRow(row + 1, ctx.path, ctx.sheet);
    col = -1;
  };
  // The cell's r as text, only for messages (made when one is needed).
  let ref: string | undefined;
  const refText = (text: string) => ref ?? (tag.ok && tag.refTo > tag.refFrom ? text.slice(tag.refFrom, tag.refTo) : '');
  for (;;) {
    const lt = xml.indexOf('<', i);
    // The tag from '<' to '>' (and a cell up to its end tag) must be in the window: else read on, and again from `lt`.
    const gt = lt < 0 ? -1 : xml.indexOf('>', lt + 1);
    if (gt < 0) {
      const more = extend(source, xml, lt < 0 ? i : lt);
      if (more === undefined) throw new Error(`${close.replace('/', '')} is not closed`);
      xml = more;
      i = 0;
      continue;
    }
    const next = xml.charCodeAt(lt + 1);
    if (next === 47) {
      // An end tag: the rows end with sheetData's; no other starts a row or a cell.
      if (xml.charCodeAt(lt + 2) === closeAt && xml.startsWith(close, lt)) break;
      i = lt + 2;
      continue;
    }
    let prefix = '';
    let attrsFrom: number;
    if (next === 99 && endsName(xml.charCodeAt(lt + 2))) {
      attrsFrom = lt + 2;
      scanCellTag(xml, attrsFrom, gt, tag);
    } else if (next === 114 && xml.startsWith('ow', lt + 2) && endsName(xml.charCodeAt(lt + 4))) {
      startRow(xml.slice(lt + 4, gt));
      i = gt + 1;
      continue;
    } else {
      general.lastIndex = lt;
      const m = general.exec(xml);
      if (!m) {
        i = lt + 1;
        continue;
      }
      if (m[2] === 'row') {
        startRow(m[3]);
        i = general.lastIndex;
        continue;
      }
      prefix = m[1] ?? '';
      attrsFrom = gt - m[3].length;
      tag.ok = false;
    }
    const empty = xml.charCodeAt(gt - 1) === 47;
    const cClose = prefix === '' ? '</c>' : tagsFor(prefix).cClose;
    const end = empty ? gt : xml.indexOf(cClose, gt + 1);
    if (end < 0) {
      const more = extend(source, xml, lt);
      if (more === undefined) throw new Error(`a cell of "${ctx.sheet}" is not closed`);
      xml = more;
      i = 0;
      continue;
    }

    // A cell: its column, from r or after the one before.
    ref = undefined;
    let type: string | undefined;
    let style: number;
    if (tag.ok) {
      type = tag.type;
      style = tag.style;
      if (tag.refTo > tag.refFrom) {
        col = columnAt(xml, tag.refFrom, tag.refTo);
        if (col < 0) throw new Error(`not a cell reference: ${xml.slice(tag.refFrom, tag.refTo)}`);
      } else col++;
    } else {
      const attrs = cellAttributes(xml.slice(attrsFrom, gt));
      ({ ref, type, style } = attrs);
      if (ref) {
        col = columnAt(ref, 0, ref.length);
        if (col < 0) throw new Error(`not a cell reference: ${ref}`);
      } else col++;
    }
    if (col >= EXCEL_LIMITS.columns) checkColumn(col + 1, ctx.path, ctx.sheet, refText(xml) || `#${col + 1}`);
    i = gt + 1;
    if (empty) continue;
    let value: SnapshotCell;
    // The value alone, `<v>…</v>`, of a number or a shared string: read in place.
    const vTo = prefix === '' && (type === undefined || type === 's' || type === 'n') && xml.startsWith('<v>', i) ? xml.indexOf('<', i + 3) : -1;
    if (vTo === end - 4 && xml.startsWith('</v>', vTo)) value = valueOf(type, textOf(xml.slice(i + 3, vTo)), '', style, ctx, '');
    else value = cellValue(xml.slice(i, end), prefix, type, style, ctx, refText(xml));
    i = end + cClose.length;
    if (value === null) continue;
    cells ??= [];
    cells[col] = value;
  }
  flush();
  return rows;
}
