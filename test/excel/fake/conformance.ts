/// <reference types="office-js" />
/**
 * Compile-time check that the fake's members have the shapes of the real ones in
 * @types/office-js, for the scalar members the add-in uses (collections and methods return
 * fake objects, so the applier's calls are checked against the real typings instead, with the
 * fake cast at the boundary). Nothing here runs.
 */
import type { FakeRequestContext } from './index';
import type { FakeRange } from './range';
import type { FakeWorksheet } from './worksheet';
import type { FakeTable } from './table';
import type { FakeChart } from './chart';
import type { FakeNamedItem, FakeRangeOrNullObject } from './names';

export function conforms(
  range: FakeRange,
  sheet: FakeWorksheet,
  table: FakeTable,
  chart: FakeChart,
  context: FakeRequestContext,
  name: FakeNamedItem,
  nameRange: FakeRangeOrNullObject,
): void {
  const r: Pick<Excel.Range, 'values' | 'formulas' | 'formulasR1C1' | 'numberFormat' | 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'> = range;
  const s: Pick<Excel.Worksheet, 'name'> = sheet;
  const t: Pick<Excel.Table, 'name'> = table;
  const c: Pick<Excel.Chart, 'name'> & { chartType: string } = chart;
  const x: Pick<Excel.RequestContext, 'sync'> = context;
  const n: Pick<Excel.NamedItem, 'name' | 'type' | 'value' | 'visible' | 'comment' | 'isNullObject'> = name;
  const nr: Pick<Excel.Range, 'isNullObject' | 'address' | 'values'> = nameRange;
  void [r, s, t, c, x, n, nr];
}
