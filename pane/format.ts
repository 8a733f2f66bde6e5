import type { Lang } from '../core/methodology/bilingual';

export function formatMoney(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
}

export function formatPercent(p: number | null): string {
  return p === null ? '—' : `${Math.round(p * 100)}%`;
}

/** A bilingual failure or any thrown thing → { zh, en }, never "[object Object]". */
export function toFailure(e: unknown): { zh: string; en: string } {
  if (e && typeof e === 'object' && 'zh' in e && 'en' in e) {
    const f = e as { zh: unknown; en: unknown };
    return { zh: String(f.zh), en: String(f.en) };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { zh: message, en: message };
}
