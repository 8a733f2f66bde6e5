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

/** Where a cell tag's r, t and s are (scanCellTag); `ok` false when the tag is not in the plain form. */
export interface CellTagScan {
  ok: boolean;
  /** Where the r value is in the text (refFrom === refTo: no r, or an empty one). */
  refFrom: number;
  refTo: number;
  type: string | undefined;
  style: number;
}

/**
 * A cell's r, t and s in the common form, `r="B7" s="3" t="s"` (names and values separated by
 * single spaces, double quotes), read from `text` between `from` and `to` in one pass without a
 * regular expression (hundreds of thousands of cells) into `tag`; `ok` false for any other form
 * (single quotes, tabs or line breaks, spaces around '='), which the general path reads. The
 * reference is left in the text (refFrom, refTo): sheetRows.ts needs only its column.
 */
export function scanCellTag(text: string, from: number, to: number, tag: CellTagScan): void {
  tag.ok = false;
  tag.refFrom = tag.refTo = 0;
  tag.type = undefined;
  tag.style = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Spaces between attributes, and the '/' of a self-closing tag.
    if (c === 32 || c === 47) {
      i++;
      continue;
    }
    const name = i;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (d === 61 || d <= 32 || d === 34 || d === 39) break;
      i++;
    }
    if (i >= to || text.charCodeAt(i) !== 61 || text.charCodeAt(i + 1) !== 34) return;
    const valueFrom = i + 2;
    const valueTo = text.indexOf('"', valueFrom);
    if (valueTo < 0 || valueTo >= to) return;
    if (i - name === 1) {
      const key = text.charCodeAt(name);
      if (key === 114) {
        tag.refFrom = valueFrom;
        tag.refTo = valueTo;
      } else if (key === 116) tag.type = valueTo - valueFrom === 1 && text.charCodeAt(valueFrom) === 115 ? 's' : text.slice(valueFrom, valueTo);
      else if (key === 115) tag.style = Number(text.slice(valueFrom, valueTo));
    }
    i = valueTo + 1;
  }
  tag.ok = true;
}

const SCAN: CellTagScan = { ok: false, refFrom: 0, refTo: 0, type: undefined, style: 0 };

function plainCellAttributes(attrs: string): CellAttributes | undefined {
  scanCellTag(attrs, 0, attrs.length, SCAN);
  return SCAN.ok ? { ref: attrs.slice(SCAN.refFrom, SCAN.refTo), type: SCAN.type, style: SCAN.style } : undefined;
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
