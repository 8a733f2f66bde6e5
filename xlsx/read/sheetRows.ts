import type { SnapshotCell } from '../../core/layout';
import { textOf } from '../package/xml';
import { cellAttributes, scanCellTag, type CellTagScan } from './cellAttributes';
import { EXCEL_LIMITS, checkColumn, checkRow } from './limits';
import { cellValue, tagsFor, valueOf, type SheetContext } from './sheetCells';

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

/**
 * A row's number from its attributes, as ROW_NUMBER reads it. Excel and ExcelJS write it first
 * (` r="12"`): read as it stands, without a match array for each of 10 000 rows.
 */
function rowNumberOf(attrs: string): number | undefined {
  if (attrs.charCodeAt(0) === 32 && attrs.charCodeAt(1) === 114 && attrs.charCodeAt(2) === 61 && attrs.charCodeAt(3) === 34) {
    let n = 0;
    let i = 4;
    for (; i < attrs.length && i < 19; i++) {
      const digit = attrs.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) break;
      n = n * 10 + digit;
    }
    if (i > 4 && attrs.charCodeAt(i) === 34) return n;
  }
  const r = ROW_NUMBER.exec(attrs);
  return r ? Number(r[1]) : undefined;
}

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

/** Every cell of a worksheet part from its whole text, or from its text in pieces (see SheetRowReader). */
export function readSheetRows(part: string | Iterable<string>, ctx: SheetContext): (SnapshotCell[] | undefined)[] {
  const reader = new SheetRowReader(ctx);
  if (typeof part === 'string') reader.push(part);
  else for (const piece of part) reader.push(piece);
  return reader.end();
}

/**
 * Every cell of a worksheet part, rows[r][c] 0-based, as core's snapshot holds them, read from its
 * text handed over in pieces as they come (openPackage's: the part inflated a megabyte at a time),
 * so the largest part (our 50 000-row tabs: 53 million characters, two bytes each once a CJK text
 * is among them) never exists whole. What is read is a window over the text: an element that runs
 * past its end is read again from its '<' once more text has come. A piece too small to finish
 * one is kept until as much again has come, so a long element costs linear time, not quadratic.
 * Limits are checked as each row and cell comes.
 */
export class SheetRowReader {
  private readonly rows: (SnapshotCell[] | undefined)[] = [];
  private readonly general = new RegExp(ROW_OR_CELL.source, 'y');
  private readonly tag: CellTagScan = { ok: false, refFrom: 0, refTo: 0, type: undefined, style: 0 };
  /** The window, and where in it reading goes on. */
  private xml = '';
  private at = 0;
  /** Pieces come since the window was last read. */
  private waiting: string[] = [];
  private waitingLength = 0;
  /** sheetData's end tag once its start was read ('' before); done at its end (or with none). */
  private close = '';
  private done = false;
  private row = -1;
  private col = -1;
  private cells: SnapshotCell[] | undefined;

  constructor(private readonly ctx: SheetContext) {}

  push(piece: string): void {
    if (this.done || piece.length === 0) return;
    this.waiting.push(piece);
    this.waitingLength += piece.length;
    if (this.waitingLength < this.xml.length - this.at) return;
    this.take();
    this.read(false);
  }

  /** The rows read, once the whole text has been pushed. */
  end(): (SnapshotCell[] | undefined)[] {
    if (!this.done) {
      this.take();
      this.read(true);
    }
    if (!this.done && this.close !== '') throw new Error(`${this.close.replace('/', '')} is not closed`);
    this.flush();
    this.xml = '';
    return this.rows;
  }

  /** The window from where reading goes on, with the pieces waiting appended. */
  private take(): void {
    this.waiting.unshift(this.xml.slice(this.at));
    this.xml = this.waiting.join('');
    this.at = 0;
    this.waiting = [];
    this.waitingLength = 0;
  }

