import type { CellRange } from '../../core/layout/a1';
import type { ColorScalePlan, SheetLayoutPlan } from '../../core/layout';
import { rootPrefix } from '../package/xml';
import { sheetDataOf } from '../read/sheetCells';
import { SheetFrame, type ConditionalXml, type ValidationXml } from './sheetFrame';
import { plannedExtent, writeSheetData, type CellWrites } from './sheetData';
import type { ByteWriter } from './byteWriter';
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

/**
 * Writes the sheet's worksheet part, with the edit made, into `out`; the bytes of every row it
 * does not touch are kept. Returns the cells our validations left to a user's rule kept whole.
 */
export async function editSheet(xml: string, edit: SheetEdit, ctx: { path: string; sheet: string; date1904: boolean }, out: ByteWriter): Promise<CellRange[]> {
  const prefix = rootPrefix(xml);
  const data = sheetDataOf(xml);
  if (!data) throw new Error(`the worksheet part of "${ctx.sheet}" has no sheetData`);
  let firstSi = 0;
  const si = /\ssi\s*=\s*["'](\d+)["']/g;
  si.lastIndex = data.innerStart;
  for (let m = si.exec(xml); m && m.index < data.innerEnd; m = si.exec(xml)) firstSi = Math.max(firstSi, Number(m[1]) + 1);

  const placeholder = `<${prefix}sheetData/>`;
  const frame = new SheetFrame(xml.slice(0, data.start) + placeholder + xml.slice(data.end), prefix);
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
  await writeSheetData(xml, data, edit, { ...ctx, prefix, firstSi }, out);
  out.write(frame.xml.slice(at + placeholder.length));
  return withheld;
}
