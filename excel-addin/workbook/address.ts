import { parseRange, type CellRange } from '../../core/layout';

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** An address as Excel returns it ("Deals!B2:G14", "'销售 机会'!A1") → sheet name and 0-based range. */
export function parseRangeAddress(address: string): { sheet: string; range: CellRange } {
  const bang = address.lastIndexOf('!');
  let sheet = bang >= 0 ? address.slice(0, bang) : '';
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const range = parseRange(address.slice(bang + 1));
  if (!range) throw new Error(`not a cell range: ${address}`);
  return { sheet, range };
}
