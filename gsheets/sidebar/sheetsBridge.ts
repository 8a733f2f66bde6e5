/**
 * The pane's bridge in Google Sheets: each action is one google.script.run call into Code.js.
 * The server answers { ok, value } or { ok: false, zh, en }; a failure of the call itself (the
 * server stopped, the network) becomes a bilingual failure too. The summaries are core's (core/run). google.script.run cannot stream,
 * so while an action runs the sidebar polls the stage the server leaves in the user's cache.
 */
import { say } from '../../core/messages';
import type { Lang } from '../../core/methodology/bilingual';
import { localToday } from '../../core/run/today';
import type { WorkbookSnapshot } from '../../core/layout/types';
import { coachOf } from '../../pane/coachOf';
import type { FunnelSummary, PaneBridge, PaneFailure, Progress, SetupSummary, WorkbookInfo } from '../../pane/bridge';
import { callServer, type ScriptRunner, type ServerFunction } from './scriptRun';

export interface SheetsBridgeOptions {
  /** How often progress is polled while an action runs. */
  readonly pollMs?: number;
  /** Today as yyyy-mm-dd in the user's time zone, for the history row. */
  readonly today?: () => string;
}

type Envelope = { ok: true; value: unknown } | { ok: false; zh: string; en: string };

function failureOf(error: unknown): PaneFailure {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
  return say('SHEETS_CALL_FAILED', { detail: message });
}

async function request<T>(runner: () => ScriptRunner, name: ServerFunction, ...args: unknown[]): Promise<T> {
  let answer: Envelope;
  try {
    answer = (await callServer(runner, name, ...args)) as Envelope;
  } catch (e) {
    throw failureOf(e);
  }
  if (!answer || typeof answer !== 'object') throw failureOf(`no answer from ${name}`);
  if (!answer.ok) throw { zh: String(answer.zh), en: String(answer.en) } satisfies PaneFailure;
  return answer.value as T;
}

function newToken(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Runs one action while polling its progress; the last stage reported before the answer wins. */
async function withProgress<T>(runner: () => ScriptRunner, pollMs: number, onProgress: (p: Progress) => void, action: (token: string) => Promise<T>): Promise<T> {
  const token = newToken();
  let finished = false;
  const poll = async () => {
    while (!finished) {
      await new Promise((r) => setTimeout(r, pollMs));
      if (finished) return;
      try {
        const note = (await callServer(runner, 'pcssProgress', token)) as Progress | null;
        if (note && !finished) onProgress({ done: Number(note.done), zh: String(note.zh), en: String(note.en) });
      } catch {
        // A missed poll only delays the bar.
      }
    }
  };
  onProgress({ done: 0.05, ...say('STAGE_SENDING') });
  void poll();
  try {
    return await action(token);
  } finally {
    finished = true;
  }
}

export function sheetsBridge(runner: () => ScriptRunner, options: SheetsBridgeOptions = {}): PaneBridge {
  const pollMs = options.pollMs ?? 800;
  const today = options.today ?? localToday;
  return {
    host: 'sheets',
    displayLang: () => request<Lang>(runner, 'pcssDisplayLang'),
    inspect: (pick) => (pick ? request<WorkbookInfo>(runner, 'pcssInspectSheet', { sheet: pick.sheet }) : request<WorkbookInfo>(runner, 'pcssInspect')),
    setup: (req, onProgress) =>
      withProgress(runner, pollMs, onProgress, (token) => request<SetupSummary>(runner, 'pcssSetup', { lang: req.lang, mapping: req.mapping }, token)),
    funnel: (req, onProgress) =>
      withProgress(runner, pollMs, onProgress, (token) => request<FunnelSummary>(runner, 'pcssFunnel', { lang: req.lang, rep: req.rep ?? null, date: today(), mapping: req.mapping ?? null }, token)),
    // The tabs as the server reads them; the view computed here, by the same core function as Excel's pane.
    coach: async (req) => coachOf(await request<WorkbookSnapshot>(runner, 'pcssCoach'), req.rep),
  };
}
