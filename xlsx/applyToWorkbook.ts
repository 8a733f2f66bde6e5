import type ExcelJS from 'exceljs';
import { cellRef, onSheet, rangeRef, type CellRange } from '../core/layout/a1';
import type { Plan, PlanCell, ValidationRule } from '../core/layout';
import type { DeferredRows } from './bulkRows';
import { tablesOf } from './snapshot';

function toExcel(value: PlanCell): ExcelJS.CellValue {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const result = value.result;
    return (result === undefined || result === null ? { formula: value.formula } : { formula: value.formula, result }) as ExcelJS.CellValue;
  }
  return value ?? null;
}

function validation(rule: ValidationRule): ExcelJS.DataValidation {
  switch (rule.kind) {
    case 'list':
      return { type: 'list', allowBlank: true, formulae: [`"${rule.values.join(',')}"`] };
    case 'listFromRange':
      return { type: 'list', allowBlank: true, formulae: [onSheet(rule.sheet, rangeRef(rule.range, true))] };
    case 'boolean':
      return { type: 'list', allowBlank: true, formulae: ['"TRUE,FALSE"'] };
    case 'wholeNumber':
      return { type: 'whole', allowBlank: true, operator: 'greaterThanOrEqual', formulae: [rule.min] };
  }
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`plan refers to a missing sheet: ${name}`);
  return ws;
}

function forEachCell(ws: ExcelJS.Worksheet, range: CellRange, fn: (cell: ExcelJS.Cell) => void): void {
  for (let r = range.top; r <= range.bottom; r++) {
    const row = ws.getRow(r + 1);
    for (let c = range.left; c <= range.right; c++) fn(row.getCell(c + 1));
  }
}

export type Progress = (done: number, total: number) => void;

/**
 * Applies a plan to an ExcelJS workbook: the one place this host turns plan data into ExcelJS
 * calls. Charts are not here: ExcelJS cannot write them (see chartPart.ts).
 */
export function applyToWorkbook(wb: ExcelJS.Workbook, plan: Plan, progress: Progress = () => undefined, deferred: readonly DeferredRows[] = []): void {
  const deferredAt = (sheetName: string, row: number) => deferred.find((d) => d.sheet === sheetName && d.template === row);
  for (const add of plan.addSheets) wb.addWorksheet(add.name);

  const total = plan.writes.reduce((n, b) => n + b.values.length, 0);
  let done = 0;
  for (const block of plan.writes) {
    const ws = sheet(wb, block.sheet);
    block.values.forEach((values, i) => {
      const row = ws.getRow(block.row + i + 1);
      for (let j = 0; j < values.length; j++) row.getCell(block.col + j + 1).value = toExcel(values[j]);
      if (++done % 2000 === 0) progress(done, total);
    });
  }
  progress(total, total);

  for (const fill of plan.fills) {
    // A shared formula: the text once on the top cell, the rows below refer to it. Much smaller
    // and faster than one formula text per row; Excel and LibreOffice read it alike.
    const ws = sheet(wb, fill.sheet);
    const master = cellRef(fill.top, fill.col);
    if (fill.bottom > fill.top && deferredAt(fill.sheet, fill.top)) {
      // The rows below are injected (bulkRows.ts); the master declares the whole range.
      const ref = rangeRef({ top: fill.top, bottom: fill.bottom, left: fill.col, right: fill.col });
      ws.getRow(fill.top + 1).getCell(fill.col + 1).value = { formula: fill.formula, shareType: 'shared', ref } as ExcelJS.CellValue;
      continue;
    }
    ws.getRow(fill.top + 1).getCell(fill.col + 1).value = { formula: fill.formula } as ExcelJS.CellValue;
    for (let r = fill.top + 1; r <= fill.bottom; r++) ws.getRow(r + 1).getCell(fill.col + 1).value = { sharedFormula: master } as ExcelJS.CellValue;
  }

  for (const layout of plan.layouts) {
    const ws = sheet(wb, layout.sheet);
    layout.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const r of layout.hiddenRows) ws.getRow(r + 1).hidden = true;
    for (const range of layout.headerRanges) forEachCell(ws, range, (cell) => (cell.font = { bold: true }));
    if (layout.freezeRows > 0 || layout.freezeCols > 0) {
      ws.views = [{ state: 'frozen', xSplit: layout.freezeCols, ySplit: layout.freezeRows, topLeftCell: cellRef(layout.freezeRows, layout.freezeCols) }];
    }
  }

  for (const f of plan.numberFormats) {
    // Injected rows copy the template row's style, so formats stop at the template row.
    const d = deferred.find((x) => x.sheet === f.sheet && f.range.bottom > x.template && f.range.top <= x.last);
    if (d && f.range.top > d.template) continue;
    const range = d ? { ...f.range, bottom: d.template } : f.range;
    forEachCell(sheet(wb, f.sheet), range, (cell) => (cell.numFmt = f.format));
  }

  for (const t of plan.tables) {
    const ws = sheet(wb, t.sheet);
    const ref = rangeRef(t.range);
    if (t.create) {
      const table = ws.addTable({
        name: t.name,
        ref: cellRef(t.range.top, t.range.left),
        headerRow: true,
        style: { theme: 'TableStyleLight9', showRowStripes: true },
        columns: t.columns.map((name) => ({ name, filterButton: true })),
        rows: [],
      }) as unknown as { table: { tableRef: string; autoFilterRef: string } };
      // Created empty (ExcelJS would otherwise rewrite every cell), then given its full extent.
      table.table.tableRef = ref;
      table.table.autoFilterRef = ref;
    } else {
      const model = tablesOf(ws).find((m) => m.name === t.name);
      if (!model) throw new Error(`plan resizes a missing table: ${t.name}`);
      model.tableRef = ref;
      model.autoFilterRef = ref;
    }
  }

  for (const v of plan.validations) {
    // A range key ("F3:AA900") is written as one sqref, not one rule per cell.
    const dv = (sheet(wb, v.sheet) as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    dv.add(rangeRef(v.range), validation(v.rule));
  }

  for (const cf of plan.conditionalFormats) {
    sheet(wb, cf.sheet).addConditionalFormatting({
      ref: rangeRef(cf.range),
      rules: cf.rules.map((rule, i) => ({
        type: 'expression',
        priority: i + 1,
        formulae: [rule.formula],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${rule.fill}` } } },
      })),
    });
  }
}
