import { attributes, elements, firstElement } from '../package/xml';

/**
 * Which cell styles show a number as a date: Excel stores dates as serial numbers and only the
 * number format says "date". Built-in formats 14–22 and 45–47 are dates in every locale, and
 * 27–36 and 50–58 are the East Asian date formats (ECMA-376 §18.8.30); a custom format is a
 * date when it has d, m, y (or the CJK 年月日) outside quotes, escapes and [colour] brackets.
 */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '')
    .split(';')[0];
  if (/general/i.test(bare)) return false;
  return /[dmy年月日]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** The indices of `<cellXfs>` entries whose number format is a date. */
export function dateStyles(stylesXml: string | undefined): Set<number> {
  const out = new Set<number>();
  if (!stylesXml) return out;
  const custom = new Map<number, string>();
  const numFmts = firstElement(stylesXml, 'numFmts');
  if (numFmts) {
    for (const e of elements(stylesXml, 'numFmt', numFmts.innerStart, numFmts.innerEnd)) {
      const a = attributes(e.tag);
      custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
    }
  }
  const xfs = firstElement(stylesXml, 'cellXfs');
  if (!xfs) return out;
  let i = 0;
  for (const e of elements(stylesXml, 'xf', xfs.innerStart, xfs.innerEnd)) {
    const id = Number(attributes(e.tag).get('numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id)) out.add(i);
    i++;
  }
  return out;
}
