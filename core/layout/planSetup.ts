import { parseAmount } from '../cells/amount';
import { isBlank } from '../cells/cellValue';
import { dateFromText } from '../cells/calendar';
import { MethodError, isMethodError, showValue } from '../errors';
import { HEADER_ROW, findOurTabs, type TabKind } from './tabs';
import type { LayoutContext } from './columns';
import { planKeyedRows, planKeyedTab } from './keyedTab';
import { PlanBuilder } from './planBuilder';
import { rowKey } from './rowKeys';
import { detectLang, readTrackerRows, type TrackerRow } from './tracker';
import { distinct, type TrackedValue } from './trackerValues';
import { allocateTabs, resolveLang } from './workbookView';
import { trackerFindings } from './trackerReport';
import { AS_OF_CELL, MILESTONE_COLUMNS, MS, statusLabel } from './milestonesTab';
import { milestoneCellsWithStatus, milestoneExtras, milestoneFormulas, milestoneStatus, milestoneValues, planAsOf, type OpportunitySource } from './milestoneRows';
import { tabStatus, trackerStatus, type DealStatus } from './dealStatus';
import { hasStatusWords, planStatusWords, roomForStatusWords, statusWords } from './statusWords';
import { NO_REFRESH, planTrackerRefresh, type TrackerRefresh } from './trackerRefresh';
import { IN, INTENSITY_COLUMNS, intensityFormulas, intensityValues } from './intensityTab';
import { hasStaleTable, staleThresholds } from './rubricsTab';
import { planRubrics, planStaleTable } from './rubricsPlan';
import { runDay } from './aging';
import { planChangeRows, setupChanges } from './movement';
import { cellValue } from './snapshotCell';
import { BLANK_ROWS, VISIT_COLUMNS } from './otherTabs';
import { BRIEF_COLUMNS } from './briefTab';
import { gradingPipeline, pipelineView, planBrief } from './pipelinePlan';
import { GRADING_COLUMNS, gradingFormulas, gradingValues } from './gradingTab';
import { ACT, ACTIVITY_COLUMNS, activityFormulas, activityValues } from './activityTab';
import { LOG_BOUND_CELL, MILESTONE_SIGNAL_COLUMNS, MSX, logBound, readVisits, signalFormulas } from './signalColumns';
import { GRADE } from './triangleColumns';
import { planTeam } from './teamTab';
import { planControlTab } from './controlTab';
import { COACH, planCoaching } from './coachingTab';
import { followedBound, rowsAfter } from './tabBounds';
import { askShareScale, intensityScale, levelFills } from './colorScales';
import type { Plan, PlanCell, SetupOptions, WorkbookSnapshot } from './types';

/**
 * The columns that identify a row on each keyed tab (see rowKeys): what a re-run needs to know
 * which rows a tab already has.
 */
export const SETUP_KEY_COLUMNS = {
  milestones: [MS.opportunity, MS.customer],
  intensity: [0, 1],
  brief: [0, 1],
  grading: [0],
  activity: [0],
  visits: [0, 1],
  team: [0],
  // Its reps: Excel reads no more than a tab's first rows otherwise, and would add again a rep below them.
  coaching: [COACH.rep],
} as const satisfies Partial<Record<TabKind, readonly number[]>>;

/**
 * All a re-run reads of each keyed tab: its key columns and the columns the tracker refreshes
 * (trackerRefresh.ts: rep, amount, expected close and status on the milestone tab, the rep on the
 * intensity tab). Hosts that read selectively read these and no more (and every tab's first rows,
 * whose header row says which columns a tab set up by an earlier version lacks).
 */
export const SETUP_READ_COLUMNS = {
  ...SETUP_KEY_COLUMNS,
  // The level as the host calculated it: which deals are key opportunities (briefTab.ts; the 22 boxes are not read).
  milestones: [MS.opportunity, MS.customer, MS.rep, MS.amount, MS.expectedClose, MS.status, MS.level],
  intensity: [0, 1, 2],
  // The stale thresholds' header and the status words (statusWords.ts): a set-up adds either only when it finds none.
  rubrics: [0, 1],
  // All of the brief: key opportunities are added below its last typed row (briefTab.briefNextRow).
  brief: BRIEF_COLUMNS.map((_, c) => c),
} as const satisfies Partial<Record<TabKind, readonly number[]>>;

/** An opportunity from the tracker, with where its cells came from (see CellBlock.copies). */
interface TrackedOpportunity extends OpportunitySource {
  readonly row: number;
  /** The amount is the tracker's cell as it is (a number or blank), not parsed from text. */
  readonly amountVerbatim: boolean;
}

