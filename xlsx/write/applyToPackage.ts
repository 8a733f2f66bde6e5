// The .xlsx host's part of the error catalogue (registers its codes).
import '../../core/fileErrors';
import { MethodError } from '../../core/errors';
import { anchorName, findOurTabs, quoteSheet, type ChartPlan, type ColorScalePlan, type Plan, type ValidationRule, type WorkbookSnapshot } from '../../core/layout';
import { onSheet, rangeRef, type CellRange } from '../../core/layout/a1';
import { chartXml, drawingXml } from '../chartPart';
import { CONTENT_TYPE, REL, isRelType, relsPathOf, type Package } from '../package/opc';
import { attributes, escapeXml } from '../package/xml';
import type { OpenedPackage, TablePart } from '../read/openPackage';
import { editSheet, editSheetPieces, newSheetXml, type SheetEdit } from './editSheet';
import type { CellStyles } from './sheetData';
import { resizedTable, tableXml } from './tablePart';
import { addNotes } from './notesPart';
import type { ConditionalXml, ValidationXml } from './sheetFrame';
import { ByteWriter } from './byteWriter';
import { StyleBook } from './styleBook';
import { WorkbookFrame } from './workbookFrame';
import { hasPiledRules, ownRulesOf } from './ownRules';
import { rulesBound } from '../../core/layout/ruleBlocks';

/**
 * A run's plans made into package edits: our tabs' worksheet parts rewritten (rows merged, see
 * sheetData.ts), new parts for new tabs, tables and the chart, entries appended to the index
 * parts. A plan that would write to a sheet that is not ours is refused before anything changes:
 * the user's sheets are never parsed for writing.
 */
interface SheetWork {
  part: string;
  blocks: Plan['writes'][number][];
  fills: Plan['fills'][number][];
  bold: CellRange[];
  formats: { range: CellRange; format: string }[];
  hiddenRows: Set<number>;
  wrap: CellRange[];
  rowHeights: Map<number, number>;
  colorScales: ColorScalePlan[];
  layout?: Plan['layouts'][number];
  validations: ValidationXml[];
  conditionalFormats: ConditionalXml[];
  tableParts: string[];
  drawing?: string;
  legacyDrawing?: string;
}

function emptyWork(part: string): SheetWork {
  return { part, blocks: [], fills: [], bold: [], formats: [], hiddenRows: new Set(), wrap: [], rowHeights: new Map(), colorScales: [], validations: [], conditionalFormats: [], tableParts: [] };
}

function ruleXml(rule: ValidationRule): { attrs: string; body: string } {
  const common = 'allowBlank="1" showInputMessage="1" showErrorMessage="1"';
  const list = (formula: string) => ({ attrs: `type="list" ${common}`, body: `<formula1>${escapeXml(formula)}</formula1>` });
  switch (rule.kind) {
    case 'list':
      return list(`"${rule.values.join(',')}"`);
    case 'listFromRange':
      return list(onSheet(rule.sheet, rangeRef(rule.range, true)));
    case 'boolean':
      return list('"TRUE,FALSE"');
    case 'wholeNumber':
      return { attrs: `type="whole" operator="greaterThanOrEqual" ${common}`, body: `<formula1>${rule.min}</formula1>` };
  }
}

