import { mkdirSync, readFileSync, statSync } from 'fs';
import { dirname, resolve } from 'path';
import { MethodError } from '../core/errors';
import type { Lang } from '../core/methodology/bilingual';
import { evaluateMilestoneTab, findOurTabs, funnelRep, mappingFor, milestoneTabWarnings, planRun, resolveLang, trackerFindings, type Plan, type PlanWarning, type TrackerChoice, type TrackerMapping, type WorkbookSnapshot } from '../core/layout';
import type { Funnel } from '../core/funnel';
import { identify, writeFileAtomic } from './atomicWrite';
import { acquireLock } from './lock';
import { openPackage } from './read/openPackage';
import { applyToPackage } from './write/applyToPackage';
import { writeZipChunks } from './zipWriter';

export interface ApplyOptions {
  input: string;
  output: string;
  lang?: Lang;
  rep?: string;
  /** ISO date of the history row; today by default. */
  date?: string;
  /** The list and columns the user chose (--sheet, --map); detected when absent. */
  choice?: TrackerChoice;
  /** Reports each stage and the rows written, for the progress bar. */
  onStage?: (stage: 'read' | 'plan' | 'apply' | 'write', done: number, total: number) => void;
}

export interface ApplyResult {
  output: string;
  setup: Plan;
  funnel: Plan;
  /** The funnel as core computes it from the result (the rep filter applied). */
  view: Funnel;
  after: WorkbookSnapshot;
}

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function readInput(path: string): Buffer {
  try {
    if (!statSync(path).isFile()) throw new MethodError('FILE_UNREADABLE', { path, detail: 'not a file' });
    return readFileSync(path);
  } catch (e) {
    if (e instanceof MethodError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new MethodError('FILE_NOT_FOUND', { path });
    throw new MethodError('FILE_UNREADABLE', { path, detail: (e as Error).message });
  }
}

/**
 * `pcss apply`: read → plan (set-up, then funnel) → edit the package → write atomically. Only
 * our tabs' parts and the package's index parts change; every other part is copied as it was.
 */
export async function runApply(options: ApplyOptions): Promise<ApplyResult> {
  const stage = options.onStage ?? (() => undefined);
  // A missing or unreadable input is said as such, before any lock is taken beside it.
  if (identify(options.input) === null) readInput(options.input);
  const inPlace = identify(options.input) !== null && sameTarget(options.input, options.output);
  const releases = [acquireLock(options.input)];
  try {
    if (!inPlace) {
      // The output's folder may not exist yet (npm start writes to out/ on a fresh clone).
      mkdirSync(dirname(resolve(options.output)), { recursive: true });
      releases.push(acquireLock(options.output));
    }
    stage('read', 0, 1);
    const before = identify(options.input);
    const buf = readInput(options.input);
    const opened = openPackage(buf, options.input);
    stage('plan', 0, 1);
    // A sheet or header that does not exist is refused here, before anything is written.
    const mapping = options.choice ? mappingFor(opened.snapshot, options.choice) ?? undefined : undefined;
    const { setup, funnel, after } = planRun(opened.snapshot, { lang: options.lang, rep: options.rep, date: options.date ?? today(), mapping });
    applyToPackage(opened, [setup, funnel], { path: options.input, after, onProgress: (done, total) => stage('apply', done, total) });
    stage('write', 0, 1);
    const bytes = writeZipChunks(opened.pkg.zipInputs());
    // A save by another program while we ran would be lost (in place) or left out (a copy): refuse both.
    if (inPlace) writeFileAtomic(options.output, bytes, { unchangedSince: before ?? undefined, original: buf });
    else {
      const now = identify(options.input);
      if (!before || !now || now.mtimeMs !== before.mtimeMs || now.size !== before.size || now.ino !== before.ino) throw new MethodError('FILE_CHANGED', { path: options.input });
      writeFileAtomic(options.output, bytes);
    }
    stage('write', 1, 1);
    return { output: options.output, setup, funnel, view: evaluateMilestoneTab(after, funnelRep(after, options.rep)).funnel, after };
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
 * `pcss funnel`: the funnel of a set-up workbook, or — for a workbook not set up yet — the
 * funnel the set-up would produce (every box unticked), for the rep asked for, else the rep in
 * the funnel tab's filter cell, as the tab shows it. Nothing is written. The warnings are
 * the ones `pcss apply` prints for the same workbook: the milestone tab's cells counted as
 * nothing (and, not set up yet, what the set-up would say about the list). The list used (or,
 * set up, the one the next apply takes new opportunities from) is returned with what the
 * set-up says about it: none found, two alike, no amount, no rep.
 */
export async function runFunnel(
  input: string,
  rep?: string,
  lang?: Lang,
  choice?: TrackerChoice,
): Promise<{ funnel: Funnel; setUp: boolean; lang: Lang; warnings: PlanWarning[]; tracker: TrackerMapping | null; snapshot: WorkbookSnapshot }> {
  const { snapshot } = openPackage(readInput(input), input);
  const chosen = choice ? mappingFor(snapshot, choice) ?? undefined : undefined;
  const ours = findOurTabs(snapshot);
  const setUp = ours.has('milestones');
  const planned = setUp ? null : planRun(snapshot, { date: today(), mapping: chosen });
  const source = planned ? planned.after : snapshot;
  // Set up: the list the next apply takes new opportunities from, and what it lacks.
  const found = planned ? { mapping: planned.setup.tracker, warnings: [] } : trackerFindings(snapshot, chosen);
  const warnings: PlanWarning[] = planned
    ? [...planned.setup.warnings, ...planned.funnel.warnings]
    : [...found.warnings, ...milestoneTabWarnings(source).map((w) => ({ code: w.code, zh: w.zh, en: w.en }))];
  return { funnel: evaluateMilestoneTab(source, funnelRep(source, rep)).funnel, setUp, lang: resolveLang(snapshot, ours, lang), warnings, tracker: found.mapping, snapshot };
}
