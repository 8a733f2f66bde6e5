/**
 * A host for the pane that keeps the workbook as a plain snapshot in memory and runs the real
 * core run (core/run) over a port that applies plans with core's applyPlan. It stands in for
 * Excel or Sheets in the browser test, and is what every real bridge must behave like.
 */
import { applyPlan, type WorkbookSnapshot } from '../../core/layout';
import { workbookInfo } from '../../core/report/summaries';
import { runFreshFunnel, runSetup, type RunPort } from '../../core/run';
import type { Lang } from '../../core/methodology/bilingual';
import type { HostKind, PaneBridge, Progress } from '../../pane/bridge';
import { coachOf } from '../../pane/coachOf';

export interface StandInWorkbook {
  snapshot: WorkbookSnapshot;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 10));

function memoryPort(workbook: StandInWorkbook, today: string, onProgress: (p: Progress) => void): RunPort<{ snapshot: WorkbookSnapshot }, 'async'> {
  return {
    mode: 'async',
    document: 'workbook',
    read: async () => {
      await pause();
      return { snapshot: workbook.snapshot };
    },
    apply: async ([plan]) => {
      await pause();
      workbook.snapshot = applyPlan(workbook.snapshot, plan);
      return [];
    },
    today: () => today,
    progress: onProgress,
  };
}

export function standInBridge(workbook: StandInWorkbook, host: HostKind, lang: Lang, today: string): PaneBridge {
  return {
    host,
    displayLang: async () => lang,
    inspect: async (pick) => workbookInfo(workbook.snapshot, pick?.sheet),
    setup: (request, onProgress) => runSetup(memoryPort(workbook, today, onProgress), { lang: request.lang, mapping: request.mapping ?? undefined }),
    funnel: (request, onProgress) => {
      const port = memoryPort(workbook, today, onProgress);
      return runFreshFunnel<{ snapshot: WorkbookSnapshot }, 'async'>((action) => action(port), { lang: request.lang, rep: request.rep, mapping: request.mapping ?? undefined });
    },
    coach: async (request) => {
      await pause();
      return coachOf(workbook.snapshot, request.rep);
    },
  };
}
