import type { CellRange } from '../../core/layout/a1';
import type { SheetLayoutPlan } from '../../core/layout';
import { rootPrefix } from '../package/xml';
import { sheetDataOf } from '../read/sheetCells';
import { SheetFrame, type ConditionalXml, type ValidationXml } from './sheetFrame';
import { writeSheetData, type CellWrites } from './sheetData';

/** All that one run changes on one of our tabs. */
export interface SheetEdit extends CellWrites {
  readonly layout?: SheetLayoutPlan;
  readonly validations: readonly ValidationXml[];
  readonly conditionalFormats: readonly ConditionalXml[];
  /** Relationship ids of table parts to list on the sheet. */
  readonly tableParts: readonly string[];
  /** Relationship id of the drawing the sheet shows (ours, replacing any before). */
  readonly drawing?: string;
}

const NEW_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

export function newSheetXml(): string {
  return NEW_SHEET;
}

/** The sheet's worksheet part with the edit made; the bytes of every row it does not touch are kept. */
export function editSheet(xml: string, edit: SheetEdit, ctx: { path: string; sheet: string; date1904: boolean }): Buffer {
  const prefix = rootPrefix(xml);
  const data = sheetDataOf(xml);
  if (!data) throw new Error(`the worksheet part of "${ctx.sheet}" has no sheetData`);
  let firstSi = 0;
  for (const m of xml.slice(data.innerStart, data.innerEnd).matchAll(/\ssi\s*=\s*["'](\d+)["']/g)) firstSi = Math.max(firstSi, Number(m[1]) + 1);
  const rows = writeSheetData(xml, data, edit, { ...ctx, prefix, firstSi });

  const placeholder = `<${prefix}sheetData/>`;
  const frame = new SheetFrame(xml.slice(0, data.start) + placeholder + xml.slice(data.end), prefix);
  const written: CellRange | null = rows.lastRow >= 0 && rows.lastCol >= 0 ? { top: 0, left: 0, bottom: rows.lastRow, right: rows.lastCol } : null;
  frame.dimension(written);
  if (edit.layout) frame.layout(edit.layout);
  frame.conditionalFormats(edit.conditionalFormats);
  frame.validations(edit.validations);
  if (edit.drawing) frame.setDrawing(edit.drawing);
  frame.addTableParts(edit.tableParts);

  const at = frame.xml.indexOf(placeholder);
  return Buffer.concat([Buffer.from(frame.xml.slice(0, at), 'utf8'), rows.data, Buffer.from(frame.xml.slice(at + placeholder.length), 'utf8')]);
}
