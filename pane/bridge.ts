/**
 * What the pane asks of its host. Excel implements it with direct calls into the Excel
 * applier; Google Sheets with `google.script.run` into the Apps Script bundle. The pane knows
 * nothing else of either host.
 */
import type { Lang } from '../core/methodology/bilingual';
import type { TrackerField, TrackerMapping } from '../core/layout/types';
import type { CoachingView } from '../core/report/coaching';
import type { WorkbookInfoView } from '../core/report/summaries';
import type { FreshFunnelSummary as RunFunnelSummary, SetupSummary as RunSetupSummary } from '../core/run';

export type HostKind = 'excel' | 'sheets';

/** The shapes the pane shows are core's, the same for every host's bridge (core/run/summary.ts). */
export type WorkbookInfo = WorkbookInfoView;
export type SetupSummary = RunSetupSummary;
export type FunnelSummary = RunFunnelSummary;

export interface Progress {
  /** 0..1 */
  done: number;
  /** What is happening now, in both languages. */
  zh: string;
  en: string;
}

export interface SetupRequest {
  lang: Lang;
  /** The list and columns the user confirmed (on the sheet they picked); detected when null. */
  mapping: TrackerMapping | null;
}

export interface FunnelRequest {
  lang: Lang;
  /** One rep's funnel; all reps when absent. */
  rep?: string;
  /** The list and columns the pane shows: the refresh before the funnel takes them (core/run/runFreshFunnel.ts). */
  mapping?: TrackerMapping | null;
}

export interface CoachRequest {
  lang: Lang;
  /** One rep's coaching; every rep when absent. */
  rep?: string;
}

/** Core's coaching view (core/report/coaching.ts) as every host's bridge answers it; null: the workbook is not set up (no milestone tab). */
export type Coaching = CoachingView | null;

/** The sheet the user picked as the one holding the opportunity list. */
export interface TrackerPick {
  readonly sheet: string;
}

export interface PaneBridge {
  readonly host: HostKind;
  /** The user's display language (Office) or the spreadsheet's locale (Sheets). */
  displayLang(): Promise<Lang>;
  /** The workbook as the pane shows it: the list detected, or the one on the sheet picked (core's workbookInfo). */
  inspect(pick?: TrackerPick): Promise<WorkbookInfo>;
  setup(request: SetupRequest, onProgress: (p: Progress) => void): Promise<SetupSummary>;
  funnel(request: FunnelRequest, onProgress: (p: Progress) => void): Promise<FunnelSummary>;
  /** The coaching view of the workbook as it is (read only, nothing written). */
  coach(request: CoachRequest): Promise<Coaching>;
}

/** A failure as the pane shows it: both languages, the user's first. */
export interface PaneFailure {
  zh: string;
  en: string;
}

export const MAPPED_FIELDS: readonly TrackerField[] = ['opportunity', 'customer', 'rep', 'amount', 'expectedClose', 'stage'];
