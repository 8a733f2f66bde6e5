import type { TrackerField, TrackerMapping } from '../../core/layout';
import type { Lang } from '../../core/methodology/bilingual';
import { SheetsFailure } from './failure';
import type { FunnelRequest, SetupRequest } from './operations';

/**
 * What google.script.run hands the server is whatever the page sent: checked here, field by
 * field, before anything is read or written. A bad request is refused in both languages.
 */
function bad(what: string): SheetsFailure {
  return new SheetsFailure({ code: 'SHEETS_BAD_REQUEST', zh: `侧栏发送的请求无效:${what}`, en: `The sidebar sent an invalid request: ${what}` });
}

const FIELDS: readonly TrackerField[] = ['opportunity', 'customer', 'rep', 'amount', 'expectedClose', 'stage'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function lang(v: unknown): Lang | undefined {
  if (v === undefined || v === null) return undefined;
  if (v === 'zh' || v === 'en') return v;
  throw bad('lang');
}

function mapping(v: unknown): TrackerMapping | null {
  if (v === undefined || v === null) return null;
  if (!isRecord(v) || typeof v.sheet !== 'string' || !isIndex(v.headerRow) || !isIndex(v.lastRow) || !isRecord(v.columns)) throw bad('mapping');
  const columns: Partial<Record<TrackerField, number>> = {};
  const headers: Partial<Record<TrackerField, string>> = {};
  const rawHeaders = isRecord(v.headers) ? v.headers : {};
  for (const field of FIELDS) {
    const col = v.columns[field];
    if (col === undefined || col === null) continue;
    if (!isIndex(col)) throw bad(`mapping.columns.${field}`);
    columns[field] = col;
    headers[field] = typeof rawHeaders[field] === 'string' ? (rawHeaders[field] as string) : '';
  }
  return { sheet: v.sheet, headerRow: v.headerRow, lastRow: v.lastRow, columns, headers, ...(typeof v.table === 'string' ? { table: v.table } : {}) };
}

export function setupRequest(v: unknown): SetupRequest {
  const r = isRecord(v) ? v : {};
  return { lang: lang(r.lang), mapping: mapping(r.mapping) };
}

export function funnelRequest(v: unknown): FunnelRequest {
  const r = isRecord(v) ? v : {};
  if (r.rep !== undefined && r.rep !== null && typeof r.rep !== 'string') throw bad('rep');
  if (r.date !== undefined && r.date !== null && !(typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.date))) throw bad('date');
  return { lang: lang(r.lang), rep: typeof r.rep === 'string' ? r.rep : undefined, date: typeof r.date === 'string' ? r.date : undefined, mapping: mapping(r.mapping) ?? undefined };
}
