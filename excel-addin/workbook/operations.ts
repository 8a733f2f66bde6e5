/// <reference types="office-js" />
import { findOurTabs, funnelRep, planFunnel, planSetup, readMarker, type CellRange, type FunnelSource, type Plan, type PlanWarning, type TabKind, type TrackerMapping } from '../../core/layout';
import type { Lang } from '../../core/methodology/bilingual';
import { funnelSummary, type FunnelSummaryView } from '../../core/report/summaries';
import { MAX_ROWS } from './address';
import { applyPlanToExcel } from './applier';
import { hostError, mapExcelError } from './errors';
import { detectFeatures, type ExcelFeatures, type Requirements } from './features';
import { readWorkbook, type ReadResult } from './reader';
import { readForFunnel } from './funnelRead';
import { readForSetup } from './selectiveRead';

export interface Progress {
  readonly step: 'read' | 'plan' | 'write' | 'done';
  readonly zh: string;
  readonly en: string;
  /** Write steps done and planned, during 'write'. */
  readonly done?: number;
  readonly total?: number;
}

export interface HostOptions {
  /** `Office.context.requirements`; defaults to the global Office when present. */
  readonly requirements?: Requirements;
  readonly onProgress?: (progress: Progress) => void;
  /** Request size budget in bytes (tests lower it to exercise splitting). */
  readonly budget?: number;
}

export interface SetupWorkbookOptions extends HostOptions {
  readonly lang?: Lang;
  readonly mapping?: TrackerMapping;
}

export interface FunnelWorkbookOptions extends HostOptions {
  readonly lang?: Lang;
  readonly rep?: string;
  /** ISO yyyy-mm-dd; today (local time) when absent. */
  readonly date?: string;
}

export interface RunSummary {
  readonly lang: Lang;
  readonly tabs: Readonly<Record<string, string>>;
  readonly tabsAdded: readonly string[];
  readonly opportunitiesAdded: number;
  /** The plan's warnings and what this Excel could not do, zh and en. */
  readonly warnings: readonly PlanWarning[];
  /** Round trips to Excel: reads and writes. */
  readonly syncs: number;
}

export interface SetupSummary extends RunSummary {
  readonly tracker: TrackerMapping | null;
}

export interface FunnelSummary extends RunSummary {
  readonly totals: { readonly count: number; readonly amount: number; readonly forecast: number };
  readonly rep?: string;
  /** The funnel as the pane shows it (rows, forecast by rep, unreadable rows). */
  readonly view: FunnelSummaryView;
}

declare const Office: { context: { requirements: Requirements } } | undefined;

function requirementsOf(options: HostOptions): Requirements {
  if (options.requirements) return options.requirements;
  if (typeof Office !== 'undefined') return Office.context.requirements;
  throw new Error('no Office.context.requirements: pass options.requirements');
}

const PROGRESS = {
  read: { zh: '正在读取工作簿…', en: 'Reading the workbook…' },
  plan: { zh: '正在规划…', en: 'Planning…' },
  write: { zh: '正在写入…', en: 'Writing…' },
  done: { zh: '完成', en: 'Done' },
} as const;

/** A read, with progress shown and Office errors turned into bilingual ones (nothing written yet). */
async function guarded<T>(options: HostOptions, read: () => Promise<T>): Promise<T> {
  options.onProgress?.({ step: 'read', ...PROGRESS.read });
  try {
    return await read();
  } catch (e) {
    throw mapExcelError(e, 'unchanged');
  }
}

/** The whole workbook (or, past one response, the sheets `needs` asks for): Excel before 1.4, and fallbacks. */
function read(context: Excel.RequestContext, features: ExcelFeatures, options: HostOptions, needs?: (firstCell: unknown) => boolean): Promise<ReadResult> {
  return guarded(options, () => readWorkbook(context, features, { budget: options.budget, needs }));
}

function sheetsTouched(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const list of [plan.writes, plan.tables, plan.validations, plan.conditionalFormats, plan.layouts, plan.numberFormats, plan.charts]) {
    for (const item of list) out.add(item.sheet);
  }
  for (const add of plan.addSheets) out.delete(add.name);
  return out;
}

/** What would make Excel fail halfway, checked before anything is written. */
function preflight(plan: Plan, state: ReadResult): void {
  for (const name of sheetsTouched(plan)) {
    if (state.protectedSheets.has(name)) throw hostError('EXCEL_PROTECTED', 'unchanged', { sheet: name });
  }
  // Merged cells: over the tracker they hide values (only the top-left cell holds one), and
  // Excel refuses a write over part of a merged area.
  const tracker = plan.tracker;
  const overlaps = (a: CellRange, b: CellRange) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
  if (tracker) {
    const cols = Object.values(tracker.columns).filter((c): c is number => c !== undefined);
    const area = { top: tracker.headerRow, bottom: tracker.lastRow, left: Math.min(...cols), right: Math.max(...cols) };
    if ((state.merged.get(tracker.sheet) ?? []).some((m) => overlaps(m, area))) throw hostError('EXCEL_TRACKER_MERGED', 'unchanged', { sheet: tracker.sheet });
  }
  for (const w of plan.writes) {
    const box = { top: w.row, left: w.col, bottom: w.row + w.values.length - 1, right: w.col + Math.max(0, ...w.values.map((r) => r.length)) - 1 };
    if ((state.merged.get(w.sheet) ?? []).some((m) => overlaps(m, box))) throw hostError('EXCEL_MERGED', 'unchanged', { sheet: w.sheet });
  }
  if (plan.addSheets.length > 0 && state.workbookProtected) throw hostError('EXCEL_WORKBOOK_PROTECTED', 'unchanged');
  for (const w of plan.writes) {
    if (w.row + w.values.length > MAX_ROWS) {
      throw hostError('EXCEL_TOO_MUCH_DATA', 'unchanged', {
        detail: `“${w.sheet}”需要 ${w.row + w.values.length} 行,超过 Excel 的 ${MAX_ROWS} 行上限`,
        detailEn: `"${w.sheet}" would need ${w.row + w.values.length} rows, past Excel's limit of ${MAX_ROWS}`,
      });
    }
  }
}

