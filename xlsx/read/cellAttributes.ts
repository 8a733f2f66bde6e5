/**
 * A cell's `r`, `t` and `s` attributes from the text of its start tag (after the element's name),
 * as sheetCells.ts reads every cell of a sheet.
 */
const CELL_ATTR = /\s(r|t|s)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export interface CellAttributes {
  readonly ref: string;
  readonly type: string | undefined;
  readonly style: number;
}

/**
 * A cell's r, t and s in the common form, `r="B7" s="3" t="s"` (names and values separated by
 * single spaces, double quotes), read in one pass without a regular expression (hundreds of
 * thousands of cells); undefined for any other form (single quotes, tabs or line breaks, spaces
 * around '='), which the general path reads.
 */
function plainCellAttributes(attrs: string): CellAttributes | undefined {
  let ref = '';
  let type: string | undefined;
  let style = 0;
  const n = attrs.length;
  let i = 0;
  while (i < n) {
    const c = attrs.charCodeAt(i);
    // Spaces between attributes, and the '/' of a self-closing tag.
    if (c === 32 || c === 47) {
      i++;
      continue;
    }
    const name = i;
    while (i < n) {
      const d = attrs.charCodeAt(i);
      if (d === 61 || d <= 32 || d === 34 || d === 39) break;
      i++;
    }
    if (attrs.charCodeAt(i) !== 61 || attrs.charCodeAt(i + 1) !== 34) return undefined;
    const from = i + 2;
    const to = attrs.indexOf('"', from);
    if (to < 0) return undefined;
    if (i - name === 1) {
      const key = attrs.charCodeAt(name);
      if (key === 114) ref = attrs.slice(from, to);
      else if (key === 116) type = attrs.slice(from, to);
      else if (key === 115) style = Number(attrs.slice(from, to));
    }
    i = to + 1;
  }
  return { ref, type, style };
}

/** A cell's r, t and s attributes, from the text of its start tag. */
export function cellAttributes(attrs: string): CellAttributes {
  const plain = plainCellAttributes(attrs);
  if (plain) return plain;
  let ref = '';
  let type: string | undefined;
  let style = 0;
  for (const m of attrs.matchAll(CELL_ATTR)) {
    const value = m[2] ?? m[3];
    if (m[1] === 'r') ref = value;
    else if (m[1] === 't') type = value;
    else style = Number(value);
  }
  return { ref, type, style };
}
