import type { CellRange } from '../../core/layout/a1';
import type { ColorScalePlan, SheetLayoutPlan } from '../../core/layout';
import { rootPrefix } from '../package/xml';
import type { PartAround } from '../package/elementBounds';
import { findElement, latin1Pieces, type ByteElement } from '../package/xmlBytes';
import { SheetFrame, type ConditionalXml, type ValidationXml } from './sheetFrame';
import { plannedExtent, writeSheetData, type CellWrites } from './sheetData';
import type { ByteWriter } from './byteWriter';
import { StreamedRows, WholeRows, type RowSource } from './rowSource';
import { gatherOwnRules, type OwnRules } from './ownRules';

/** All that one run changes on one of our tabs. */
export interface SheetEdit extends CellWrites {
  readonly layout?: SheetLayoutPlan;
  readonly validations: readonly ValidationXml[];
  readonly conditionalFormats: readonly ConditionalXml[];
  readonly colorScales?: readonly ColorScalePlan[];
  /** Our colour rules on this tab, gathered to one set per block of rows reaching `reach` (ownRules.ts), with the fill colour of a differential format. */
  readonly ownRules?: { readonly rules: OwnRules; readonly dxfColour: (dxf: number) => string | undefined; readonly reach?: number };
  /** Relationship ids of table parts to list on the sheet. */
  readonly tableParts: readonly string[];
  /** Relationship id of the drawing the sheet shows (ours, replacing any before). */
  readonly drawing?: string;
  /** Relationship id of the VML drawing of the sheet's notes (a new tab's). */
  readonly legacyDrawing?: string;
}

const NEW_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

export function newSheetXml(): string {
  return NEW_SHEET;
}

type EditContext = { path: string; sheet: string; date1904: boolean };

/**
 * Writes the sheet's worksheet part, with the edit made, into `out`; the bytes of every row it
 * does not touch are kept. The part comes as its bytes: only what is around the rows and the
 * rows the edit changes are decoded (a 50 000-row tab is 53 million characters of text).
 * Returns the cells our validations left to a user's rule kept whole.
 */
export async function editSheet(part: Buffer, edit: SheetEdit, ctx: EditContext, out: ByteWriter): Promise<CellRange[]> {
  const data = findElement(part, 'sheetData', bomLength(part), part.length);
  if (!data) throw new Error(`the worksheet part of "${ctx.sheet}" has no sheetData`);
  // Shared formula ids the rows use already (only wanted when the edit adds fills).
  const firstSi = edit.fills.length > 0 ? sharedFormulaIds(part, data) : 0;
  return writeEdited(part.toString('utf8', bomLength(part), data.start), part.toString('utf8', data.end), new WholeRows(part, data, out), firstSi, edit, ctx, out);
}

/**
 * The same, the part's bytes coming as they are inflated (`pieces` inflates the part afresh each
 * call), `around` (taken as the part was read) saying where its rows lie: the 57 MB of a
 * 50 000-row tab never whole. An edit with fills (new rows) first reads the part once through
 * for the shared formula ids its rows use.
 */
export async function editSheetPieces(pieces: () => AsyncIterable<Buffer>, around: PartAround, edit: SheetEdit, ctx: EditContext, out: ByteWriter): Promise<CellRange[]> {
  const firstSi = edit.fills.length > 0 ? await sharedFormulaIdsIn(pieces(), around.element) : 0;
  const head = around.head;
  const rows = new StreamedRows(pieces(), around, out);
  try {
    return await writeEdited(head.toString('utf8', bomLength(head)), around.tail.toString('utf8'), rows, firstSi, edit, ctx, out);
  } finally {
    await rows.close();
  }
}

/** A UTF-8 byte order mark may come before the XML declaration; it is not written back. */
function bomLength(bytes: Buffer): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

async function writeEdited(head: string, tail: string, rows: RowSource, firstSi: number, edit: SheetEdit, ctx: EditContext, out: ByteWriter): Promise<CellRange[]> {
  const prefix = rootPrefix(head);
  const placeholder = `<${prefix}sheetData/>`;
  const frame = new SheetFrame(head + placeholder + tail, prefix);
  const extent = plannedExtent(edit);
  const written: CellRange | null = extent.lastRow >= 0 && extent.lastCol >= 0 ? { top: 0, left: 0, bottom: extent.lastRow, right: extent.lastCol } : null;
  frame.dimension(written);
  if (edit.layout) frame.layout(edit.layout);
  frame.conditionalFormats(edit.conditionalFormats, edit.colorScales);
  if (edit.ownRules) frame.xml = gatherOwnRules(frame.xml, prefix, edit.ownRules.rules, edit.ownRules.dxfColour, edit.ownRules.reach);
  const withheld = frame.validations(edit.validations);
  if (edit.drawing) frame.setDrawing(edit.drawing);
  if (edit.legacyDrawing) frame.setLegacyDrawing(edit.legacyDrawing);
  frame.addTableParts(edit.tableParts);

  const at = frame.xml.indexOf(placeholder);
  out.write(frame.xml.slice(0, at));
  await writeSheetData(rows, edit, { ...ctx, prefix, firstSi }, out);
  out.write(frame.xml.slice(at + placeholder.length));
  return withheld;
}

const SI = /\ssi\s*=\s*["'](\d+)["']/g;

/** One more than the highest shared formula id (`si`) in the text, or than `next`. */
function highestSi(text: string, next: number): number {
  for (const m of text.matchAll(SI)) next = Math.max(next, Number(m[1]) + 1);
  return next;
}

/** One more than the highest shared formula id (`si`) among the rows, 0 for none. */
function sharedFormulaIds(part: Buffer, data: ByteElement): number {
  let next = 0;
  for (const text of latin1Pieces(part, data.innerStart, data.innerEnd)) next = highestSi(text, next);
  return next;
}

/**
 * The same over the part as it is inflated, read to its end. Each piece is looked at up to its
 * last '>', the rest with the next: an `si` attribute holds no '>', so none is cut in two.
 */
async function sharedFormulaIdsIn(pieces: AsyncIterable<Buffer>, data: ByteElement): Promise<number> {
  let next = 0;
  let at = 0;
  let rest = '';
  for await (const piece of pieces) {
    const from = Math.max(at, data.innerStart);
    const to = Math.min(at + piece.length, data.innerEnd);
    if (to > from) {
      const text = rest + piece.toString('latin1', from - at, to - at);
      const cut = text.lastIndexOf('>') + 1;
      next = highestSi(text.slice(0, cut), next);
      rest = text.slice(cut);
    }
    at += piece.length;
  }
  return highestSi(rest, next);
}