/** Our tabs once the plan is applied: those the read found and those the plan adds. */
function tabsAfter(plan: Plan, state: ReadResult): Map<TabKind, string> {
  const tabs = new Map<TabKind, string>();
  for (const [kind, tab] of findOurTabs(state.snapshot)) tabs.set(kind, tab.sheet.name);
  for (const add of plan.addSheets) tabs.set(add.kind as TabKind, add.name);
  return tabs;
}

async function apply(context: Excel.RequestContext, plan: Plan, state: ReadResult, features: ExcelFeatures, options: HostOptions): Promise<{ syncs: number; warnings: PlanWarning[] }> {
  preflight(plan, state);
  options.onProgress?.({ step: 'write', ...PROGRESS.write, done: 0, total: 1 });
  const report = await applyPlanToExcel(context, plan, {
    features,
    anchors: features.anchors && state.anchors ? { current: state.anchors, tabs: tabsAfter(plan, state) } : undefined,
    copyOnly: state.copyOnly,
    charts: state.charts,
    budget: options.budget,
    onProgress: (done, total) => options.onProgress?.({ step: 'write', ...PROGRESS.write, done, total }),
  });
  options.onProgress?.({ step: 'done', ...PROGRESS.done });
  return { syncs: report.syncs, warnings: [...plan.warnings, ...report.notes.map((n) => ({ code: 'EXCEL_LIMITED', ...n }))] };
}

/**
 * The pane's "Set up" button: read the workbook, plan the methodology tabs beside the team's
 * own sheets, apply. Safe to repeat; never moves, alters or deletes a user's cell or sheet.
 * Throws a bilingual MethodError, saying whether anything was written.
 */
export async function setupWorkbook(context: Excel.RequestContext, options: SetupWorkbookOptions = {}): Promise<SetupSummary> {
  const features = detectFeatures(requirementsOf(options));
  const state = features.anchors ? await guarded(options, () => readForSetup(context, features, { budget: options.budget, mapping: options.mapping })) : await read(context, features, options);
  options.onProgress?.({ step: 'plan', ...PROGRESS.plan });
  const plan = planSetup(state.snapshot, { lang: options.lang, mapping: options.mapping });
  const { syncs, warnings } = await apply(context, plan, state, features, options);
  return {
    lang: plan.lang,
    tabs: plan.tabs,
    tabsAdded: plan.addSheets.map((s) => s.name),
    opportunitiesAdded: plan.addedOpportunities,
    warnings,
    syncs: syncs + state.syncs,
    tracker: plan.tracker,
  };
}

const FUNNEL_NEEDS = new Set<string>(['milestones', 'funnel', 'history']);

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The pane's "Funnel" button: the funnel tab's formulas and chart (a native funnel on ExcelApi
 * 1.9, a bar chart before), and one dated row of totals on the history tab.
 */
export async function generateFunnel(context: Excel.RequestContext, options: FunnelWorkbookOptions = {}): Promise<FunnelSummary> {
  const features = detectFeatures(requirementsOf(options));
  // Where the anchors tell where our tabs are, two round trips read what the funnel needs, with
  // the level Excel calculated (see readForFunnel). Otherwise (Excel before 1.4, a workbook our
  // add-in set up before anchors, a tab moved) the whole workbook is read, or past one response
  // only the milestone, funnel and history tabs, and the funnel is computed from the checklist.
  let state: ReadResult;
  let source: FunnelSource = 'checklist';
  let readSyncs = 0;
  const fast = features.anchors ? await guarded(options, () => readForFunnel(context, features)) : undefined;
  if (fast && !('fallback' in fast)) {
    state = fast;
    source = 'levels';
  } else {
    readSyncs = fast?.syncs ?? 0;
    const whole = await read(context, features, options, (a1) => FUNNEL_NEEDS.has(readMarker(typeof a1 === 'string' ? a1 : null)?.kind ?? ''));
    state = { ...whole, anchors: fast?.anchors };
  }
  options.onProgress?.({ step: 'plan', ...PROGRESS.plan });
  const plan = planFunnel(state.snapshot, { lang: options.lang, rep: options.rep, date: options.date ?? today(), source });
  const rep = funnelRep(state.snapshot, options.rep);
  // What the pane shows, from the same read: the funnel plan does not touch the milestone tab.
  const view = funnelSummary(state.snapshot, rep, source);
  const { syncs, warnings } = await apply(context, plan, state, features, options);
  return {
    lang: plan.lang,
    tabs: plan.tabs,
    tabsAdded: plan.addSheets.map((s) => s.name),
    opportunitiesAdded: 0,
    warnings,
    syncs: syncs + state.syncs + readSyncs,
    totals: { count: view.count, amount: view.amount, forecast: view.forecast },
    rep,
    view,
  };
}