/**
 * The expected close as our tab takes it: a date written as text (2027/03/15, an export's) as the
 * date it names, so the deal is in its period and can be past due, as the amount's money text is
 * read as a number; other text is copied as typed and said, never dropped from the forecast in
 * silence. Excel copies the column in place at a first set-up, unread (the cell stays a copy, and
 * the text stays text there); the refresh takes a date and its day as text for the same cell.
 */
function closeSource(row: TrackerRow, sheet: string, plan: PlanBuilder, dates: Map<string, Date | null>): PlanCell {
  const close = row.expectedClose;
  if (typeof close !== 'string' || isBlank(close)) return close === undefined ? null : (close as PlanCell);
  // One Date for each text (a tracker's 50 000 close dates fall on a few hundred days; nothing changes a Date).
  let date = dates.get(close);
  if (date === undefined) dates.set(close, (date = dateFromText(close)));
  if (date) return date;
  plan.warn(new MethodError('TRACKER_CLOSE_DATE', { sheet, row: row.row + 1, value: close }));
  return close;
}

function toSource(row: TrackerRow, sheet: string, plan: PlanBuilder, words: ReadonlyMap<string, DealStatus>, dates: Map<string, Date | null>): TrackedOpportunity {
  let amount: PlanCell = null;
  if (!isBlank(row.amount)) {
    try {
      // Copied as a number, so the weighted amount and the funnel are native arithmetic.
      amount = parseAmount(row.amount);
    } catch (e) {
      if (!isMethodError(e)) throw e;
      amount = row.amount as PlanCell;
      plan.warn(new MethodError('TRACKER_AMOUNT', { sheet, row: row.row + 1, value: showValue(row.amount) }));
    }
  }
  const plain = (v: unknown): PlanCell => (v === undefined ? null : (v as PlanCell));
  return {
    opportunity: plain(row.opportunity),
    customer: plain(row.customer),
    rep: plain(row.rep),
    amount,
    expectedClose: closeSource(row, sheet, plan, dates),
    row: row.row,
    amountVerbatim: isBlank(row.amount) || typeof row.amount === 'number',
    status: 'stage' in row ? trackerStatus(row.stage, words) : undefined,
  };
}

/**
 * The set-up: the methodology's tabs beside the team's own sheets, one row per opportunity of
 * the tracker. Safe to repeat: a second run adds only what is new and touches no cell it finds.
 */
