/// <reference types="office-js" />
import { anchorName, cellRef, columnLetter, onSheet, rangeRef, type CellRange, type Plan, type TabKind, type ValidationRule } from '../../core/layout';
import { OP_OVERHEAD, REQUEST_BUDGET, jsonBytes } from './bytes';
import { cellWrites, fillWrites } from './cellWrites';
import { mapExcelError, type Added } from './errors';
import { EXCEL_NOTES } from '../../core/excelErrors';
import type { Bilingual } from '../../core/methodology/bilingual';
import type { ExcelFeatures } from './features';
import { queueAnchors, type Anchors } from './anchors';
import type { ChartInfo } from './reader';
import { colorScaleCriteria, wrapHeaders } from './readableTabs';
import { queueCharts } from './charts';

export { CHART_SOURCE_COL, FUNNEL_CHART_NAME } from './charts';

/** One queued piece of the plan and its estimated request size. */
interface Step {
  readonly sheet: string;
  readonly bytes: number;
  readonly queue: () => void;
  /** The sheet, table or workbook name this step adds, if it adds one. */
  readonly adds?: Added;
}

export interface ApplyOptions {
  readonly features: ExcelFeatures;
  /** Charts by sheet, from the read: ours (by name, or an unnamed funnel an earlier run left) is not added again. */
  readonly charts?: ReadonlyMap<string, readonly ChartInfo[]>;
  /** Bytes per request; Excel refuses 5 MB. */
  readonly budget?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Tracker columns the read skipped because the plan only copies them (ReadResult.copyOnly). */
  readonly copyOnly?: { readonly sheet: string; readonly cols: ReadonlySet<number> };
  /** Our tabs (kind → sheet) after this plan, and the anchors found: missing ones are added. */
  readonly anchors?: { readonly current: Anchors; readonly tabs: ReadonlyMap<TabKind, string> };
}

export interface ApplyReport {
  readonly syncs: number;
  /** Things the host could not do, with why (older Excel), zh and en. */
  readonly notes: readonly { zh: string; en: string }[];
}

/**
 * Excel's widest column: 255 characters (Excel specifications and limits,
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
export const MAX_COLUMN_CHARS = 255;

/**
 * Excel column widths are in points; a character of the default font is about 7 px, 5.25 pt.
 * Kept within 0…255 characters: `format.columnWidth` past Excel's limit would stop the batch.
 */
export function widthInPoints(chars: number): number {
  const c = Math.min(MAX_COLUMN_CHARS, Math.max(0, Number.isFinite(chars) ? chars : 0));
  return Math.round((c * 7 + 5) * 0.75 * 100) / 100;
}

function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: rule.values.join(',') } };
    case 'listFromRange':
      return { list: { inCellDropDown: true, source: `=${onSheet(rule.sheet, rangeRef(rule.range, true))}` } };
    case 'boolean':
      return { list: { inCellDropDown: true, source: 'TRUE,FALSE' } };
    case 'wholeNumber':
      return { wholeNumber: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } };
  }
}

/** One plan: applyPlansToExcel. */
export function applyPlanToExcel(context: Excel.RequestContext, plan: Plan, options: ApplyOptions): Promise<ApplyReport> {
  return applyPlansToExcel(context, [plan], options);
}

/**
 * Applies plans, in order, in as few syncs as their size allows: every write is queued, and a
 * sync is made only when the next write would take the request past the budget, and once at the
 * end (Generate funnel's refresh and funnel share their round trips). The plans' sheets are added
 * first, then their anchors, then each plan's cells, tables, formats, rules and chart; nothing is
 * deleted or moved, and only cells the plans name are written.
 */
