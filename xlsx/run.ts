import { mkdirSync } from 'fs';
import { dirname, resolve } from 'path';
import type { Lang } from '../core/methodology/bilingual';
import { closeDay, dayIso, defaultPeriods, type Period } from '../core/cells/calendar';
import { periodForecasts, type PeriodForecast } from '../core/layout/periods';
import { AS_OF_CELL, attentionList, cellValue, changesSince, reviewDates, type AttentionList, type ChangeSummary } from '../core/layout';
import { changesFigures, evaluateMilestoneTab, evaluateMilestones, findOurTabs, funnelRep, mappingFor, planRun, planSetup, summarizeWarnings, resolveLang, trackerFindings, type Plan, type PlanWarning, type TrackerChoice, type TrackerMapping, type WorkbookSnapshot } from '../core/layout';
import type { Funnel } from '../core/funnel';
import { repsOnMilestoneTab } from '../core/report/summaries';
import { addedLines, localToday, plainWarning, refreshLines, runSetup } from '../core/run';
import { identify } from './atomicWrite';
import { acquireLock } from './lock';
import { PackagePort, type Stage } from './port';
import { readPackage } from './read/openPackage';
import { readInput } from './readInput';

export { readInput };

export interface ApplyOptions {
  input: string;
  output: string;
  lang?: Lang;
  rep?: string;
  /** ISO date of the history row; today by default. */
  date?: string;
  /** The list and columns the user chose (--sheet, --map); detected when absent. */
  choice?: TrackerChoice;
  /** The periods of the period table (--period); the quarter of the run and the next when absent. */
  periods?: readonly Period[];
  /** Reports each stage and the rows written, for the progress bar. */
  onStage?: (stage: Stage, done: number, total: number) => void;
  /** Refuses the workbook as read, before anything is planned or written (the --lang check). */
  check?: (snapshot: WorkbookSnapshot) => void;
}

export interface ApplyResult {
  output: string;
  setup: Plan;
  funnel: Plan;
  /** The funnel as core computes it from the result (the rep filter applied). */
  view: Funnel;
  after: WorkbookSnapshot;
  /** What the package could not take as planned (our drop-down left off a user's rule kept whole), zh and en. */
  notes: readonly PlanWarning[];
  /** The input's folder took no lock file (read-only): the copy was made without the input's lock. */
  inputUnlocked?: true;
}

/** Today as yyyy-mm-dd, local time: the history row's date by default. */
export const today = localToday;

/**
 * `pcss apply`: core's set-up with the funnel on its result (core/run), over the package's port
 * (port.ts), holding the locks of the input and the output. Only our tabs' parts and the
 * package's index parts change; every other part is copied as it was.
 */
export async function runApply(options: ApplyOptions): Promise<ApplyResult> {
  const stage = options.onStage ?? (() => undefined);
  // A missing or unreadable input is said as such, before any lock is taken beside it.
  if (identify(options.input) === null) readInput(options.input);
  const inPlace = identify(options.input) !== null && sameTarget(options.input, options.output);
  // A copy only reads the input: in a folder that takes no lock file (a read-only share) it goes
  // on unlocked, said to the user, and the port's check that the input did not change stands.
  const inputLock = inPlace ? acquireLock(options.input) : acquireLock(options.input, { unlessReadOnly: true });
  const releases = inputLock ? [inputLock] : [];
  try {
    if (!inPlace) {
      // The output's folder may not exist yet (npm start writes to out/ on a fresh clone).
      mkdirSync(dirname(resolve(options.output)), { recursive: true });
      releases.push(acquireLock(options.output));
    }
    const port = new PackagePort({ input: options.input, output: options.output, inPlace, onStage: stage });
    await runSetup(port, { lang: options.lang, choice: options.choice, check: options.check, funnel: { rep: options.rep, date: options.date, periods: options.periods } });
    const [setup, funnel] = port.applied!.plans;
    const { after, notes } = port.applied!;
    // The funnel plan carries the funnel its tab shows; computed again only for a plan without it.
    return { output: options.output, setup, funnel, view: funnel.funnel ?? evaluateMilestoneTab(after, funnelRep(after, options.rep)).funnel, after, notes, ...(inputLock ? {} : { inputUnlocked: true as const }) };
  } finally {
    for (const release of releases.reverse()) release();
  }
}