export function planSetup(snapshot: WorkbookSnapshot, options: SetupOptions = {}): Plan {
  const ours = findOurTabs(snapshot);
  const found = trackerFindings(snapshot, options.mapping);
  const mapping = found.mapping;
  // The language of the list (the one the user chose, else the one found, which is the one
  // resolveLang would look for again) when no tab of ours says it.
  const lang = resolveLang(snapshot, ours, options.lang ?? (ours.size === 0 ? detectLang(snapshot, mapping) : undefined));
  // How far the formulas reading the visit report and the brief read them (issue 18; signalColumns.ts logBound).
  const logs = { visits: logBound(ours.get('visits'), BLANK_ROWS * 4), brief: logBound(ours.get('brief'), BLANK_ROWS) };
  const ctx: LayoutContext = { lang, tabs: allocateTabs(snapshot, ours, lang), logs: { visits: logs.visits.needed, brief: logs.brief.needed } };
  const moved = (log: keyof typeof logs, cols: number[]) => (logs[log].written !== logs[log].needed ? cols : undefined);
  const plan = new PlanBuilder(ctx);
  // Never silent: no list, two lists alike, or a list without an amount or a rep is said.
  for (const w of found.warnings) plan.warn(w);

  const rows = mapping ? readTrackerRows(snapshot, mapping) : [];
  // The tracker's status words: the rubric tab's 状态词 table when it has one, else the defaults.
  const words = statusWords(ours.get('rubrics')?.sheet.rows);
  const dates = new Map<string, Date | null>();
  const opportunities = rows.map((r) => ({ key: rowKey([r.opportunity, r.customer]), source: toSource(r, mapping!.sheet, plan, words, dates) }));
  const tracker = mapping?.columns ?? {};
  const copied = <S>(columns: readonly (number | undefined)[], row: (source: S, col: number) => number) => (mapping ? { sheet: mapping.sheet, columns, row } : undefined);
  const opportunityCopies = copied<TrackedOpportunity>([tracker.opportunity, tracker.customer, tracker.rep, tracker.amount, tracker.expectedClose], (s, col) =>
    col === MS.amount && !s.amountVerbatim ? -1 : s.row,
  );

  const refresh = mapping ? planRefresh(plan, ours, opportunities, tracker.stage !== undefined) : NO_REFRESH;
  // The day counts run to the run's date (the host's today); without one, the funnel records it.
  const aging = options.date ? { asOf: runDay(options.date), thresholds: staleThresholds(ours.get('rubrics')?.sheet.rows) } : undefined;
  const milestonesTab = ours.get('milestones');
  const visits = ours.get('visits')?.sheet;
  const { added, values: milestoneRows, results: milestoneResults } = planKeyedRows(plan, snapshot, milestonesTab, {
    kind: 'milestones',
    columns: [...MILESTONE_COLUMNS, ...MILESTONE_SIGNAL_COLUMNS],
    keyCols: SETUP_KEY_COLUMNS.milestones,
    sources: opportunities,
    build: milestoneValues,
    extras: milestoneExtras(lang, options.date),
    copiedFrom: opportunityCopies,
    // The signal columns' values are core's where there is no visit report yet or it was read whole (not in part: usedRows).
    formulas: [...milestoneFormulas(ctx, aging), ...signalFormulas(ctx, visits?.usedRows === undefined ? readVisits(visits) : undefined, milestoneFormulas(ctx))],
    rewrite: moved('visits', [MSX.signalVisits, MSX.lastSignal]),
    tableName: 'PCSS_Milestones',
    freezeCols: 2,
    decorate: (p, range) => p.conditionalFormats.push(levelFills(ctx.tabs.milestones, range)),
  });
  plan.addedOpportunities = added.length;
  if (options.date) {
    // The day counts' date: the funnel run moves it on; a set-up writes it on a tab without one,
    // so a set-up with nothing new writes nothing.
    if (isBlank(cellValue(milestonesTab?.sheet.rows[AS_OF_CELL.row]?.[AS_OF_CELL.col] ?? null))) planAsOf(plan, options.date);
    // What the tracker changed on rows the tab had, and what it added to it: on the Changes tab.
    const who = milestonesTab && !options.completesFirstSetup ? added.map((s) => ({ opportunity: showValue(s.opportunity) || showValue(s.customer), rep: s.rep })) : [];
    planChangeRows(plan, snapshot, setupChanges(milestonesTab, refresh, who, lang), options.date);
  }
  const { values: intensityRows, results: intensityResults } = planKeyedRows(plan, snapshot, ours.get('intensity'), {
    kind: 'intensity',
    columns: INTENSITY_COLUMNS,
    keyCols: SETUP_KEY_COLUMNS.intensity,
    sources: opportunities,
    build: intensityValues,
    copiedFrom: copied<TrackedOpportunity>([tracker.opportunity, tracker.customer, tracker.rep], (s) => s.row),
    formulas: intensityFormulas(ctx, ours.has('brief') ? undefined : () => false),
    rewrite: moved('brief', [IN.powerCheck]),
    tableName: 'PCSS_Intensity',
    freezeCols: 2,
    decorate: (p, range) => p.colorScales.push(intensityScale(ctx.tabs.intensity, range)),
  });
  const rubrics = ours.get('rubrics');
  if (!rubrics) planRubrics(plan, snapshot);
  // A rubric tab an earlier version made has no stale table: added once, then the users'.
  else if (!hasStaleTable(rubrics.sheet.rows) && milestonesTab && isBlank(cellValue(milestonesTab.sheet.rows[HEADER_ROW]?.[MS.since] ?? null))) planStaleTable(plan, rubrics.sheet.name);
  // Nor a status words table: added when its rows are empty (deleting the table resets it; a
  // user's notes there keep it out, and the tracker is read by the defaults).
  if (!rubrics) planStatusWords(plan, ctx.tabs.rubrics);
  else if (!hasStatusWords(rubrics.sheet.rows) && roomForStatusWords(rubrics.sheet.rows)) planStatusWords(plan, rubrics.sheet.name);
  // The brief's key opportunities and the grading tab's pipeline, over the milestone tab as this set-up leaves it (pipelinePlan.ts):
  // the new rows are the plan's own, read again, not built again (50 000 rows of each tab).
  const view = pipelineView(ctx, milestonesTab, added.map((s, i) => milestoneCellsWithStatus(milestoneRows[i], milestoneStatus(s, lang))), ours.get('intensity'), intensityRows, { milestones: milestoneResults, intensity: intensityResults });
  planBrief(plan, snapshot, ours.get('brief'), view);
  const pipeline = gradingPipeline(plan, ours.get('grading'), view);
  planKeyedTab(plan, snapshot, ours.get('grading'), {
    kind: 'grading',
    columns: GRADING_COLUMNS,
    keyCols: SETUP_KEY_COLUMNS.grading,
    sources: distinct(rows, 'customer'),
    build: (s) => gradingValues(s.value),
    copiedFrom: copied<TrackedValue>([tracker.customer], (s) => s.row),
    formulas: [...gradingFormulas(ctx, ours.has('visits') ? undefined : { visits: [], asOf: aging?.asOf ?? 0 }), ...pipeline.formulas],
    rewrite: [...(moved('visits', [GRADE.actual]) ?? []), ...pipeline.rewrite],
    tableName: 'PCSS_Grading',
    freezeCols: 1,
  });
  // The reps, in tracker order: one pass over the tracker for the activity, team and coaching tabs.
  const reps = distinct(rows, 'rep');
  planKeyedTab(plan, snapshot, ours.get('activity'), {
    kind: 'activity',
    columns: ACTIVITY_COLUMNS,
    keyCols: SETUP_KEY_COLUMNS.activity,
    sources: reps,
    build: (s) => activityValues(s.value),
    // The logged counts read the visit report: known to core only where there is none yet (as the signal columns).
    formulas: activityFormulas(ctx, ours.has('visits') ? undefined : []),
    rewrite: moved('visits', ACTIVITY_COLUMNS.map((_, c) => c).filter((c) => c >= ACT.firstLogged)),
    tableName: 'PCSS_Activity',
    freezeCols: 1,
    decorate: (p, range) => p.colorScales.push(askShareScale(ctx.tabs.activity, range)),
  });
  planKeyedTab(plan, snapshot, ours.get('visits'), {
    kind: 'visits',
    columns: VISIT_COLUMNS,
    keyCols: SETUP_KEY_COLUMNS.visits,
    sources: [],
    build: () => [],
    tableName: 'PCSS_Visits',
    blankRows: BLANK_ROWS * 4,
  });
  for (const log of ['visits', 'brief'] as const) {
    const { written, needed } = logs[log];
    if (written !== needed) plan.writes.push({ sheet: ctx.tabs[log], row: LOG_BOUND_CELL.row, col: LOG_BOUND_CELL.col, values: [[needed]] });
  }
  planTeam(plan, snapshot, ours.get('team'), reps);
  // Both read the tabs above down to a bound that moves as they grow (tabBounds.ts): the control tab the brief's.
  planControlTab(plan, ours.get('control'), followedBound(ours.get('brief'), view.rows), ours.size === 0);
  // Its values are core's on a first set-up (nothing typed, logged or ticked yet), else the engine's.
  const activity = rowsAfter(plan, 'activity', ours.get('activity'));
  planCoaching(plan, snapshot, ours.get('coaching'), reps, !ours.has('activity') && !ours.has('visits') && !ours.has('milestones'), { milestones: view.rows, activity });
  return { ...plan.build(lang, mapping), refresh };
}