export async function applyPlansToExcel(context: Excel.RequestContext, plans: readonly Plan[], options: ApplyOptions): Promise<ApplyReport> {
  const { features } = options;
  const budget = options.budget ?? REQUEST_BUDGET;
  const wb = context.workbook;
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = wb.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };
  const range = (name: string, r: CellRange): Excel.Range => sheet(name).getRange(rangeRef(r));
  const notes: { zh: string; en: string }[] = [];
  const note = (text: Bilingual) => {
    if (!notes.some((n) => n.en === text.en)) notes.push({ ...text });
  };
  const steps: Step[] = [];
  const step = (sheetName: string, bytes: number, queue: () => void, adds?: Added) => steps.push({ sheet: sheetName, bytes: bytes + OP_OVERHEAD, queue, adds });

  for (const plan of plans) for (const add of plan.addSheets) step(add.name, jsonBytes(add.name), () => sheets.set(add.name, wb.worksheets.add(add.name)), { kind: 'sheet', name: add.name });
  const anchors = options.anchors;
  if (anchors) step('', 200 * anchors.tabs.size, () => queueAnchors(context, anchors.current, anchors.tabs), { kind: 'name', name: [...anchors.tabs.keys()].map(anchorName).join(', ') });
  for (const plan of plans) queuePlan(plan);
  return { syncs: await run(context, steps, budget, options.onProgress), notes };

  /** A plan's steps after its sheets: cells, fills, tables, formats, layouts, rules, charts. */
  function queuePlan(plan: Plan): void {

    // Tracker cells the plan copied verbatim (CellBlock.copies) are copied inside Excel
    // (Range.copyFrom) rather than sent: the rows of a 50 000-row set-up cost a few hundred bytes.
    for (const block of plan.writes) {
      const copyOnly = options.copyOnly;
      const mustCopy = copyOnly ? (sheetName: string, col: number) => sheetName === copyOnly.sheet && copyOnly.cols.has(col) : undefined;
      for (const w of cellWrites(block, { budget: budget / 8, mustCopy })) {
        steps.push({
          sheet: w.sheet,
          bytes: w.bytes,
          queue: () => {
            const target = range(w.sheet, w.range);
            if (w.property === 'copy') target.copyFrom(range(w.source.sheet, w.source.range), 'Values');
            else if (w.property === 'values') target.values = w.value as unknown as unknown[][];
            else if (w.property === 'formulasR1C1') target.formulasR1C1 = w.value as unknown as unknown[][];
            else target.formulas = w.value as unknown as unknown[][];
          },
        });
      }
    }

    for (const fill of plan.fills) {
      for (const w of fillWrites(fill, { budget: budget / 8 })) {
        steps.push({
          sheet: w.sheet,
          bytes: w.bytes,
          queue: () => {
            const target = range(w.sheet, w.range);
            if (w.property === 'formulasR1C1') target.formulasR1C1 = w.value as unknown as unknown[][];
            else if (w.property === 'formulas') target.formulas = w.value as unknown as unknown[][];
          },
        });
      }
    }

    for (const t of plan.tables) {
      if (t.create) {
        step(
          t.sheet,
          jsonBytes(t),
          () => {
            const table = sheet(t.sheet).tables.add(rangeRef(t.range), true);
            table.name = t.name;
          },
          { kind: 'table', name: t.name },
        );
      } else if (features.tableResize) {
        step(t.sheet, jsonBytes(t), () => wb.tables.getItem(t.name).resize(rangeRef(t.range)));
      } else {
        note(EXCEL_NOTES.TABLE_RESIZE);
      }
    }

    for (const f of plan.numberFormats) step(f.sheet, jsonBytes(f), () => (range(f.sheet, f.range).numberFormat = f.format as unknown as unknown[][]));

    for (const layout of plan.layouts) {
      layout.widths.forEach((w, col) => {
        const letter = columnLetter(col);
        step(layout.sheet, 40, () => (sheet(layout.sheet).getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(w)));
      });
      for (const h of layout.headerRanges) step(layout.sheet, 40, () => (range(layout.sheet, h).format.font.bold = true));
      for (const r of layout.hiddenRows) step(layout.sheet, 40, () => (sheet(layout.sheet).getRange(`${r + 1}:${r + 1}`).rowHidden = true));
      for (const c of layout.hiddenColumns ?? []) step(layout.sheet, 40, () => (sheet(layout.sheet).getRange(`${columnLetter(c)}:${columnLetter(c)}`).columnHidden = true));
      const wrap = layout.wrapHeaders;
      if (wrap) step(layout.sheet, 120, () => wrapHeaders(range(layout.sheet, wrap.range), wrap.height));
      if (features.notes) for (const n of layout.notes ?? []) step(layout.sheet, jsonBytes(n.text) + 60, () => sheet(layout.sheet).notes.add(cellRef(n.row, n.col), n.text));
      // Landscape, one page wide and `pagesTall` tall (0: as many as it takes), as the .xlsx writes it (ExcelApi 1.9).
      const print = layout.print;
      if (print) {
        step(layout.sheet, 120, () => {
          const page = sheet(layout.sheet).pageLayout;
          page.orientation = 'Landscape' as Excel.PageOrientation;
          page.zoom = { horizontalFitToPages: 1, verticalFitToPages: print.pagesTall };
        });
      }
      if (layout.freezeRows > 0 || layout.freezeCols > 0) {
        step(layout.sheet, 60, () => {
          const panes = sheet(layout.sheet).freezePanes;
          if (layout.freezeCols === 0) panes.freezeRows(layout.freezeRows);
          else if (layout.freezeRows === 0) panes.freezeColumns(layout.freezeCols);
          else panes.freezeAt(sheet(layout.sheet).getRange(rangeRef({ top: 0, left: 0, bottom: layout.freezeRows - 1, right: layout.freezeCols - 1 })));
        });
      }
    }

    // Excel refuses a rule over cells of which some already carry one (InvalidArgument, office-js
    // issue 2594: a rerun's longer column, or a user's own rule): the cells that get a rule are
    // cleared first, side-by-side columns over the same rows in one call.
    const clears: { sheet: string; range: CellRange }[] = [];
    for (const v of plan.validations) {
      const last = clears[clears.length - 1];
      if (last && last.sheet === v.sheet && last.range.top === v.range.top && last.range.bottom === v.range.bottom && last.range.right + 1 === v.range.left) {
        clears[clears.length - 1] = { sheet: v.sheet, range: { ...last.range, right: v.range.right } };
      } else clears.push({ sheet: v.sheet, range: v.range });
    }
    for (const c of clears) step(c.sheet, 60, () => range(c.sheet, c.range).dataValidation.clear());
    for (const v of plan.validations) step(v.sheet, jsonBytes(v), () => (range(v.sheet, v.range).dataValidation.rule = validationRule(v.rule)));

    for (const cf of plan.conditionalFormats) {
      step(cf.sheet, jsonBytes(cf), () => {
        for (const rule of cf.rules) {
          const format = range(cf.sheet, cf.range).conditionalFormats.add('Custom');
          format.custom.rule.formula = `=${rule.formula}`;
          format.custom.format.fill.color = `#${rule.fill}`;
          if (rule.font) format.custom.format.font.color = `#${rule.font}`;
        }
      });
    }

    for (const cs of plan.colorScales ?? []) step(cs.sheet, jsonBytes(cs), () => (range(cs.sheet, cs.range).conditionalFormats.add('ColorScale').colorScale.criteria = colorScaleCriteria(cs)));

    queueCharts(plan.charts, { there: (name) => options.charts?.get(name) ?? [], step, sheet, range });

    // The funnel tab shown when a funnel run is done (issue 14).
    if (plan.activate) step(plan.activate, 40, () => sheet(plan.activate!).activate());
  }
}

