import type { CellRange } from '../../core/layout';

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** An address as Excel returns it ("Deals!B2:G14", "'销售 机会'!A1") → sheet name and 0-based range. */
export function parseRangeAddress(address: string): { sheet: string; range: CellRange } {
  const bang = address.lastIndexOf('!');
  let sheet = bang >= 0 ? address.slice(0, bang) : '';
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const ref = address.slice(bang + 1).replace(/\$/g, '');
  const m = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a cell range: ${address}`);
  const top = Number(m[2]) - 1;
  const left = colIndex(m[1]);
  return { sheet, range: { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? colIndex(m[3]) : left } };
}