function sameTarget(input: string, output: string): boolean {
  const a = identify(input);
  const b = identify(output);
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

/**
 * `pcss funnel`: the funnel as `pcss apply` would leave the workbook today, nothing written. Set
 * up and level with its tracker, that is the funnel the file shows (as of its last run). Not set up
 * yet — every box unticked — or behind its tracker (amounts, reps, dates, statuses changed in the
 * list, opportunities added or removed: issue 13, the tracker is the truth), it is the funnel after
 * the set-up's plan, as the pane's Generate funnel, which brings the tabs up to date first, makes
 * it; `pending` then lists what the file does not show yet. For the rep asked for, else the rep in
 * the funnel tab's filter cell, as the tab shows it. The warnings are the ones `pcss apply` prints
 * for the same workbook: the milestone tab's cells counted as nothing (and, planned, what the
 * set-up would say about the list). The list used (or, set up, the one the next apply takes new
 * opportunities from) is returned with what the set-up says about it: none found, two alike, no
 * amount, no rep; and the reps the funnel knows (to say which exist when --rep names none of them).
 */
export async function runFunnel(
  input: string,
  rep?: string,
  lang?: Lang,
  choice?: TrackerChoice,
  periods?: readonly Period[],
): Promise<{ funnel: Funnel; periods: PeriodForecast[]; setUp: boolean; pending: PlanWarning[] | null; lang: Lang; warnings: PlanWarning[]; tracker: TrackerMapping | null; snapshot: WorkbookSnapshot; reps: string[]; review: ChangeSummary | undefined; attention: AttentionList }> {
  const { snapshot } = await readPackage(readInput(input), input);
  const chosen = choice ? mappingFor(snapshot, choice) ?? undefined : undefined;
  const ours = findOurTabs(snapshot);
  const setUp = ours.has('milestones');
  const options = { date: today(), mapping: chosen };
  // Set up, the set-up's plan says whether the tracker moved; a workbook without a list keeps its tabs' figures.
  const setup = planSetup(snapshot, options);
  const planned = !setUp || (setup.tracker && changesFigures(setup)) ? planRun(snapshot, options, setup) : null;
  const source = planned ? planned.after : snapshot;
  // Set up: the list the next apply takes new opportunities from, and what it lacks.
  const found = planned ? { mapping: planned.setup.tracker, warnings: [] } : trackerFindings(snapshot, chosen);
  const shown = funnelRep(source, rep);
  // The milestone tab evaluated once: the funnel shown, the warnings, the periods and the flags.
  const evaluation = evaluateMilestones(source, shown);
  const warnings: PlanWarning[] = planned
    ? [...planned.setup.warnings, ...planned.funnel.warnings]
    : [...found.warnings, ...summarizeWarnings(evaluation.team.warnings, evaluation.sheet).map(plainWarning)];
  // The same figures the period table shows, for the periods asked for (or the quarter of today and the next).
  const byPeriod = periodForecasts(evaluation.rows, periods ?? defaultPeriods(today()), shown);
  // Planned: what the run that writes it would say; else as the workbook shows them: as of its last run (the milestone tab's day-count date), what that review saw.
  const asOf = lastRunDate(source) ?? today();
  const review = planned && setUp ? planned.funnel.review : setUp ? changesSince(snapshot, reviewDates(ours.get('history')?.sheet), asOf) : undefined;
  const attention = planned && setUp && planned.funnel.attention ? planned.funnel.attention : attentionList(source, evaluation.rows, asOf, 'checklist');
  const pending = planned && setUp ? pendingLines(planned.setup) : null;
  return { funnel: evaluation.view.funnel, periods: byPeriod, setUp, pending, lang: resolveLang(snapshot, ours, lang), warnings, tracker: found.mapping, snapshot, reps: repsOnMilestoneTab(source), review, attention };
}

/** What the tracker holds that the file does not show yet: the opportunities new to it, then what changed, per field. */
function pendingLines(setup: Plan): PlanWarning[] {
  return [...addedLines(setup.addedOpportunities), ...refreshLines(setup.refresh)];
}

/** The date the milestone tab's day counts run to (its last run's), yyyy-mm-dd; undefined when it has none. */
function lastRunDate(snapshot: WorkbookSnapshot): string | undefined {
  const day = closeDay(cellValue(findOurTabs(snapshot).get('milestones')?.sheet.rows[AS_OF_CELL.row]?.[AS_OF_CELL.col] ?? null));
  return day === null ? undefined : dayIso(day);
}
