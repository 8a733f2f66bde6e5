import ExcelJS from 'exceljs';
import { FACTORS } from '../core/methodology/factors';
import { RUBRICS } from '../core/methodology/rubrics';
import { levelOption } from '../core/rubric';
import {
  activityFormulas,
  FIRST_DATA_ROW,
  MS,
  applyPlan,
  gradingFormulas,
  inputColumn,
  intensityFormulas,
  milestoneFormulas,
  planSetup,
  type CellBlock,
  type FormulaFill,
  type Plan,
  type PlanCell,
  type TabKind,
  type WorkbookSnapshot,
} from '../core/layout';
import type { FormulaColumn } from '../core/layout/keyedTab';
import { CONTROL, CONTROL_POINTS, CONTROL_STATUS, controlFigures, controlStatus } from '../core/layout/controlTab';
import { openPackage } from '../xlsx/read/openPackage';
import { applyToPackage } from '../xlsx/write/applyToPackage';
import { writeZipChunks } from '../xlsx/zipWriter';
import { sampleActivity, sampleOpportunities } from './teamPipeline';

export const SAMPLE_TRACKER = '销售机会跟踪';
export const SAMPLE_HEADERS = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段', '备注'];
/** Opportunities the previous set-up run saw; the rest "appeared since", so `npm start` adds them. */
export const SAMPLE_SEEN = 42;
const FIXED_DATE = new Date(Date.UTC(2026, 10, 2));

/**
 * The bundled team workbook, with one source of truth (samples/teamPipeline.ts): a Chinese
 * tracker, then our own set-up run on it as it stood earlier, then the reps' ticks and rubric
 * levels typed into the 里程碑 and 销售强度 tabs.
 */
/** Each fill's cached results computed from the rows as they are after the reps' entries. */
function recalculated(setup: Plan, typed: WorkbookSnapshot): FormulaFill[] {
  const ctx = { lang: setup.lang, tabs: setup.tabs as Record<TabKind, string> };
  const columns = new Map<string, FormulaColumn[]>([
    [setup.tabs.milestones, milestoneFormulas(ctx)],
    // No brief row names a decision maker in the sample: the Power check flags a Power score above it.
    [setup.tabs.intensity, intensityFormulas(ctx, () => false)],
    [setup.tabs.grading, gradingFormulas(ctx)],
    // No visit is logged in the sample: the activity tab's counts are the typed ones.
    [setup.tabs.activity, activityFormulas(ctx, [])],
  ]);
  return setup.fills.map((f) => {
    const value = columns.get(f.sheet)?.find((c) => c.col === f.col)?.value;
    const rows = typed.sheets.find((s) => s.name === f.sheet)?.rows ?? [];
    if (!value) return f;
    return { ...f, results: Array.from({ length: f.bottom - f.top + 1 }, (_, i) => value((rows[f.top + i] ?? []) as PlanCell[])) };
  });
}

/** The set-up's writes, the control points' figures and statuses as they count the rows after the reps' entries (controlFigures). */
function controlRecalculated(setup: Plan, typed: WorkbookSnapshot): CellBlock[] {
  const figures = controlFigures(typed, setup.lang);
  const recount = (cell: PlanCell, row: number, col: number): PlanCell => {
    const figure = figures[CONTROL_POINTS[row - FIRST_DATA_ROW]?.key];
    if (cell === null || typeof cell !== 'object' || cell instanceof Date || figure === null || figure === undefined) return cell;
    return { ...cell, result: col === CONTROL.figure ? figure : CONTROL_STATUS[controlStatus(figure)!][setup.lang] };
  };
  return setup.writes.map((w) => (w.sheet === setup.tabs.control ? { ...w, values: w.values.map((cells, i) => cells.map((c, j) => recount(c, w.row + i, w.col + j))) } : w));
}

export async function buildSampleWorkbook(): Promise<Buffer> {
  const opps = sampleOpportunities();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'pcss sample';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(SAMPLE_TRACKER);
  ws.getRow(1).values = ['华东区 2027 年销售机会跟踪表'];
  // Named like the body text (ExcelJS's default font): a font without a name is drawn in a serif by LibreOffice.
  ws.getRow(1).font = { name: 'Calibri', bold: true, size: 14 };
  ws.getRow(2).values = SAMPLE_HEADERS;
  ws.getRow(2).font = { name: 'Calibri', bold: true };
  opps.forEach((o, i) => {
    const [y, m, d] = o.expectedClose.split('-').map(Number);
    ws.getRow(3 + i).values = [o.name, o.customer, o.rep, o.amount, new Date(Date.UTC(y, m - 1, d)), o.stage, i % 7 === 3 ? '客户预算待批' : null];
    ws.getCell(3 + i, 5).numFmt = 'yyyy-mm-dd';
  });
  [26, 22, 10, 14, 14, 10, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 2 }];

  const tracker = Buffer.from(await wb.xlsx.writeBuffer());

  // The earlier run saw only the first SAMPLE_SEEN rows of the tracker, then the reps filled in
  // their ticks, rubric levels and activity counts: the same package editor as `pcss apply`.
  const opened = openPackage(tracker, 'team-pipeline.xlsx');
  const trackerSheet = opened.snapshot.sheets[0];
  const seen = { sheets: [{ ...trackerSheet, rows: trackerSheet.rows.slice(0, 2 + SAMPLE_SEEN) }] };
  const setup = planSetup(seen);
  const after = applyPlan(opened.snapshot, setup);
  const writes: CellBlock[] = [];
  const byRole = FACTORS.filter((f) => f.byRole);
  opps.slice(0, SAMPLE_SEEN).forEach((o, i) => {
    const row = FIRST_DATA_ROW + i;
    writes.push({ sheet: setup.tabs.milestones, row, col: MS.checklist, values: [o.checklist] });
    FACTORS.forEach((f, fi) => {
      const level = RUBRICS[f.key].find((l) => l.code === o.levels[fi]);
      if (level) writes.push({ sheet: setup.tabs.intensity, row, col: inputColumn(f.key, 'level'), values: [[levelOption(level, 'zh')]] });
    });
    byRole.forEach((f, ri) => writes.push({ sheet: setup.tabs.intensity, row, col: inputColumn(f.key, 'role'), values: [[o.roles[ri]]] }));
  });
  const activity = after.sheets.find((s) => s.name === setup.tabs.activity)!;
  for (const { rep, counts } of sampleActivity()) {
    const row = activity.rows.findIndex((r) => r?.[0] === rep);
    if (row >= 0) writes.push({ sheet: setup.tabs.activity, row, col: 1, values: [counts] });
  }
  const typedIn: Plan = { ...setup, addSheets: [], writes, fills: [], tables: [], validations: [], conditionalFormats: [], colorScales: [], layouts: [], numberFormats: [], charts: [], warnings: [] };
  // Excel would have recalculated as the reps typed: the cached results follow their entries.
  const typed = applyPlan(after, typedIn);
  const saved = { ...setup, fills: recalculated(setup, typed), writes: controlRecalculated(setup, typed) };
  await applyToPackage(opened, [saved, typedIn], { path: 'team-pipeline.xlsx', after });
  return Buffer.concat(writeZipChunks(opened.pkg.zipInputs()));
}
