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
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}
