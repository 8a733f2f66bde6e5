import { langOfLocale } from '../../core/functions';
import { say } from '../../core/messages';
import type { Lang } from '../../core/methodology/bilingual';
import { toFailure, type Failure } from './failure';
import { buildMenu } from './menu';
import { SIDEBAR_TITLE } from './sidebar';
import { freshFunnelInSheets, inspectSpreadsheet, setupSpreadsheet } from './operations';
import { cacheReporter, readProgress, type ProgressNote } from './progress';
import { funnelRequest, setupRequest } from './requests';
import { services } from './sheetsApi';

/**
 * What the sidebar gets back from google.script.run: a value, or a bilingual failure. Returned,
 * not thrown: a thrown error reaches the failure handler as a bare message, losing the second
 * language.
 */
export type Envelope<T> = { ok: true; value: T } | ({ ok: false } & Failure);

function envelope<T>(work: () => T): Envelope<T> {
  try {
    return { ok: true, value: work() };
  } catch (e) {
    return { ok: false, ...toFailure(e, 'unchanged') };
  }
}

export const endpoints = {
  /** zh when the spreadsheet's locale is Chinese, en otherwise (the sidebar can switch). */
  displayLang: (): Envelope<Lang> => envelope(() => langOfLocale(services().SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale())),
  inspect: () => envelope(inspectSpreadsheet),
  setup: (request: unknown, token?: string) => envelope(() => setupSpreadsheet(setupRequest(request), cacheReporter(token))),
  funnel: (request: unknown, token?: string) => envelope(() => freshFunnelInSheets(funnelRequest(request), cacheReporter(token))),
  progress: (token: unknown): ProgressNote | null => (typeof token === 'string' ? readProgress(token) : null),
};

function toast(zh: string, en: string): void {
  services().SpreadsheetApp.getActiveSpreadsheet().toast(`${zh}\n${en}`, SIDEBAR_TITLE, 10);
}

/** The menu's items run the same operations as the sidebar and answer in a toast. */
export const menuActions = {
  open: (): void => buildMenu(),
  setup(): void {
    const r = endpoints.setup({});
    if (!r.ok) return toast(r.zh, r.en);
    const s = r.value;
    const done = say('DONE_SETUP', { sheets: s.tabsAdded.length, opps: s.opportunitiesAdded });
    toast(done.zh, done.en);
  },
  funnel(): void {
    const r = endpoints.funnel({});
    if (!r.ok) return toast(r.zh, r.en);
    const f = r.value.totals;
    const done = say('DONE_FUNNEL', { count: f.count, forecast: Math.round(f.forecast).toLocaleString('zh-CN'), forecastEn: Math.round(f.forecast).toLocaleString('en-US') });
    toast(done.zh, done.en);
  },
};