/** Queues the steps, syncing only when the next one would pass the budget; returns the syncs made. */
async function run(context: Excel.RequestContext, steps: readonly Step[], budget: number, onProgress?: (done: number, total: number) => void): Promise<number> {
  let syncs = 0;
  let bytes = 0;
  let lastSheet = '';
  let batch: Step[] = [];
  const sync = async (done: number) => {
    try {
      await context.sync();
    } catch (e) {
      // A refused request applies nothing; any other failure stops the batch midway, leaving the
      // operations before it applied (Excel has no rollback), so the message says so.
      const code = (e as { code?: string } | null)?.code ?? '';
      const refusedWhole = code === 'InvalidOperationInCellEditMode' || code === 'RequestPayloadSizeLimitExceeded';
      const adds = batch.flatMap((s) => (s.adds ? [s.adds] : []));
      throw mapExcelError(e, syncs === 0 && refusedWhole ? 'unchanged' : 'partial', { sheet: lastSheet, adds });
    }
    syncs++;
    bytes = 0;
    batch = [];
    onProgress?.(done, steps.length);
  };
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (bytes > 0 && bytes + s.bytes > budget) await sync(i);
    s.queue();
    batch.push(s);
    bytes += s.bytes;
    if (s.sheet !== '') lastSheet = s.sheet;
  }
  if (bytes > 0) await sync(steps.length);
  return syncs;
}
