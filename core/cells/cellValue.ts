/**
 * A cell as the hosts hand it over: Excel and Sheets give booleans, numbers, strings and
 * empty strings (or null) for blanks; ExcelJS and Sheets may give Dates.
 */
export type CellValue = string | number | boolean | Date | null | undefined;

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Text as users type it, made comparable: full-width letters, digits and punctuation become
 * half-width (NFKC), case and surrounding or repeated spaces stop mattering.
 */
export function normalizeText(text: string): string {
  // Most names are already their own normal form: cheaper to recognise than to normalize.
  if (ALREADY_NORMAL.test(text)) return text;
  let normal = NORMALIZED.get(text);
  if (normal === undefined) {
    normal = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
    // Customers and reps repeat on every row of a list: each is normalized once. Bounded.
    if (NORMALIZED.size >= 100_000) NORMALIZED.clear();
    NORMALIZED.set(text, normal);
  }
  return normal;
}

const NORMALIZED = new Map<string, string>();
/**
 * Words of printable ASCII without capitals and of CJK unified ideographs (U+4E00–U+9FFF), one
 * space apart: NFKC maps none of these characters, lower case none, and there is no space to
 * trim or collapse, so normalizeText returns such text unchanged.
 */
const ALREADY_NORMAL = /^[\x21-\x40\x5b-\x7e\u4e00-\u9fff]+(?: [\x21-\x40\x5b-\x7e\u4e00-\u9fff]+)*$/;

/**
 * What a spreadsheet's TRIM does, and no more: spaces (U+0020) at either end removed and runs of
 * them inside made one. Tabs, no-break and ideographic spaces are kept, as TRIM keeps them in
 * Excel, Sheets, LibreOffice and HyperFormula. Rules that a native formula must follow compare
 * text through this, never through the wider `normalizeText`.
 */
export function sheetTrim(text: string): string {
  // Most cells have nothing to trim: answered without building a string (millions of calls at 50 000 rows).
  if (text.length === 0 || (text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32 && !text.includes('  '))) return text;
  return text.replace(/ +/g, ' ').replace(/^ | $/g, '');
}

/**
 * A cell as a formula's text functions see it (TRIM(cell), LOWER(cell)): text as it is, a number
 * in its shortest form, a boolean as TRUE/FALSE, blank as "". Dates are the spreadsheet's day
 * numbers, which no rule here accepts; they read as their ISO day, which no rule accepts either.
 */
export function sheetText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * Blank as a formula tests it, TRIM(cell)="": empty, or nothing but spaces (U+0020). A cell
 * holding a tab or a no-break space is not blank, in core as in the workbook.
 */
export function isSheetBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) !== 32) return false;
  return true;
}
