import { columnIndex } from '../../core/layout';
import { MAX_COLUMNS, MAX_ROWS } from './address';

const A1_TOKEN = /(^|[^A-Za-z0-9_.])(\$?)([A-Z]{1,3})(?:(\$?)(\d+)|:(\$?)([A-Z]{1,3}))(?![A-Za-z0-9_(!])/g;

function rel(n: number, here: number, abs: boolean, prefix: 'R' | 'C'): string {
  if (abs) return `${prefix}${n + 1}`;
  return n === here ? prefix : `${prefix}[${n - here}]`;
}

/**
 * An A1 formula (no leading "=") in R1C1 for the cell at (row, col), 0-based: the form in which a
 * column of "the same formula, one row down each time" is one string. Returns null for what it
 * does not model (unquoted sheet names, structured or defined names), so the caller writes such
 * formulas cell by cell instead.
 */
export function toR1C1(formula: string, row: number, col: number): string | null {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      if (j >= formula.length) return null;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
    const chunk = formula.slice(i, j);
    // Sheet names must be quoted ('Sheet'!A1) and names/structured references are not modelled.
    if (/[A-Za-z0-9_]!/.test(chunk) || chunk.includes('[')) return null;
    let failed = false;
    out += chunk.replace(A1_TOKEN, (_w, pre: string, cAbs: string, letters: string, rAbs: string | undefined, digits: string | undefined, c2Abs: string | undefined, letters2: string | undefined) => {
      const c = columnIndex(letters);
      if (c >= MAX_COLUMNS) failed = true;
      if (letters2 !== undefined) {
        // A whole column or columns: $D:$D → C4, D:E → C[k]:C[k+1].
        const c2 = columnIndex(letters2);
        const a = rel(c, col, cAbs === '$', 'C');
        const b = rel(c2, col, c2Abs === '$', 'C');
        return `${pre}${a === b ? a : `${a}:${b}`}`;
      }
      const r = Number(digits) - 1;
      if (r < 0 || r >= MAX_ROWS) failed = true;
      return `${pre}${rel(r, row, rAbs === '$', 'R')}${rel(c, col, cAbs === '$', 'C')}`;
    });
    if (failed) return null;
    i = j;
  }
  return out;
}
