/** A1 and R1C1 addresses as Excel reads them, 0-based inclusive in code. No Node APIs (runs in the pane's browser test). */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

// The fake's own conversions, not core/layout/a1.ts's or excel-addin/workbook/r1c1.ts's: it reads addresses as Excel does, trusting none of the code it checks.
export function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "Sheet1!A1:B2", "'My sheet'!$D:$D", "B3", "3:5" → the sheet (if named) and the box. */
export function parseAddress(address: string): { sheet?: string; box: Box } {
  let sheet: string | undefined;
  let ref = address.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const part = (p: string) => {
    const m = /^([A-Za-z]{0,3})(\d*)$/.exec(p);
    if (!m || (m[1] === '' && m[2] === '')) throw new Error(`fake: not an address: ${address}`);
    return { col: m[1] === '' ? null : colIndex(m[1]), row: m[2] === '' ? null : Number(m[2]) - 1 };
  };
  const p = part(a);
  const q = part(b);
  const box: Box = {
    top: p.row ?? 0,
    left: p.col ?? 0,
    bottom: q.row ?? MAX_ROWS - 1,
    right: q.col ?? MAX_COLS - 1,
  };
  return { sheet, box };
}

/** A1 ("B7", "XFD1048576") or R1C1 ("R1C1", "RC", "R", "C12") as Excel would read the text as a cell reference. */
export function looksLikeCellReference(text: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(text);
  if (a1 && colIndex(a1[1]) < MAX_COLS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  return /^[Rr]\d*([Cc]\d*)?$/.test(text) || /^[Cc]\d*$/.test(text);
}

/**
 * A sheet name as Excel writes it in an address: bare when it is letters of any script (CJK
 * included), digits and underscores, not starting with a digit and not readable as a cell
 * reference ("销售!A1", "Data!A1"); otherwise quoted, a quote inside doubled ("'Q1 deals'!A1").
 */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) && !looksLikeCellReference(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A box as absolute references, the way a defined name shows it: "$A$1", "$A$1:$B$9", "$AB:$AB", "$3:$5". */
export function absoluteRef(box: Box): string {
  if (box.top === 0 && box.bottom === MAX_ROWS - 1) return `$${colLetters(box.left)}:$${colLetters(box.right)}`;
  if (box.left === 0 && box.right === MAX_COLS - 1) return `$${box.top + 1}:$${box.bottom + 1}`;
  const tl = `$${colLetters(box.left)}$${box.top + 1}`;
  const br = `$${colLetters(box.right)}$${box.bottom + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/**
 * A formula (or an address) after a sheet was renamed or deleted, as Excel rewrites it: every
 * reference to `from` (quoted or bare, any case) now names `to`, or becomes "#REF!" when `to` is
 * null ("=SUM('Old'!A:A)" → "=SUM(New!A:A)" or "=SUM(#REF!A:A)"). Text in double quotes stays.
 */
export function renameSheetIn(formula: string, from: string, to: string | null): string {
  const key = from.toLowerCase();
  const name = to === null ? '#REF' : quoteSheetName(to);
  return mapOutsideQuotes(
    formula,
    // Error literals (#DIV/0!, #REF!) are not sheet prefixes.
    (chunk) => chunk.replace(/(#[A-Za-z0-9/]+[!?])|(^|[^\p{L}\p{N}_.#\\])([\p{L}\p{N}_.\\]+)!/gu, (whole, error: string | undefined, pre: string, sheet: string) => (!error && sheet.toLowerCase() === key ? `${pre}${name}!` : whole)),
    // A quoted sheet prefix ('Old Name'!): the "!" that follows stays where it is.
    (quoted, next) => (quoted[0] === "'" && next === '!' && quoted.slice(1, -1).replace(/''/g, "'").toLowerCase() === key ? name : quoted),
  );
}

export function formatAddress(sheet: string, box: Box): string {
  const tl = `${colLetters(box.left)}${box.top + 1}`;
  const br = `${colLetters(box.right)}${box.bottom + 1}`;
  return `${quoteSheetName(sheet)}!${tl === br ? tl : `${tl}:${br}`}`;
}

const R1C1_TOKEN = /(^|[^A-Za-z0-9_.'"])(R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?|R(\[-?\d+\]|\d+)|C(\[-?\d+\]|\d+))(?![A-Za-z0-9_(])/g;

function part(spec: string | undefined, here: number): { n: number; abs: boolean } {
  if (spec === undefined) return { n: here, abs: false };
  if (spec.startsWith('[')) return { n: here + Number(spec.slice(1, -1)), abs: false };
  return { n: Number(spec) - 1, abs: true };
}

/**
 * An R1C1 formula as Excel stores it for the cell at (row, col): "=RC[-2]*2" on C5 → "=A5*2",
 * "=SUM(C4)" → "=SUM($D:$D)". String literals and quoted sheet names are left alone.
 */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  return mapOutsideQuotes(formula, (chunk) =>
    chunk.replace(R1C1_TOKEN, (whole, pre: string, _t: string, rc: string | undefined, cc: string | undefined, ro: string | undefined, co: string | undefined) => {
      const d = (abs: boolean) => (abs ? '$' : '');
      if (ro !== undefined) {
        const r = part(ro, row);
        return `${pre}${d(r.abs)}${r.n + 1}:${d(r.abs)}${r.n + 1}`;
      }
      if (co !== undefined) {
        const c = part(co, col);
        return `${pre}${d(c.abs)}${colLetters(c.n)}:${d(c.abs)}${colLetters(c.n)}`;
      }
      const r = part(rc, row);
      const c = part(cc, col);
      return `${pre}${d(c.abs)}${colLetters(c.n)}${d(r.abs)}${r.n + 1}`;
    }),
  );
}

/**
 * A formula with `map` applied to the text outside string literals ("…") and quoted sheet
 * names ('…'); those go through `quoted` (with the character after them), kept by default.
 * A doubled quote inside stays inside.
 */
export function mapOutsideQuotes(formula: string, map: (chunk: string) => string, quoted: (text: string, next: string) => string = (text) => text): string {
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
      out += quoted(formula.slice(i, j + 1), formula[j + 1] ?? '');
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
    out += map(formula.slice(i, j));
    i = j;
  }
  return out;
}
