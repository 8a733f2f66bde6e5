/// <reference types="office-js" />
/**
 * The pane's bridge in Excel: direct calls into core's run over the Excel port inside
 * `Excel.run`. The run's progress is the pane's progress bar as it is.
 */
import type { Lang } from '../../core/methodology/bilingual';
import { workbookInfo } from '../../core/report/summaries';
import type { PaneBridge } from '../../pane/bridge';
import { detectFeatures } from '../workbook/features';
import { generateFunnel, readForInspect, setupWorkbook } from '../workbook';
import { coachWorkbook } from './coach';

/** What the bridge needs of the Office globals; the browser test hands in the fake's. */
export interface OfficeHost {
  run<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  requirements: Office.RequirementSetSupport;
  displayLanguage: string;
}

export function excelBridge(host: OfficeHost): PaneBridge {
  // What the pane shows on opening: two round trips however large the workbook (first rows of
  // every sheet, the milestone tab's reps).
  const snapshot = () =>
    host.run((context) => readForInspect(context, detectFeatures(host.requirements)));
  return {
    host: 'excel',
    displayLang: async (): Promise<Lang> => (host.displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en'),
    inspect: async (pick) => workbookInfo(await snapshot(), pick?.sheet),
    setup: (request, onProgress) =>
      host.run((context) => setupWorkbook(context, { requirements: host.requirements, lang: request.lang, mapping: request.mapping ?? undefined, onProgress })),
    funnel: (request, onProgress) =>
      host.run((context) => generateFunnel(context, { requirements: host.requirements, lang: request.lang, rep: request.rep, onProgress })),
    coach: (request) => host.run((context) => coachWorkbook(context, detectFeatures(host.requirements), request.rep)),
  };
}
