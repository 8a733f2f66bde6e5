import type { SnapshotCell } from '../../core/layout';
import { textOf } from '../package/xml';
import { cellAttributes, scanCellTag, type CellTagScan } from './cellAttributes';
import { EXCEL_LIMITS, checkColumn, checkRow } from './limits';
import { cellValue, sheetDataOf, tagsFor, valueOf, type SheetContext } from './sheetCells';

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

/** Every cell of a worksheet part, rows[r][c] 0-based, as core's snapshot holds them. */
export function readSheetRows(xml: string, ctx: SheetContext): (SnapshotCell[] | undefined)[] {
  const rows: (SnapshotCell[] | undefined)[] = [];
  const data = sheetDataOf(xml);
  if (!data) return rows;
  const general = new RegExp(ROW_OR_CELL.source, 'y');
  const tag: CellTagScan = { ok: false, refFrom: 0, refTo: 0, type: undefined, style: 0 };
  const stop = data.innerEnd;
  let row = -1;
  let col = -1;
  let cells: SnapshotCell[] | undefined;
  const flush = () => {
    if (!cells) return;
    // Dense arrays: core walks them with for…of and reads `length`.
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
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
  const refText = () => ref ?? (tag.ok && tag.refTo > tag.refFrom ? xml.slice(tag.refFrom, tag.refTo) : '');
  let i = data.innerStart;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= stop) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 47) {
      // An end tag: neither a row nor a cell starts here.
      i = lt + 2;
      continue;
    }
    let prefix = '';
    let attrsFrom: number;
    let gt: number;
    if (next === 99 && endsName(xml.charCodeAt(lt + 2))) {
      attrsFrom = lt + 2;
      gt = xml.indexOf('>', attrsFrom);
      if (gt < 0) break;
      scanCellTag(xml, attrsFrom, gt, tag);
    } else if (next === 114 && xml.startsWith('ow', lt + 2) && endsName(xml.charCodeAt(lt + 4))) {
      gt = xml.indexOf('>', lt + 4);
      if (gt < 0) break;
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
      gt = general.lastIndex - 1;
      attrsFrom = gt - m[3].length;
      tag.ok = false;
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
    if (col >= EXCEL_LIMITS.columns) checkColumn(col + 1, ctx.path, ctx.sheet, refText() || `#${col + 1}`);
    i = gt + 1;
    if (xml.charCodeAt(gt - 1) === 47) continue;
    const close = prefix === '' ? '</c>' : tagsFor(prefix).cClose;
    const end = xml.indexOf(close, i);
    if (end < 0) throw new Error(`a cell of "${ctx.sheet}" is not closed`);
    let value: SnapshotCell;
    // The value alone, `<v>…</v>`, of a number or a shared string: read in place.
    const vTo = prefix === '' && (type === undefined || type === 's' || type === 'n') && xml.startsWith('<v>', i) ? xml.indexOf('<', i + 3) : -1;
    if (vTo === end - 4 && xml.startsWith('</v>', vTo)) value = valueOf(type, textOf(xml.slice(i + 3, vTo)), '', style, ctx, '');
    else value = cellValue(xml.slice(i, end), prefix, type, style, ctx, refText());
    i = end + close.length;
    if (value === null) continue;
    cells ??= [];
    cells[col] = value;
  }
  flush();
  return rows;
}
