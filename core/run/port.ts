/**
 * What core asks of a host to run a set-up or a funnel. The host keeps what is its own behind
 * it: how it reads what core needs (Excel's selective reads and fallbacks), how it writes a plan
 * (Sheets' time budget, the .xlsx package), its date; core owns the stages, the plan and the
 * summary (core/run/runSetup.ts, runFunnel.ts).
 */
import type { FunnelSource } from '../layout/levelFunnel';
import type { Plan, PlanWarning, TrackerMapping, WorkbookSnapshot } from '../layout/types';
import type { Later, Mode } from './flow';
import type { Outcome } from './outcome';
import type { DocumentWord, RunProgress } from './progress';

/** What core needs to read, as data: the host reads it its own way (or reads more). */
export type ReadNeed =
  /** `funnel`: also what a funnel planned on the set-up's result needs (runFreshFunnelInOneBatch). */
  | { readonly action: 'setup'; readonly mapping?: TrackerMapping; readonly funnel?: boolean }
  | { readonly action: 'funnel'; readonly rep?: string };

/** What a host read: the workbook's values, and for a funnel whether levels were read as calculated. */
export interface PortRead {
  readonly snapshot: WorkbookSnapshot;
  readonly source?: FunnelSource;
  /** A set-up's read: the host knows its first set-up stopped before its end and this run completes it (SetupOptions). */
  readonly completesFirstSetup?: boolean;
}

export interface ApplyContext {
  /** The workbook as it will read back once the plans are applied (filled formula columns left out), when core worked it out. */
  readonly after?: WorkbookSnapshot;
  /** Steps of the plan written so far, of all. */
  readonly onProgress: (done: number, total: number) => void;
  /** Set once anything reached the workbook: a failure after it is partial. */
  readonly marks: { wrote: boolean };
}

export interface RunPort<R extends PortRead, M extends Mode> {
  readonly mode: M;
  readonly document: DocumentWord;
  read(need: ReadNeed): Later<M, R>;
  /**
   * Writes the plans, in order, as one batch (one plan, or the set-up then the funnel for
   * `pcss apply`); answers the host's notes (what this host could not do as planned).
   */
  apply(plans: readonly Plan[], read: R, context: ApplyContext): Later<M, readonly PlanWarning[]>;
  /** Today as yyyy-mm-dd, as the host's user sees it. */
  today(): string;
  progress(progress: RunProgress): void;
  /** A failure as the host says it, knowing whether anything was written. */
  failure?(error: unknown, outcome: Outcome): unknown;
}
