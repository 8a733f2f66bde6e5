/**
 * What the pane shows, computed from a snapshot and the plans: shared by every host's bridge,
 * so Excel, Sheets and the tests report the same numbers the same way.
 */
import { isBlank } from '../cells/cellValue';
import type { Lang } from '../methodology/bilingual';
import { cellValue } from '../layout/tracker';
import { resolveLang } from '../layout/workbookView';
import { findOurTabs, FIRST_DATA_ROW } from '../layout/tabs';
import { MS } from '../layout/milestonesTab';
import type { MilestoneEvaluation } from '../layout/milestoneEvaluation';
import { summarizeWarnings } from '../layout/levelFunnel';
import { isCountedRow, repKey, repLabel } from '../layout/tabRules';
import type { TrackerMapping, WorkbookSnapshot } from '../layout/types';
import { trackerView, type TrackerView } from './trackerView';

export interface WorkbookInfoView {
  lang: Lang;
  /** The list a set-up would take: detected, or on the sheet the user picked. */
  mapping: TrackerMapping | null;
  /** The texts of its header row, by column. */
  headers: string[];
  reps: string[];
  /** The sheets to pick from, the columns taken or what they cost, the warnings (trackerView.ts). */
  tracker: TrackerView;
}

export interface FunnelSummaryView {
  rows: { zh: string; en: string; count: number; amount: number; weighted: number; conversion: number | null }[];
  count: number;
  amount: number;
  forecast: number;
  byRep: { rep: string; count: number; amount: number; forecast: number }[];
  /** Opportunities whose row could not be read, with why; they are left out of the funnel. */
  errors: { opportunity: string; zh: string; en: string }[];
  /**
   * What the run says about cells counted as nothing, as `pcss apply` and `pcss funnel` print it
   * (the first rows of each kind, over every rep): a checklist cell that is no tick mark counts
   * as unticked, an amount that is not a number of 0 or more as 0 — as the tab's formulas count them.
   */
  warnings: { zh: string; en: string }[];
  reps: string[];
}

/**
 * Distinct reps on our milestone tab, in first-seen order, as the funnel tab's rep table lists
 * them (tabRules.repKey: trimmed, case ignored); rows the funnel does not count and blank reps left out.
 */
export function repsOnMilestoneTab(snapshot: WorkbookSnapshot): string[] {
  const tab = findOurTabs(snapshot).get('milestones');
  if (!tab) return [];
  const seen = new Map<string, string>();
  for (let r = FIRST_DATA_ROW; r < tab.sheet.rows.length; r++) {
    const values = (tab.sheet.rows[r] ?? []).map(cellValue);
    const rep = values[MS.rep];
    if (!isCountedRow(values) || repKey(rep) === '') continue;
    if (!seen.has(repKey(rep))) seen.set(repKey(rep), repLabel(rep));
  }
  return [...seen.values()];
}

/** What the pane shows on opening, or once the user picked the sheet `pick` holding the list. */
export function workbookInfo(snapshot: WorkbookSnapshot, pick?: string): WorkbookInfoView {
  const { mapping, view } = trackerView(snapshot, pick);
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
    tracker: view,
  };
}

/** The funnel as core computes it from the milestone tab (what the funnel tab's formulas show). */
export function funnelSummary(snapshot: WorkbookSnapshot, evaluation: MilestoneEvaluation): FunnelSummaryView {
  const { sheet, repRows: rows, view: result, team } = evaluation;
  // Warnings are about the workbook, whoever is filtered: over every rep, as the runs print them.
  const f = result.funnel;
  return {
    rows: f.rows.map((r) => ({ zh: r.milestone.zh, en: r.milestone.en, count: r.count, amount: r.amount, weighted: r.weighted, conversion: r.conversion })),
    count: f.count,
    amount: f.amount,
    forecast: f.forecast,
    byRep: f.byRep.map((r) => ({ ...r })),
    errors: result.errors.map((e) => ({ opportunity: String(rows[e.row].values[MS.opportunity] ?? ''), zh: e.error.zh, en: e.error.en })),
    warnings: summarizeWarnings(team.warnings, sheet).map((w) => ({ zh: w.zh, en: w.en })),
    reps: repsOnMilestoneTab(snapshot),
  };
}

