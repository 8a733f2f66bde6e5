import type { CellRange, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../core/layout';
import { parseRangeAddress } from './address';
import type { Anchors } from './anchors';
import type { Outline } from './outline';
import { chartInfos, type ChartInfo, type ReadResult, type SheetFacts } from './reader';
import type { SparseGrid } from './sparseGrid';

/** What the applier needs of the facts, gathered into a ReadResult. */
export class ResultBuilder {
  readonly grids = new Map<string, SparseGrid>();
  readonly usedRows = new Map<string, number>();
  readonly tables = new Map<string, TableSnapshot[]>();
  readonly protectedSheets = new Set<string>();
  readonly charts = new Map<string, ChartInfo[]>();
  readonly merged = new Map<string, CellRange[]>();

  constructor(readonly outline: Outline) {
    for (const s of outline.sheets) this.grids.set(s, []);
  }

  facts(sheet: string, f: SheetFacts): void {
    if (f.protection?.protected) this.protectedSheets.add(sheet);
    if (f.charts) this.charts.set(sheet, chartInfos(f.charts));
  }

  /** Records a table; returns it and its sheet as the sheet list spells it. */
  table(name: string, address: string, totalsRow = false): { table: TableSnapshot; sheet: string } {
    const { sheet, range } = parseRangeAddress(address);
    const key = this.outline.sheets.find((s) => s.toLowerCase() === sheet.toLowerCase()) ?? sheet;
    const table = { name, ...range, ...(totalsRow ? { totalsRow } : {}) };
    this.tables.set(key, [...(this.tables.get(key) ?? []), table]);
    return { table, sheet: key };
  }

  snapshot(): WorkbookSnapshot {
    const sheets: SheetSnapshot[] = this.outline.sheets.map((name) => {
      const used = this.usedRows.get(name);
      return { name, rows: this.grids.get(name) ?? [], tables: this.tables.get(name) ?? [], ...(used !== undefined ? { usedRows: used } : {}) };
    });
    return { sheets };
  }

  result(syncs: number, anchors: Anchors): ReadResult {
    return {
      snapshot: this.snapshot(),
      protectedSheets: this.protectedSheets,
      workbookProtected: this.outline.workbookProtected,
      charts: this.charts,
      merged: this.merged,
      syncs,
      anchors,
    };
  }
}
