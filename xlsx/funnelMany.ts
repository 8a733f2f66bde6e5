/**
 * `pcss funnel` over several workbooks (files, or the workbooks of a folder): each one's funnel
 * and forecast as `pcss funnel` computes it for one, added up by core (report/funnelTotals.ts).
 * Nothing is written to any of them; one that cannot be read is said and left out of the total.
 */
import '../core/cliErrors';
import { isMethodError, MethodError } from '../core/errors';
import type { PlanWarning, TrackerChoice } from '../core/layout';
import type { Period } from '../core/cells/calendar';
import type { Bilingual, Lang } from '../core/methodology/bilingual';
import { addFunnels, type FunnelPart, type FunnelTotals } from '../core/report/funnelTotals';
import { money, renderFunnelRows, renderPeriodRows, renderTable } from './funnelTable';
import { runFunnel } from './run';
import { plainWarning } from '../core/run';
import type { WorkbookSource } from './workbookList';

export interface FunnelOptions {
  readonly rep?: string;
  readonly lang?: Lang;
  readonly choice?: TrackerChoice;
  readonly periods?: readonly Period[];
}

export interface ManyFunnels {
  readonly totals: FunnelTotals;
  /** The language of the output: --lang, else the first workbook read's. */
  readonly lang: Lang;
  /** Each workbook's warnings, as `pcss funnel` prints them for one. */
  readonly warnings: readonly { readonly path: string; readonly warning: PlanWarning }[];
  /** The paths that gave no workbook, and why. */
  readonly failures: readonly { readonly path: string; readonly why: Bilingual }[];
  /** Every rep of the workbooks read, each once, in the order met. */
  readonly reps: readonly string[];
}

/** Each workbook of the sources read, one after the other (one in memory at a time), and their sum. */
export async function funnelMany(sources: readonly WorkbookSource[], options: FunnelOptions): Promise<ManyFunnels> {
  const parts: FunnelPart[] = [];
  const warnings: { path: string; warning: PlanWarning }[] = [];
  const failures: { path: string; why: Bilingual }[] = [];
  const reps: string[] = [];
  let lang = options.lang;
  for (const source of sources) {
    if ('error' in source) {
      failures.push({ path: source.path, why: { zh: source.error.zh, en: source.error.en } });
      continue;
    }
    for (const path of source.workbooks) {
      try {
        const one = await runFunnel(path, options.rep, options.lang, options.choice, options.periods);
        parts.push({ name: path, funnel: one.funnel, periods: one.periods });
        // Behind its tracker: its line counts the tracker's figures (pcss funnel on one workbook), said with what it would bring in.
        const pending = one.pending ? [plainWarning(new MethodError('CLI_FUNNEL_PENDING')), ...one.pending] : [];
        for (const warning of [...pending, ...one.warnings]) warnings.push({ path, warning });
        for (const r of one.reps) if (!reps.includes(r)) reps.push(r);
        lang ??= one.lang;
      } catch (e) {
        const { zh, en } = isMethodError(e) ? e : new MethodError('INTERNAL', { detail: String(e) });
        failures.push({ path, why: { zh, en } });
      }
    }
  }
  return { totals: addFunnels(parts), lang: lang ?? 'zh', warnings, failures, reps };
}

const T = {
  zh: {
    parts: ['工作簿', '机会数', '金额', '预测'],
    total: '合计',
    funnelTitle: '合计漏斗',
    forecast: '合计预测',
    periodsTitle: '合计:按预计签约期间预测',
  },
  en: {
    parts: ['Workbook', 'Opportunities', 'Amount', 'Forecast'],
    total: 'Total',
    funnelTitle: 'Funnel of all workbooks',
    forecast: 'Total forecast',
    periodsTitle: 'Total forecast by expected close',
  },
} as const;

/** The table of workbooks and their total, the funnel of all of them, and their forecast by period. */
export function renderTotals(totals: FunnelTotals, lang: Lang): string {
  const t = T[lang];
  const { total } = totals;
  const parts = totals.parts.map((p) => [p.name, String(p.count), money(p.amount), money(p.forecast)]);
  parts.push([t.total, String(total.count), money(total.amount), money(total.forecast)]);
  return [
    renderTable([...t.parts], parts, [false, true, true, true]),
    '',
    t.funnelTitle,
    renderFunnelRows(total, lang),
    '',
    `${t.forecast}: ${money(total.forecast)}`,
    '',
    t.periodsTitle,
    renderPeriodRows(totals.periods, lang),
  ].join('\n');
}
