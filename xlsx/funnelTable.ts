import type { PeriodForecast } from '../core/layout/periods';
import { periodLabel } from '../core/layout/periodTable';
import type { Funnel } from '../core/funnel';
import type { Lang } from '../core/methodology/bilingual';

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/**
 * Text from cells made safe to print: a rep named `\u001b[2J` (a cell holding `_x001B_[2J`)
 * must not clear the user's terminal, and a line feed must not break the table. C0 controls and
 * DEL become their visible Control Pictures (ESC → ␛, LF → ␊, DEL → ␡); C1 controls and the
 * bidirectional overrides that reorder what is shown become `\x9b`, `\u202e`.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return code <= 0xff ? `\\x${code.toString(16)}` : `\\u${code.toString(16)}`;
  });
}

export function renderTable(rawHeader: string[], rawRows: string[][], numeric: boolean[]): string {
  const header = rawHeader.map(visible);
  const rows = rawRows.map((r) => r.map(visible));
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const line = (cells: string[]) => cells.map((cell, c) => pad(cell, widths[c], numeric[c])).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** An amount as the tables print it: whole, with thousands separators. */
export const money = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (n: number | null) => (n === null ? '' : `${Math.round(n * 100)}%`);

const T = {
  zh: { h: ['里程碑', '概率', '数量', '金额', '加权金额', '转化率'], total: '合计', forecast: '预测', rep: ['销售人员', '数量', '金额', '预测'] },
  en: { h: ['Milestone', 'Prob.', 'Count', 'Amount', 'Weighted', 'Conv.'], total: 'Total', forecast: 'Forecast', rep: ['Rep', 'Count', 'Amount', 'Forecast'] },
} as const;

/** A milestone a row, then the total: count, amount, weighted amount and conversion. */
export function renderFunnelRows(f: Funnel, lang: Lang): string {
  const t = T[lang];
  const rows = f.rows.map((r) => [`${r.milestone.id} ${r.milestone[lang]}`, pct(r.probability), String(r.count), money(r.amount), money(r.weighted), pct(r.conversion)]);
  rows.push([t.total, '', String(f.count), money(f.amount), money(f.forecast), '']);
  return renderTable([...t.h], rows, [false, true, true, true, true, true]);
}

/** The funnel and the forecast by rep, as the funnel tab shows them. */
export function renderFunnel(f: Funnel, lang: Lang): string {
  const t = T[lang];
  const funnel = renderFunnelRows(f, lang);
  const reps = renderTable(
    [...t.rep],
    f.byRep.map((r) => [r.rep, String(r.count), money(r.amount), money(r.forecast)]),
    [false, true, true, true],
  );
  return `${funnel}\n\n${t.forecast}: ${money(f.forecast)}\n\n${reps}`;
}

const P = {
  zh: { title: '按预计签约期间预测', h: ['期间', '机会数', '在途金额', '加权预测', '赢单金额'] },
  en: { title: 'Forecast by expected close', h: ['Period', 'Opportunities', 'Open pipeline', 'Weighted forecast', 'Won'] },
} as const;

/** A period of expected close a row: its opportunities, open pipeline, weighted forecast and won amount. */
export function renderPeriodRows(periods: readonly PeriodForecast[], lang: Lang): string {
  const rows = periods.map((p) => [periodLabel(p.period, lang), String(p.count), money(p.open), money(p.weighted), money(p.won)]);
  return renderTable([...P[lang].h], rows, [false, true, true, true, true]);
}

/** The forecast by period of expected close, as the funnel tab's period table shows it. */
export function renderPeriods(periods: readonly PeriodForecast[], lang: Lang): string {
  return `${P[lang].title}\n${renderPeriodRows(periods, lang)}`;
}
