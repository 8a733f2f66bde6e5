/// <reference types="office-js" />
import { rangeRef, type CellRange } from '../../core/layout';
import { parseRangeAddress } from './address';

/**
 * Where merged cells matter, asked of Excel with Range.getMergedAreasOrNullObject (ExcelApi 1.13)
 * over these ranges only, never over every sheet whole: the method fails above 512 merged areas
 * (its reference page), which a formatted report sheet passes easily. `box` absent: the whole
 * sheet (our own tabs, where we write). For the tracker, the box reaches from A1 to its
 * bottom-right cell, because Excel returns only the areas whose top-left cell lies in the range
 * asked (office-js issue 3611).
 */
export interface MergedTarget {
  readonly sheet: string;
  readonly box?: CellRange;
}

/**
 * Queues the merged areas of `targets` into the next sync; the returned function, called once it
 * is back, adds them to `into`. Each area comes from its own address (`areas/items/address`):
 * the RangeAreas' `address` lists only the top-left cell of each (office-js issue 1590).
 * A round trip carrying these that fails is made again without them (a sheet past 512 merged
 * areas must not stop the action): their sheets are then left unchecked, and a write Excel
 * refuses over a merged cell is still said as such (errors.ts, MergedRangeConflict).
 */
export function queueMerged(context: Excel.RequestContext, targets: readonly MergedTarget[]): (into: Map<string, CellRange[]>) => void {
  const loads = targets.map((t) => {
    const ws = context.workbook.worksheets.getItem(t.sheet);
    const range = t.box ? ws.getRange(rangeRef(t.box)) : ws.getRange();
    return { sheet: t.sheet, areas: range.getMergedAreasOrNullObject().load('areas/items/address') };
  });
  return (into) => {
    for (const { sheet, areas } of loads) {
      if (areas.isNullObject) continue;
      const found = areas.areas.items.map((a) => parseRangeAddress(a.address).range);
      into.set(sheet, [...(into.get(sheet) ?? []), ...found]);
    }
  };
}
