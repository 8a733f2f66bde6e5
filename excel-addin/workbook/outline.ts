/// <reference types="office-js" />
import { TAB_KINDS, anchorName } from '../../core/layout';
import { readAnchors, type Anchors } from './anchors';

/** What round trip 1 of a selective read learns: the names of sheets and tables, our anchors, workbook protection. */
export interface Outline {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  readonly workbookProtected: boolean;
  readonly anchors: Anchors;
}

/** Round trip 1: names of sheets, tables and our anchors. */
export async function readOutline(context: Excel.RequestContext): Promise<Outline> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name');
  const tables = wb.tables.load('items/name');
  // Our names one by one rather than the whole list: some old workbooks carry thousands of names.
  const names = TAB_KINDS.map((kind) => wb.names.getItemOrNullObject(anchorName(kind)).load('name,type,value'));
  const protection = wb.protection.load('protected');
  await context.sync();
  const sheetNames = sheets.items.map((s) => s.name);
  return {
    sheets: sheetNames,
    tables: tables.items.map((t) => t.name),
    workbookProtected: protection.protected,
    anchors: readAnchors(names.filter((n) => !n.isNullObject), sheetNames),
  };
}