  private read(last: boolean): void {
    if (this.close === '') {
      SHEET_DATA.lastIndex = this.at;
      const m = SHEET_DATA.exec(this.xml);
      if (!m) {
        // Not in the window yet: keep from the last '<' (a tag cut in two); a sheet without one has no rows.
        if (last) this.done = true;
        else this.at = Math.max(this.at, this.xml.lastIndexOf('<'));
        return;
      }
      this.close = `</${m[1] ?? ''}sheetData>`;
      this.at = m.index + m[0].length;
      if (m[0].endsWith('/>')) {
        this.done = true;
        return;
      }
    }
    this.rowsFrom(last);
  }

  private flush(): void {
    const cells = this.cells;
    if (!cells) return;
    // Dense arrays: core walks them with for…of and reads `length`.
    for (let k = 0; k < cells.length; k++) if (cells[k] === undefined) cells[k] = null;
    // Kept as a copy of its own length: grown cell by cell, a row has room for up to half again as
    // many (a 20-cell row, 41), some 15 MB across the snapshot of a 50 000-row re-run.
    this.rows[this.row] = cells.slice();
    this.cells = undefined;
  }

  private startRow(attrs: string): void {
    this.flush();
    const r = rowNumberOf(attrs);
    this.row = r !== undefined ? r - 1 : this.row + 1;
    checkRow(this.row + 1, this.ctx.path, this.ctx.sheet);
    this.col = -1;
  }

  /** Reads rows and cells from `at` while the window holds them whole; `last`: no more text comes. */
  private rowsFrom(last: boolean): void {
    const { ctx, tag, general, close } = this;
    const xml = this.xml;
    const closeAt = close.charCodeAt(2);
    let i = this.at;
    let col = this.col;
    // The cell's r as text, only for messages (made when one is needed).
    let ref: string | undefined;
    const refText = () => ref ?? (tag.ok && tag.refTo > tag.refFrom ? xml.slice(tag.refFrom, tag.refTo) : '');
    for (;;) {
      const lt = xml.indexOf('<', i);
      // The tag from '<' to '>' (and a cell up to its end tag) must be in the window: else it is read again once more has come.
      const gt = lt < 0 ? -1 : xml.indexOf('>', lt + 1);
      if (gt < 0) {
        if (!last) i = lt < 0 ? xml.length : lt;
        break;
      }
      const next = xml.charCodeAt(lt + 1);
      if (next === 47) {
        // An end tag: the rows end with sheetData's; no other starts a row or a cell.
        if (xml.charCodeAt(lt + 2) === closeAt && xml.startsWith(close, lt)) {
          this.done = true;
          break;
        }
        i = lt + 2;
        continue;
      }
      let prefix = '';
      let attrsFrom: number;
      if (next === 99 && endsName(xml.charCodeAt(lt + 2))) {
        attrsFrom = lt + 2;
        scanCellTag(xml, attrsFrom, gt, tag);
      } else if (next === 114 && xml.startsWith('ow', lt + 2) && endsName(xml.charCodeAt(lt + 4))) {
        this.startRow(xml.slice(lt + 4, gt));
        col = -1;
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
          this.startRow(m[3]);
          col = -1;
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
        if (last) throw new Error(`a cell of "${ctx.sheet}" is not closed`);
        i = lt;
        break;
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
      if (empty) continue;
      let value: SnapshotCell;
      // The value alone, `<v>…</v>`, of a number or a shared string: read in place.
      const vTo = prefix === '' && (type === undefined || type === 's' || type === 'n') && xml.startsWith('<v>', i) ? xml.indexOf('<', i + 3) : -1;
      if (vTo === end - 4 && xml.startsWith('</v>', vTo)) value = valueOf(type, textOf(xml.slice(i + 3, vTo)), '', style, ctx, '');
      else value = cellValue(xml.slice(i, end), prefix, type, style, ctx, refText());
      i = end + cClose.length;
      if (value === null) continue;
      const cells = (this.cells ??= []);
      cells[col] = value;
    }
    this.at = i;
    this.col = col;
  }
}
