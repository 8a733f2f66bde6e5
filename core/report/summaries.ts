/**
 * What the pane shows, computed from a snapshot and the plans: shared by every host's bridge,
 * so Excel, Sheets and the tests report the same numbers the same way.
 */
import { normalizeText, isBlank } from '../cells/cellValue';
import type { Lang } from '../methodology/bilingual';
import { detectTracker, cellValue } from '../layout/tracker';
import { resolveLang } from '../layout/planSetup';
import { findOurTabs, FIRST_DATA_ROW } from '../layout/tabs';
import { MS } from '../layout/milestonesTab';
import { MILESTONE_TAB_LAYOUT, milestoneRows } from '../layout/funnelTab';
import { evaluatePipeline } from '../pipeline';
import { evaluateLevels, type FunnelSource } from '../layout/levelFunnel';
import type { Plan, TrackerMapping, WorkbookSnapshot } from '../layout/types';

export interface WorkbookInfoView {
  lang: Lang;
  mapping: TrackerMapping | null;
  headers: string[];
  reps: string[];
}

export interface SetupSummaryView {
  tabs: Record<string, string>;
  addedSheets: string[];
  addedOpportunities: number;
  warnings: { zh: string; en: string }[];
}

export interface FunnelSummaryView {
  rows: { zh: string; en: string; count: number; amount: number; weighted: number; conversion: number | null }[];
  count: number;
  amount: number;
  forecast: number;
  byRep: { rep: string; count: number; amount: number; forecast: number }[];
  /** Opportunities whose row could not be read, with why; they are left out of the funnel. */
  errors: { opportunity: string; zh: string; en: string }[];
  reps: string[];
}

/** Distinct reps on our milestone tab, in first-seen order. */
export function repsOnMilestoneTab(snapshot: WorkbookSnapshot): string[] {
  const tab = findOurTabs(snapshot).get('milestones');
  if (!tab) return [];
  const seen = new Map<string, string>();
  for (let r = FIRST_DATA_ROW; r < tab.sheet.rows.length; r++) {
    const rep = cellValue(tab.sheet.rows[r]?.[MS.rep] ?? null);
    if (isBlank(rep)) continue;
    const name = String(rep).trim();
    if (!seen.has(normalizeText(name))) seen.set(normalizeText(name), name);
  }
  return [...seen.values()];
}

export function workbookInfo(snapshot: WorkbookSnapshot): WorkbookInfoView {
  const mapping = detectTracker(snapshot);
  const sheet = mapping ? snapshot.sheets.find((s) => s.name === mapping.sheet) : undefined;
  const headerRow = sheet && mapping ? sheet.rows[mapping.headerRow] ?? [] : [];
  return {
    lang: resolveLang(snapshot, findOurTabs(snapshot), undefined),
    mapping,
    headers: headerRow.map((c) => {
      const v = cellValue(c ?? null);
      return isBlank(v) ? '' : String(v);
    }),
    reps: repsOnMilestoneTab(snapshot),
  };
}

export function setupSummary(plan: Plan): SetupSummaryView {
  return {
    tabs: { ...plan.tabs },
    addedSheets: plan.addSheets.map((s) => s.name),
    addedOpportunities: plan.addedOpportunities,
    warnings: plan.warnings.map((w) => ({ zh: w.zh, en: w.en })),
  };
}

/** The funnel as core computes it from the milestone tab (what the funnel tab's formulas show). */
export function funnelSummary(snapshot: WorkbookSnapshot, rep?: string, source: FunnelSource = 'checklist'): FunnelSummaryView {
  const rows = milestoneRows(snapshot, rep);
  const result = source === 'levels' ? evaluateLevels(rows) : evaluatePipeline(rows, MILESTONE_TAB_LAYOUT);
  const f = result.funnel;
  return {
    rows: f.rows.map((r) => ({ zh: r.milestone.zh, en: r.milestone.en, count: r.count, amount: r.amount, weighted: r.weighted, conversion: r.conversion })),
    count: f.count,
    amount: f.amount,
    forecast: f.forecast,
    byRep: f.byRep.map((r) => ({ ...r })),
    errors: result.errors.map((e) => ({ opportunity: String(rows[e.row][MS.opportunity] ?? ''), zh: e.error.zh, en: e.error.en })),
    reps: repsOnMilestoneTab(snapshot),
  };
}

