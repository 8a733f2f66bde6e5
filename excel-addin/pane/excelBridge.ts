/// <reference types="office-js" />
/**
 * The pane's bridge in Excel: direct calls into core's run over the Excel port inside
 * `Excel.run`. The run's progress is the pane's progress bar as it is.
 */
import type { Lang } from '../../core/methodology/bilingual';
import type { PaneBridge } from '../../pane/bridge';

/**
 * The planner, reader and applier, loaded once on the first action (the pane reads the workbook
 * as it opens, so just after the shell has drawn): ~160 kB the pane's own file does not carry.
 */
let loaded: Promise<typeof import('./operations')> | undefined;
const operations = () => (loaded ??= import(/* webpackChunkName: "workbook" */ './operations'));

/** What the bridge needs of the Office globals; the browser test hands in the fake's. */
export interface OfficeHost {
  run<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  requirements: Office.RequirementSetSupport;
  displayLanguage: string;
}

export function excelBridge(host: OfficeHost): PaneBridge {
  // What the pane shows on opening: two round trips however large the workbook (first rows of
  // every sheet, the milestone tab's reps).
  const snapshot = async () => {
    const ops = await operations();
    return host.run((context) => ops.readForInspect(context, ops.detectFeatures(host.requirements)));
  };
  return {
    host: 'excel',
    displayLang: async (): Promise<Lang> => (host.displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en'),
    inspect: async (pick) => (await operations()).workbookInfo(await snapshot(), pick?.sheet),
    setup: async (request, onProgress) => {
      const ops = await operations();
      return host.run((context) => ops.setupWorkbook(context, { requirements: host.requirements, lang: request.lang, mapping: request.mapping ?? undefined, onProgress }));
    },
    funnel: async (request, onProgress) => {
      const ops = await operations();
      return host.run((context) => ops.generateFreshFunnel(context, { requirements: host.requirements, lang: request.lang, rep: request.rep, mapping: request.mapping ?? undefined, onProgress }));
    },
    coach: async (request) => {
      const ops = await operations();
      return host.run((context) => ops.coachWorkbook(context, ops.detectFeatures(host.requirements), request.rep));
    },
  };
}
