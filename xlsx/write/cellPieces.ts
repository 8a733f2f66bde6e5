import type { PlanCell } from '../../core/layout';
import { columnLetter } from '../../core/layout/a1';
import { cachedTail, cachedType, cellXml, dateToSerial, encodeXString, styleAttr, type CellXmlContext } from './cellXml';

/**
 * The cells of a new row, from pieces made once: a 50 000-row tab writes millions of cells and
 * each `+` of a cell's text is a string object the collector frees and the UTF-8 encoder walks.
 * A cell is `<c r="` and its column (once per column), its row number (once per row), the
 * attributes up to its value (once per style and kind) and its value with the closing tags.
 * The text is exactly cellXml's and sharedFormulaXml's; forms these pieces do not cover (a
 * boolean, a text with a leading or trailing space, a formula in a block) go to cellXml.
 */
const OPEN: string[] = [];

/** `<c r="AB`: the start of a cell of column `col`, up to its row number. */
export function cellOpen(col: number): string {
  return (OPEN[col] ??= '<c r="' + columnLetter(col));
}

/** `" s="N" t="inlineStr"><is><t>` and `" s="N"><v>`, by style. */
const TEXT_HEAD: string[] = [];
const NUMBER_HEAD: string[] = [];

/** A block's cell: the same text as cellXml(column letter + row, value, style). */
export function blockCell(col: number, r: string, value: PlanCell, style: number, ctx: CellXmlContext): string {
  // A blank: nothing, or the style alone (the intensity tab's 16 blank inputs on each new row).
  if (value === null || value === undefined || value === '') return style > 0 ? cellOpen(col) + r + '"' + styleAttr(style) + '/>' : '';
  if (typeof value === 'string') {
    const n = value.length;
    if (n > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(n - 1) > 32) {
      return cellOpen(col) + r + (TEXT_HEAD[style] ??= '"' + styleAttr(style) + ' t="inlineStr"><is><t>') + encodeXString(value) + '</t></is></c>';
    }
  } else if (typeof value === 'number') {
    if (Number.isFinite(value)) return cellOpen(col) + r + (NUMBER_HEAD[style] ??= '"' + styleAttr(style) + '><v>') + value + '</v></c>';
  } else if (value instanceof Date) {
    const serial = dateToSerial(value, ctx.date1904);
    if (Number.isFinite(serial)) return cellOpen(col) + r + (NUMBER_HEAD[style] ??= '"' + styleAttr(style) + '><v>') + serial + '</v></c>';
  }
  return cellXml(cellOpen(col).slice(6) + r, value, style, ctx);
}

/** `" s="N" t="str"><f t="shared" si="K"/>`: by shared formula id, then by style and result type. */
const FOLLOWER_HEAD: string[][] = [];
/** Every `t` attribute cachedType gives, in the order the heads are kept. */
const CACHED_TYPES = [cachedType(undefined), cachedType(''), cachedType(true)];

/** A shared formula's follower: the same text as sharedFormulaXml(ref, style, si, result) without a master. */
export function followerCell(col: number, r: string, style: number, si: number, result: PlanCell | undefined, ctx: CellXmlContext): string {
  const t = cachedType(result);
  const heads = (FOLLOWER_HEAD[si] ??= []);
  const head = (heads[style * CACHED_TYPES.length + CACHED_TYPES.indexOf(t)] ??= '"' + styleAttr(style) + t + '><f t="shared" si="' + si + '"/>');
  return cellOpen(col) + r + head + cachedTail(result, ctx);
}
