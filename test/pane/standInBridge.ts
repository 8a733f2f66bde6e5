/**
 * A host for the pane that keeps the workbook as a plain snapshot in memory and runs the real
 * core (planSetup / planFunnel / applyPlan). It stands in for Excel or Sheets in the browser
 * test, and is what every real bridge must behave like.
 */
import { applyPlan, planFunnel, planSetup, type WorkbookSnapshot } from '../../core/layout';
import { funnelSummary, setupSummary, workbookInfo } from '../../core/report/summaries';
import type { Lang } from '../../core/methodology/bilingual';
import type { HostKind, PaneBridge } from '../../pane/bridge';

export interface StandInWorkbook {
  snapshot: WorkbookSnapshot;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 10));

export function standInBridge(workbook: StandInWorkbook, host: HostKind, lang: Lang, today: string): PaneBridge {
  return {
    host,
    displayLang: async () => lang,
    inspect: async () => workbookInfo(workbook.snapshot),
    async setup(request, onProgress) {
      onProgress({ done: 0.2, zh: '读取工作簿…', en: 'Reading the workbook…' });
      await pause();
      const plan = planSetup(workbook.snapshot, { lang: request.lang, mapping: request.mapping ?? undefined });
      onProgress({ done: 0.6, zh: '写入标签页…', en: 'Writing the tabs…' });
      await pause();
      workbook.snapshot = applyPlan(workbook.snapshot, plan);
      return setupSummary(plan);
    },
    async funnel(request, onProgress) {
      onProgress({ done: 0.3, zh: '计算漏斗…', en: 'Computing the funnel…' });
      await pause();
      const plan = planFunnel(workbook.snapshot, { lang: request.lang, rep: request.rep, date: today });
      workbook.snapshot = applyPlan(workbook.snapshot, plan);
      return funnelSummary(workbook.snapshot, request.rep);
    },
  };
}
