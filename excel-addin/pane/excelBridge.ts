/// <reference types="office-js" />
/**
 * The pane's bridge in Excel: direct calls into the Excel applier inside `Excel.run`. Progress
 * from the applier's steps becomes the pane's progress bar.
 */
import type { Lang } from '../../core/methodology/bilingual';
import { workbookInfo } from '../../core/report/summaries';
import type { PaneBridge, Progress as PaneProgress } from '../../pane/bridge';
import { detectFeatures } from '../workbook/features';
import { generateFunnel, readForInspect, readWorkbook, setupWorkbook, type Progress } from '../workbook';

/** What the bridge needs of the Office globals; the browser test hands in the fake's. */
export interface OfficeHost {
  run<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  requirements: Office.RequirementSetSupport;
  displayLanguage: string;
}

function paneProgress(p: Progress): PaneProgress {
  const done = p.step === 'read' ? 0.1 : p.step === 'plan' ? 0.3 : p.step === 'done' ? 1 : 0.3 + 0.65 * ((p.done ?? 0) / Math.max(1, p.total ?? 1));
  return { done, zh: p.zh, en: p.en };
}

export function excelBridge(host: OfficeHost): PaneBridge {
  const features = () => detectFeatures(host.requirements);
  // What the pane shows on opening: two round trips on ExcelApi 1.4+ however large the workbook
  // (first rows of every sheet, the milestone tab's reps); the whole workbook before.
  const snapshot = () =>
    host.run(async (context) => {
      const f = features();
      return f.anchors ? readForInspect(context, f) : (await readWorkbook(context, f)).snapshot;
    });
  return {
    host: 'excel',
    displayLang: async (): Promise<Lang> => (host.displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en'),
    inspect: async () => workbookInfo(await snapshot()),
    async setup(request, onProgress) {
      const summary = await host.run((context) =>
        setupWorkbook(context, {
          requirements: host.requirements,
          lang: request.lang,
          mapping: request.mapping ?? undefined,
          onProgress: (p) => onProgress(paneProgress(p)),
        }),
      );
      return { tabs: { ...summary.tabs }, addedSheets: [...summary.tabsAdded], addedOpportunities: summary.opportunitiesAdded, warnings: summary.warnings.map((w) => ({ zh: w.zh, en: w.en })) };
    },
    async funnel(request, onProgress) {
      const summary = await host.run((context) =>
        generateFunnel(context, { requirements: host.requirements, lang: request.lang, rep: request.rep, onProgress: (p) => onProgress(paneProgress(p)) }),
      );
      return summary.view;
    },
  };
}
