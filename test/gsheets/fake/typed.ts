import { isDate, type Scalar } from './model';

/**
 * What Sheets makes of a value written with setValues or typed by a user: "=…" is a formula,
 * a leading apostrophe keeps text as text (and is not part of the value), and other text that
 * looks like a number, percentage, ISO date or boolean is parsed into one, as Sheets does.
 * A sign followed by something that is not a number is taken for a formula, as Sheets does.
 */
export function interpret(v: unknown): { value?: Scalar; formula?: string } {
  if (v === null || v === undefined || v === '') return {};
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (isDate(v)) return { value: new Date(v.getTime()) };
  if (typeof v !== 'string') return { value: String(v) };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith('=')) return { formula: v };
  const t = v.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$/.test(t)) return { value: Number(t.replace(/,/g, '')) };
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return { value: new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) };
  if (/^[+-]/.test(t)) return { formula: `=${t}` };
  return { value: v };
}
