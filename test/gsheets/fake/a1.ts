import type { Box } from './model';

function col(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3:D9" or "B3" (with or without $) as a 0-based box; the fake's own reader of A1 notation. */
export function parseA1(a1: string): Box {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!m) throw new Error(`Range not found: ${a1}`);
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? col(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/**
 * "'Sheet name'!A1:Z9", "Sheet1!B2:C", as Spreadsheet.getRange takes it: the sheet (quotes
 * doubled inside quotes) and the box, whose bottom is null when the rows are open-ended ("A1:Z",
 * to the last row of the grid).
 */
export function parseSheetA1(a1: string): { sheet: string; box: Omit<Box, 'bottom'> & { bottom: number | null } } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d*))?$/.exec(a1.trim());
  if (!m) throw new Error('Exception: Range not found');
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const top = Number(m[4]) - 1;
  const left = col(m[3]);
  const right = m[5] ? col(m[5]) : left;
  const bottom = m[5] === undefined ? top : m[6] ? Number(m[6]) - 1 : null;
  return { sheet, box: { top, left: Math.min(left, right), bottom, right: Math.max(left, right) } };
}
