/// <reference types="office-js" />
import { HEADER_SCAN_ROWS, columnLetter } from '../../core/layout';
import type { ExcelFeatures } from './features';
import type { Outline } from './outline';
import { queueSheetFacts } from './reader';
import { ResultBuilder } from './readResultBuilder';
import { putValues } from './sparseGrid';

const EXTENT = 'rowIndex,columnIndex,rowCount,columnCount';

/** Columns of the first rows read from every sheet (headers past column CV are not looked for). */
export const HEAD_COLUMNS = 100;

/**
 * Round trip 2 of a set-up or an inspection: every sheet's extent and facts, its first rows,
 * every table's address and header row; `extra` queues more loads into the same round trip and
 * returns what to do with them once it is back.
 */
export async function readHeads(context: Excel.RequestContext, features: ExcelFeatures, outline: Outline, extra?: () => (build: ResultBuilder) => void) {
  const wb = context.workbook;
  const build = new ResultBuilder(outline);
  const headRange = `A1:${columnLetter(HEAD_COLUMNS - 1)}${HEADER_SCAN_ROWS}`;
  const sheets = outline.sheets.map((name) => {
    const ws = wb.worksheets.getItem(name);
    return { name, facts: queueSheetFacts(ws, EXTENT), head: ws.getRange(headRange).load('values') };
  });
  const tables = outline.tables.map((name) => {
    const t = wb.tables.getItem(name);
    // ExcelApi 1.3 (readHeads runs on 1.4+): a Total Row is not an opportunity.
    return { name, table: t.load('showTotals'), range: t.getRange().load('address'), header: t.getHeaderRowRange().load('values') };
  });
  const finish = extra?.();
  await context.sync();

  const extent = new Map<string, { bottom: number; right: number }>();
  for (const s of sheets) {
    build.facts(s.name, s.facts);
    putValues(build.grids.get(s.name)!, 0, 0, s.head.values);
    const u = s.facts.used;
    const bottom = u.rowIndex + u.rowCount - 1;
    const right = u.columnIndex + u.columnCount - 1;
    extent.set(s.name, { bottom, right });
    // A sheet that fits in the rows read is whole; any other is read in part.
    if (bottom >= HEADER_SCAN_ROWS || right >= HEAD_COLUMNS) build.usedRows.set(s.name, bottom + 1);
  }
  for (const t of tables) {
    const { table, sheet } = build.table(t.name, t.range.address, t.table.showTotals);
    const grid = build.grids.get(sheet);
    if (grid) putValues(grid, table.top, table.left, t.header.values);
  }
  finish?.(build);
  return { build, extent };
}