/** Removes a drawing of ours and the chart parts it holds (with their style and colour parts). */
function removeDrawing(pkg: Package, drawing: string): void {
  for (const rel of pkg.relationships(drawing)) {
    if (!rel.part || !/^xl\/(charts|drawings)\//i.test(rel.part) || !pkg.has(rel.part)) continue;
    for (const sub of pkg.relationships(rel.part)) {
      if (sub.part && /^xl\/charts\//i.test(sub.part) && pkg.has(sub.part)) {
        pkg.remove(sub.part);
        pkg.removeOverride(sub.part);
      }
    }
    removePart(pkg, rel.part);
  }
  removePart(pkg, drawing);
}

function removePart(pkg: Package, part: string): void {
  const rels = relsPathOf(part);
  if (pkg.has(rels)) pkg.remove(rels);
  pkg.remove(part);
  pkg.removeOverride(part);
}

export interface ApplyContext {
  readonly path: string;
  /** The workbook as it will be after the plans (for the anchors). */
  readonly after: WorkbookSnapshot;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Cells of one of our tabs that did not get our validation: a user's rule there was kept whole. */
export interface WithheldCells {
  readonly sheet: string;
  readonly cells: readonly CellRange[];
}

export async function applyToPackage(opened: OpenedPackage, plans: readonly Plan[], ctx: ApplyContext): Promise<WithheldCells[]> {
  const { pkg, index } = opened;
  const workbook = new WorkbookFrame(pkg.text(index.workbookPart));
  // As in Excel: a structure-protected workbook gets no new sheet; nothing is changed.
  if (workbook.structureLocked() && plans.some((p) => p.addSheets.length > 0)) throw new MethodError('FILE_STRUCTURE_PROTECTED', { path: ctx.path });
  const styles = new StyleBook(pkg, index.stylesPart, index.workbookPart);
  const ours = new Set(plans.flatMap((p) => Object.values(p.tabs)));
  const work = new Map<string, SheetWork>();
  const sheetWork = (name: string): SheetWork => {
    const w = work.get(name);
    if (w) return w;
    if (!ours.has(name)) throw new Error(`the plan writes to "${name}", which is not one of our tabs`);
    const part = opened.sheets.get(name)?.entry.part;
    if (!part) throw new Error(`the plan writes to a sheet that does not exist: ${name}`);
    const fresh = emptyWork(part);
    work.set(name, fresh);
    return fresh;
  };
  const addedParts = new Map<string, string>();
  for (const plan of plans) {
    for (const add of plan.addSheets) {
      const part = pkg.freeName('xl/worksheets/sheet', '.xml');
      pkg.set(part, newSheetXml());
      pkg.setOverride(part, CONTENT_TYPE.worksheet);
      workbook.addSheet(add.name, pkg.addRelationship(index.workbookPart, REL.worksheet, part));
      addedParts.set(add.name, part);
      ours.add(add.name);
      work.set(add.name, emptyWork(part));
    }
  }
  let tableId = Math.max(0, ...[...opened.sheets.values()].flatMap((s) => s.tables.map((t) => t.id)));
  const tablesByName = new Map<string, TablePart>();
  for (const s of opened.sheets.values()) for (const t of s.tables) tablesByName.set(t.name.toLowerCase(), t);

  for (const plan of plans) {
    for (const b of plan.writes) sheetWork(b.sheet).blocks.push(b);
    for (const f of plan.fills) sheetWork(f.sheet).fills.push(f);
    for (const l of plan.layouts) {
      const w = sheetWork(l.sheet);
      w.layout = l;
      w.bold.push(...l.headerRanges);
      for (const r of l.hiddenRows) w.hiddenRows.add(r);
      if (l.notes?.length && !w.legacyDrawing) w.legacyDrawing = addNotes(pkg, w.part, l.notes);
      if (l.wrapHeaders) {
        w.wrap.push(l.wrapHeaders.range);
        for (let r = l.wrapHeaders.range.top; r <= l.wrapHeaders.range.bottom; r++) w.rowHeights.set(r, l.wrapHeaders.height);
      }
    }
    for (const cs of plan.colorScales ?? []) sheetWork(cs.sheet).colorScales.push(cs);
    for (const f of plan.numberFormats) sheetWork(f.sheet).formats.push({ range: f.range, format: f.format });
    for (const v of plan.validations) sheetWork(v.sheet).validations.push({ range: v.range, ...ruleXml(v.rule) });
    for (const cf of plan.conditionalFormats) sheetWork(cf.sheet).conditionalFormats.push({ range: cf.range, rules: cf.rules.map((r) => ({ formula: r.formula, dxf: styles.fill(r.fill) })) });
    for (const t of plan.tables) {
      const w = sheetWork(t.sheet);
      const existing = tablesByName.get(t.name.toLowerCase());
      if (!t.create && existing) {
        pkg.set(existing.part, resizedTable(pkg.text(existing.part), t.range, t.columns));
        continue;
      }
      const part = pkg.freeName('xl/tables/table', '.xml');
      pkg.set(part, tableXml(t, ++tableId));
      pkg.setOverride(part, CONTENT_TYPE.table);
      const rid = pkg.addRelationship(w.part, REL.table, part);
      w.tableParts.push(rid);
      // A later plan of the same run (the funnel after the set-up) resizes it, never adds it again.
      tablesByName.set(t.name.toLowerCase(), { name: t.name, ...t.range, part, rid, id: tableId });
    }
    for (const sheet of new Set(plan.charts.map((c) => c.sheet))) addCharts(pkg, sheetWork(sheet), plan.charts.filter((c) => c.sheet === sheet));
  }

  const total = [...work.values()].reduce((n, w) => n + w.blocks.reduce((m, b) => m + b.values.length, 0), 0);
  let done = 0;
  const deflating: Promise<void>[] = [];
  const withheld: WithheldCells[] = [];
  const kinds = new Map(plans.flatMap((p) => Object.entries(p.tabs).map(([kind, name]) => [name, kind] as const)));
  const dxfColour = (dxf: number) => styles.dxfBackground(dxf);
  // A tab an earlier version set up (no bound in B1) may hold the colour rules it piled up: it is
  // rewritten to gather them even when the plans write nothing on it (ownRules.ts).
  const tabs = findOurTabs(ctx.after);
  const reach = new Map([...tabs.values()].map((tab) => [tab.sheet.name, rulesBound(tab)]));
  for (const [kind, tab] of tabs) {
    const own = ownRulesOf(kind);
    const part = opened.sheets.get(tab.sheet.name)?.entry.part;
    if (own && part && !work.has(tab.sheet.name) && rulesBound(tab) === undefined && hasPiledRules(pkg.text(part), own, dxfColour)) sheetWork(tab.sheet.name);
  }
  for (const [name, w] of work) {
    const own = ownRulesOf(kinds.get(name) ?? '');
    const edit: SheetEdit = {
      blocks: w.blocks,
      fills: w.fills,
      styles: new ColumnStyles(w, styles),
      hiddenRows: w.hiddenRows,
      rowHeights: w.rowHeights,
      layout: w.layout,
      validations: w.validations,
      conditionalFormats: w.conditionalFormats,
      colorScales: w.colorScales,
      ownRules: own && { rules: own, dxfColour, reach: reach.get(name) },
      tableParts: w.tableParts,
      drawing: w.drawing,
      legacyDrawing: w.legacyDrawing,
    };
    const out = new ByteWriter(true);
    // The part's bytes, not its text: rows the edit does not change are copied as they are; a
    // large part as it is inflated (megabyte pieces: copied, they cost less time and memory than
    // 64 KB ones), when the read found where its rows lie.
    const around = pkg.isChanged(w.part) ? undefined : opened.around?.get(w.part);
    const where = { path: ctx.path, sheet: name, date1904: index.date1904 };
    const cells = around ? await editSheetPieces(() => pkg.pieces(w.part, 1 << 20), around, edit, where, out) : await editSheet(pkg.bytes(w.part), edit, where, out);
    if (cells.length > 0) withheld.push({ sheet: name, cells });
    // Compressed on the thread pool while the next sheet is built; collected below.
    deflating.push(out.deflated().then((deflated) => pkg.setDeflated(w.part, deflated)));
    done += w.blocks.reduce((m, b) => m + b.values.length, 0);
    ctx.onProgress?.(done, total);
  }
  await Promise.all(deflating);
  styles.commit();
  workbook.setAnchors([...findOurTabs(ctx.after)].map(([kind, tab]) => ({ name: anchorName(kind), ref: `${quoteSheet(tab.sheet.name)}!$A$1` })));
  workbook.calculateOnLoad();
  pkg.set(index.workbookPart, workbook.xml);
  return withheld;
}

/** A plan's charts on one sheet, in one drawing: any drawing of ours there before is removed first. */
function addCharts(pkg: Package, w: SheetWork, charts: readonly ChartPlan[]): void {
  const sheetXml = pkg.text(w.part);
  const old = /<([\w.-]+:)?drawing\s[^>]*>/.exec(sheetXml);
  if (old) {
    const rid = [...attributes(old[0])].find(([k]) => k.endsWith(':id'))?.[1];
    const rel = pkg.relationships(w.part).find((r) => r.id === rid && isRelType(r.type, REL.drawing));
    if (rel?.part && pkg.has(rel.part)) removeDrawing(pkg, pkg.find(rel.part)!);
    if (rid) pkg.removeRelationship(w.part, rid);
  }
  const drawing = pkg.freeName('xl/drawings/drawing', '.xml');
  const placed = charts.map((chart) => {
    const chartPart = pkg.freeName('xl/charts/chart', '.xml');
    pkg.set(chartPart, chartXml(chart));
    pkg.setOverride(chartPart, CONTENT_TYPE.chart);
    return { chart, rid: pkg.addRelationship(drawing, REL.chart, chartPart) };
  });
  pkg.set(drawing, drawingXml(placed));
  pkg.setOverride(drawing, CONTENT_TYPE.drawing);
  w.drawing = pkg.addRelationship(w.part, REL.drawing, drawing);
}

/**
 * The style a cell of ours gets from the plan: bold in header ranges, the number format of its
 * column range. Asked for every cell written (millions at 50 000 rows), so each column keeps the
 * run of rows its last answer holds for. One class for every sheet, not a closure made per sheet:
 * the sheet writer's hot loop then calls one function whichever sheet it writes, and the code
 * V8 optimised it into for the first sheet is not thrown away on the second ('wrong call target').
 */
class ColumnStyles implements CellStyles {
  private readonly ranges = new Map<number, { range: CellRange; bold: boolean; wrap?: boolean; format?: string }[]>();
  private readonly runs: ({ from: number; to: number; xf: number } | undefined)[] = [];

  constructor(
    w: SheetWork,
    private readonly styles: StyleBook,
  ) {
    for (const r of w.bold) this.add(r, true);
    for (const r of w.wrap) this.add(r, false, undefined, true);
    for (const f of w.formats) this.add(f.range, false, f.format);
  }

  private add(range: CellRange, bold: boolean, format?: string, wrap?: boolean): void {
    for (let c = range.left; c <= range.right; c++) this.ranges.set(c, [...(this.ranges.get(c) ?? []), { range, bold, format, wrap }]);
  }

  at(row: number, col: number): number {
    const run = this.runs[col];
    if (run && row >= run.from && row <= run.to) return run.xf;
    const list = this.ranges.get(col) ?? [];
    let bold = false;
    let wrap = false;
    let numFmt: string | undefined;
    let from = 0;
    let to = Number.MAX_SAFE_INTEGER;
    for (const { range, bold: b, wrap: wr, format } of list) {
      if (row >= range.top && row <= range.bottom && col >= range.left && col <= range.right) {
        if (b) bold = true;
        if (wr) wrap = true;
        if (format) numFmt = format;
        from = Math.max(from, range.top);
        to = Math.min(to, range.bottom);
      } else if (range.top > row) to = Math.min(to, range.top - 1);
      else from = Math.max(from, range.bottom + 1);
    }
    const xf = bold || numFmt || wrap ? this.styles.cell({ bold, numFmt, wrap }) : 0;
    this.runs[col] = { from, to, xf };
    return xf;
  }
}
