import type { PlanCell } from '../../core/layout';
import { escapeXml } from '../package/xml';
import { dayNumber } from '../../core/cells/calendar';

/**
 * One cell of ours as SpreadsheetML: strings inline (`t="inlineStr"`, so the shared string part
 * of the user's workbook is never touched; Excel moves them into it on its next save), numbers,
 * booleans, dates as serial numbers, formulas without a cached value (the workbook is marked
 * for a full calculation on load).
 */
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9a-fA-F]{4}_/;

/** Text as an ST_Xstring: characters XML cannot hold become `_xHHHH_`, a literal `_xHHHH_` is escaped. */
export function encodeXString(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return escapeXml(
    text
      .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`),
  );
}

export function dateToSerial(date: Date, date1904: boolean): number {
  return dayNumber(date) - (date1904 ? 1462 : 0);
}

export interface CellXmlContext {
  readonly date1904: boolean;
}

const STYLE_ATTRS: string[] = [];

/** ` s="N"`, made once per style (asked for millions of cells at 50 000 rows); '' for the default style 0. */
export function styleAttr(style: number): string {
  return style > 0 ? (STYLE_ATTRS[style] ??= ` s="${style}"`) : '';
}

/** `<c>` for a value; '' when there is nothing to write (a blank with no style). */
export function cellXml(ref: string, value: PlanCell, style: number, ctx: CellXmlContext): string {
  const s = styleAttr(style);
  if (value === null || value === undefined || value === '') return s ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : s ? `<c r="${ref}"${s}/>` : '';
  if (value instanceof Date) {
    const serial = dateToSerial(value, ctx.date1904);
    return Number.isFinite(serial) ? `<c r="${ref}"${s}><v>${serial}</v></c>` : '';
  }
  if (typeof value === 'string') {
    const text = encodeXString(value);
    const space = value.length > 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32) ? ' xml:space="preserve"' : '';
    return '<c r="' + ref + '"' + s + ' t="inlineStr"><is><t' + space + '>' + text + '</t></is></c>';
  }
  return `<c r="${ref}"${s}${cachedType(value.result)}><f>${escapeXml(value.formula)}</f>${cachedValue(value.result, ctx)}</c>`;
}

/** The `t` of a formula cell's cached result: text is `str`, a boolean `b`, a number none. */
export function cachedType(result: PlanCell | undefined): string {
  if (typeof result === 'string') return ' t="str"';
  if (typeof result === 'boolean') return ' t="b"';
  return '';
}

/**
 * `<v>` of the results most cells of a column share (0 and 1, a milestone's name, a stage),
 * made once: a formula column of 50 000 rows repeats a handful of them. The texts kept are
 * bounded, so a column of distinct results costs no more than without.
 */
const SMALL_NUMBERS: string[] = [];
const TEXTS = new Map<string, string>();
const MAX_TEXTS = 4096;

function numberValue(n: number): string {
  if (n >= 0 && n < 1024 && Number.isInteger(n)) return (SMALL_NUMBERS[n] ??= '<v>' + n + '</v>');
  return '<v>' + n + '</v>';
}

function textValue(text: string): string {
  const known = TEXTS.get(text);
  if (known !== undefined) return known;
  const xml = '<v>' + encodeXString(text) + '</v>';
  if (TEXTS.size < MAX_TEXTS) TEXTS.set(text, xml);
  return xml;
}

/** The cached result beside a formula, so viewers that do not calculate still show it. */
function cachedValue(result: PlanCell | undefined, ctx: CellXmlContext): string {
  if (typeof result === 'string') return textValue(result);
  if (typeof result === 'boolean') return `<v>${result ? 1 : 0}</v>`;
  if (typeof result === 'number') return Number.isFinite(result) ? numberValue(result) : '';
  if (result instanceof Date) return `<v>${dateToSerial(result, ctx.date1904)}</v>`;
  return '';
}

/** cachedValue and the cell's closing tag, made once for the results a column repeats (see above). */
const SMALL_TAILS: string[] = [];
const TEXT_TAILS = new Map<string, string>();

export function cachedTail(result: PlanCell | undefined, ctx: CellXmlContext): string {
  if (typeof result === 'number' && result >= 0 && result < 1024 && Number.isInteger(result)) return (SMALL_TAILS[result] ??= numberValue(result) + '</c>');
  if (typeof result !== 'string') return cachedValue(result, ctx) + '</c>';
  const known = TEXT_TAILS.get(result);
  if (known !== undefined) return known;
  const xml = textValue(result) + '</c>';
  if (TEXT_TAILS.size < MAX_TEXTS) TEXT_TAILS.set(result, xml);
  return xml;
}

/** A shared formula's master (`ref` spans the fill) or a follower (`master` undefined), with its cached result. */
const FOLLOWERS: string[] = [];

export function sharedFormulaXml(ref: string, style: number, si: number, result: PlanCell | undefined, ctx: CellXmlContext, master?: { text: string; range: string }): string {
  const f = master ? `<f t="shared" ref="${master.range}" si="${si}">${escapeXml(master.text)}</f>` : (FOLLOWERS[si] ??= `<f t="shared" si="${si}"/>`);
  return '<c r="' + ref + '"' + styleAttr(style) + cachedType(result) + '>' + f + cachedValue(result, ctx) + '</c>';
}