/**
 * The rows our tabs already have, brought up to date with the tracker (trackerRefresh.ts): on
 * the milestone tab the rep, amount, expected close and — when the list has a stage or status
 * column — the status, and rows the list no longer has marked removed; on the intensity tab the
 * rep. Planned before the new rows, which the keyed tabs append below.
 */
function planRefresh(plan: PlanBuilder, ours: ReturnType<typeof findOurTabs>, opportunities: readonly { key: string; source: TrackedOpportunity }[], hasStatus: boolean): TrackerRefresh {
  const { lang } = plan.ctx;
  const milestones = ours.get('milestones');
  const intensity = ours.get('intensity');
  const report = milestones
    ? planTrackerRefresh(plan, milestones, {
        keyCols: SETUP_KEY_COLUMNS.milestones,
        sources: opportunities,
        nameCols: [MS.opportunity, MS.customer],
        columns: [
          { col: MS.rep, field: 'rep', value: (s) => s.rep },
          { col: MS.amount, field: 'amount', value: (s) => s.amount },
          { col: MS.expectedClose, field: 'expectedClose', value: (s) => s.expectedClose },
          // A list without a stage or status column leaves the status to the reps, except on a
          // row that is back in the list after it was marked removed: open again (blank).
          {
            col: MS.status,
            field: 'status',
            value: (s, current) => (hasStatus ? milestoneStatus(s, lang) : tabStatus(current) === 'removed' ? null : undefined),
          },
        ],
        removed: { col: MS.status, value: statusLabel('removed', lang) },
      })
    : NO_REFRESH;
  if (intensity) {
    planTrackerRefresh(plan, intensity, {
      keyCols: SETUP_KEY_COLUMNS.intensity,
      sources: opportunities,
      nameCols: [0, 1],
      columns: [{ col: 2, field: 'rep', value: (s) => s.rep }],
    });
  }
  return report;
}
