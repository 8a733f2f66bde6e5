/// <reference types="office-js" />
/**
 * The Excel host's port over core's run (core/run): how Excel reads what core needs (selective
 * and anchored reads, the whole workbook as the funnel's fallback), how it
 * writes a plan (preflight, then the applier within the request budget), and its round trips.
 * The stages, the plan and the summary are core's.
 */
// Excel's part of the error catalogue (registers its codes).
import '../../core/excelErrors';
import { readMarker, type Plan, type PlanWarning } from '../../core/layout';
import type { Lang } from '../../core/methodology/bilingual';
import { localToday, runFreshFunnelInOneBatch, runFunnel, runSetup, type ApplyContext, type FreshFunnelSummary as CoreFreshFunnelSummary, type FunnelSummary as CoreFunnelSummary, type ReadNeed, type RunPort, type RunProgress, type SetupSummary as CoreSetupSummary } from '../../core/run';
import type { TrackerMapping } from '../../core/layout';
import { applyPlansToExcel } from './applier';
import { mapExcelError } from './errors';
import { detectFeatures, type ExcelFeatures, type Requirements } from './features';
import { readForFunnel } from './funnelRead';
import { preflight, tabsAfter } from './preflight';
import { readWorkbook, type ReadResult } from './reader';
import { readForSetup } from './selectiveRead';

export type Progress = RunProgress;

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
  /** The list and columns the pane shows, for the refresh before the funnel (generateFreshFunnel); detected when absent. */
  readonly mapping?: TrackerMapping;
}

/** Excel's own counter beside core's summary: round trips to Excel, reads and writes. */
export interface ExcelCounters {
  readonly syncs: number;
}

export type RunSummary = (CoreSetupSummary | CoreFunnelSummary) & ExcelCounters;
export type SetupSummary = CoreSetupSummary & ExcelCounters;
export type FunnelSummary = CoreFunnelSummary & ExcelCounters;
export type FreshFunnelSummary = CoreFreshFunnelSummary & ExcelCounters;

declare const Office: { context: { requirements: Requirements } } | undefined;

function requirementsOf(options: HostOptions): Requirements {
  if (options.requirements) return options.requirements;
  if (typeof Office !== 'undefined') return Office.context.requirements;
  throw new Error('no Office.context.requirements: pass options.requirements');
}

/** A read with Office errors turned into bilingual ones (nothing written yet). */
async function guarded<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    throw mapExcelError(e, 'unchanged');
  }
}

const FUNNEL_NEEDS = new Set<string>(['milestones', 'funnel', 'history', 'changes', 'forecasts']);

type ExcelRead = ReadResult & { readonly source?: 'levels' | 'checklist' };

class ExcelPort implements RunPort<ExcelRead, 'async'> {
  readonly mode = 'async';
  readonly document = 'workbook';
  syncs = 0;
  private readonly features: ExcelFeatures;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly options: HostOptions,
  ) {
    this.features = detectFeatures(requirementsOf(options));
  }

  async read(need: ReadNeed): Promise<ExcelRead> {
    const state = need.action === 'setup' ? await this.readForSetup(need.mapping, need.funnel) : await this.readForFunnel();
    this.syncs += state.syncs;
    return state;
  }

  private readForSetup(mapping: TrackerMapping | undefined, funnel: boolean | undefined): Promise<ExcelRead> {
    const { context, features, options } = this;
    return guarded(() => readForSetup(context, features, { budget: options.budget, mapping, funnel }));
  }

  /**
   * Where the anchors tell where our tabs are, two round trips read what the funnel needs, with
   * the level Excel calculated (see readForFunnel). Otherwise (a workbook set up by pcss or by an
   * earlier version, a tab moved) the whole workbook is read, or past one response only the
   * milestone, funnel and history tabs, and the funnel is computed from the checklist.
   */
  private async readForFunnel(): Promise<ExcelRead> {
    const { context, features, options } = this;
    const fast = await guarded(() => readForFunnel(context, features));
    if (!('fallback' in fast)) return { ...fast, source: 'levels' };
    this.syncs += fast.syncs;
    const needs = (a1: unknown) => FUNNEL_NEEDS.has(readMarker(typeof a1 === 'string' ? a1 : null)?.kind ?? '');
    const whole = await guarded(() => readWorkbook(context, features, { budget: options.budget, needs }));
    return { ...whole, anchors: fast.anchors, source: 'checklist' };
  }

  async apply(plans: readonly Plan[], state: ExcelRead, run: ApplyContext): Promise<readonly PlanWarning[]> {
    const { features, options } = this;
    for (const plan of plans) preflight(plan, state);
    const report = await applyPlansToExcel(this.context, plans, {
      features,
      anchors: state.anchors ? { current: state.anchors, tabs: tabsAfter(plans, state) } : undefined,
      copyOnly: state.copyOnly,
      charts: state.charts,
      budget: options.budget,
      onProgress: run.onProgress,
    });
    this.syncs += report.syncs;
    return report.notes.map((n) => ({ code: 'EXCEL_LIMITED', ...n }));
  }

  today(): string {
    return localToday();
  }

  progress(progress: RunProgress): void {
    this.options.onProgress?.(progress);
  }
}

/**
 * The pane's "Set up" button: core's set-up over Excel. Safe to repeat; never moves, alters or
 * deletes a user's cell or sheet. Throws a bilingual MethodError, saying whether anything was written.
 */
export async function setupWorkbook(context: Excel.RequestContext, options: SetupWorkbookOptions = {}): Promise<SetupSummary> {
  const port = new ExcelPort(context, options);
  const summary = await runSetup(port, { lang: options.lang, mapping: options.mapping });
  return { ...summary, syncs: port.syncs };
}

/**
 * The pane's "Funnel" button: the funnel tab's formulas and chart (Excel's funnel chart type),
 * and one dated row of totals on the history tab.
 */
export async function generateFunnel(context: Excel.RequestContext, options: FunnelWorkbookOptions = {}): Promise<FunnelSummary> {
  const port = new ExcelPort(context, options);
  const summary = await runFunnel(port, { lang: options.lang, rep: options.rep, date: options.date });
  return { ...summary, syncs: port.syncs };
}

/**
 * The pane's "Generate funnel" button: the tabs brought up to date with the tracker first (a
 * set-up again: refreshed rows, new opportunities, removed ones marked), then the funnel on them
 * (core/run/freshFunnelInOneBatch.ts), from one read and in one write: docs/excel.md.
 */
export async function generateFreshFunnel(context: Excel.RequestContext, options: FunnelWorkbookOptions = {}): Promise<FreshFunnelSummary> {
  const port = new ExcelPort(context, options);
  const summary = await runFreshFunnelInOneBatch(port, { lang: options.lang, rep: options.rep, date: options.date, mapping: options.mapping });
  return { ...summary, syncs: port.syncs };
}
