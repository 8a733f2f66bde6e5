/**
 * A tiny cell reader for tests, independent of the host under test: sheets by name, shared
 * strings, and each sheet's cell values (shared, inline and formula strings, numbers, booleans,
 * cached formula results), whatever the namespace prefixes and with or without r attributes.
 */
import { mainPart, relatedPart, relationships, text, type Pkg } from './package';
import { MAIN_NS as M, attr, child, elements, parseXml, textOf, type XNode } from './xmlNodes';

export type CellValue = string | number | boolean | null;

export interface SheetRef {
  name: string;
  sheetId: string;
  state: string;
  part: string;
}

const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function sheetsOf(pkg: Pkg): SheetRef[] {
  const wb = mainPart(pkg);
  const rels = new Map(relationships(pkg, wb).map((r) => [r.id, r.part]));
  const root = parseXml(text(pkg, wb));
  const sheets = child(root, 'sheets', M);
  return sheets
    ? elements(sheets, 'sheet', M).map((s) => ({
        name: attr(s, 'name')!,
        sheetId: attr(s, 'sheetId')!,
        state: attr(s, 'state') ?? 'visible',
        part: rels.get(attr(s, 'id', R_NS)!) ?? '',
      }))
    : [];
}

/** ST_Xstring's _xHHHH_ escapes (ECMA-376 Part 1 §22.9.2.19) undone. */
export function unescapeXstring(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A rich or plain string item's text: its t and r/t, leaving out phonetic runs (rPh). */
function stringItem(si: XNode): string {
  let out = '';
  for (const e of elements(si, undefined, M)) {
    if (e.local === 't') out += textOf(e);
    else if (e.local === 'r') out += elements(e, 't', M).map(textOf).join('');
  }
  return unescapeXstring(out);
}

export function sharedStringsOf(pkg: Pkg): string[] {
  const part = relatedPart(pkg, mainPart(pkg), 'sharedStrings');
  if (!part || !pkg.has(part)) return [];
  return elements(parseXml(text(pkg, part)), 'si', M).map(stringItem);
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet part's `<c>` elements with their A1 references (a row or cell without its r follows the one before). */
function* cellElements(pkg: Pkg, sheetPart: string): Generator<{ ref: string; c: XNode }> {
  const data = child(parseXml(text(pkg, sheetPart)), 'sheetData', M);
  if (!data) return;
  let row = 0;
  for (const r of elements(data, 'row', M)) {
    row = attr(r, 'r') ? Number(attr(r, 'r')) : row + 1;
    let col = -1;
    for (const c of elements(r, 'c', M)) {
      const ref = attr(c, 'r');
      col = ref ? colIndex(/^[A-Z]+/.exec(ref)![0]) : col + 1;
      yield { ref: `${colLetters(col)}${row}`, c };
    }
  }
}

/** A sheet part's cells by A1 reference. */
export function readCells(pkg: Pkg, sheetPart: string, strings: string[] = sharedStringsOf(pkg)): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const { ref, c } of cellElements(pkg, sheetPart)) {
    const t = attr(c, 't') ?? 'n';
    const v = child(c, 'v', M);
    const raw = v ? textOf(v) : null;
    let value: CellValue = null;
    if (t === 'inlineStr') {
      const is = child(c, 'is', M);
      value = is ? stringItem(is) : '';
    } else if (raw === null) value = null;
    else if (t === 's') value = strings[Number(raw)] ?? null;
    else if (t === 'str' || t === 'e') value = unescapeXstring(raw);
    else if (t === 'b') value = raw.trim() === '1' || raw.trim() === 'true';
    else value = Number(raw);
    cells.set(ref, value);
  }
  return cells;
}

/** Every sheet's cells, by sheet name. */
export function readWorkbook(pkg: Pkg): Map<string, Map<string, CellValue>> {
  const strings = sharedStringsOf(pkg);
  return new Map(sheetsOf(pkg).map((s) => [s.name, readCells(pkg, s.part, strings)]));
}

/** The sheets whose A1 holds one of our tab markers (#pcss:<kind>:<lang>), with the marker. */
export function markerSheets(pkg: Pkg): { sheet: string; marker: string }[] {
  const strings = sharedStringsOf(pkg);
  const out: { sheet: string; marker: string }[] = [];
  for (const s of sheetsOf(pkg)) {
    const a1 = readCells(pkg, s.part, strings).get('A1');
    if (typeof a1 === 'string' && a1.trim().startsWith('#pcss:')) out.push({ sheet: s.name, marker: a1.trim() });
  }
  return out;
}

/** A sheet part's cell style indexes (the s attribute) by A1 reference. */
export function cellStyles(pkg: Pkg, sheetPart: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const { ref, c } of cellElements(pkg, sheetPart)) out.set(ref, Number(attr(c, 's') ?? 0));
  return out;
}

/** The cellXfs indexes whose number format shows a date (built-in 14–22, 45–47, or a code with y/d). */
export function dateStyles(pkg: Pkg): Set<number> {
  const part = relatedPart(pkg, mainPart(pkg), 'styles');
  const out = new Set<number>();
  if (!part) return out;
  const root = parseXml(text(pkg, part));
  const codes = new Map<number, string>();
  const numFmts = child(root, 'numFmts', M);
  if (numFmts) for (const f of elements(numFmts, 'numFmt', M)) codes.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '');
  const xfs = child(root, 'cellXfs', M);
  (xfs ? elements(xfs, 'xf', M) : []).forEach((xf, i) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    const code = (codes.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || /[yd]/i.test(code)) out.add(i);
  });
  return out;
}
