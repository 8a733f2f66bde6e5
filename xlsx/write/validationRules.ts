import type { CellRange } from '../../core/layout/a1';
import { attributes, elements, innerOf, textOf, withAttribute, type Element } from '../package/xml';
import { cutRule } from './ruleCut';

/** [MS-XLSX] 2.6.5: Excel 2010's validations (a list from another sheet) live in the sheet's extLst. */
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What is left of one rule: the rules' texts (none when it lost every cell), and cells our rules must leave alone. */
export interface CutText {
  readonly texts: readonly string[];
  readonly reserved: readonly CellRange[];
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `xml[from, to)` with the edits made (offsets in `xml`, not overlapping). */
function edited(xml: string, from: number, to: number, edits: readonly Edit[]): string {
  let out = '';
  let at = from;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at, to);
}

/** The text of element `rule` after the cut; `formulas` are the elements holding its formula text. */
function cutElement(xml: string, rule: Element, sqref: string, sqrefEdit: (left: string, tag: string) => Edit, formulas: readonly Element[], cut: readonly CellRange[]): CutText {
  const whole = xml.slice(rule.start, rule.end);
  const texts = formulas.map((f) => textOf(innerOf(xml, f)));
  const r = cutRule(sqref, texts, cut);
  if (r.whole) return { texts: [whole], reserved: r.cells };
  const parts = r.parts.map((part, n) => {
    const edits = formulas.flatMap((f, i) => (part.formulas[i] === texts[i] ? [] : [{ start: f.innerStart, end: f.innerEnd, text: escapeText(part.formulas[i]) }]));
    // A rule split in two: the copies do not repeat its revision id (xr:uid), which must be unique.
    const tag = n === 0 ? rule.tag : rule.tag.replace(/\s[\w.-]+:uid\s*=\s*("[^"]*"|'[^']*')/, '');
    const at = part.sqref === sqref ? null : sqrefEdit(part.sqref, tag);
    if (at) edits.push(at);
    if (tag !== rule.tag && at?.start !== rule.start) edits.push({ start: rule.start, end: rule.start + rule.tag.length, text: tag });
    return edits.length === 0 ? whole : edited(xml, rule.start, rule.end, edits);
  });
  return { texts: parts, reserved: [] };
}

function children(xml: string, parent: Element, local: string, prefix: string): Element[] {
  return [...elements(xml, local, parent.innerStart, parent.innerEnd)].filter((e) => e.prefix === prefix);
}

/** A rule of the main dataValidations block (ECMA-376 §18.3.1.32): sqref attribute, formula1/formula2. */
export function cutMainRule(xml: string, rule: Element, cut: readonly CellRange[]): CutText {
  const formulas = [...children(xml, rule, 'formula1', rule.prefix), ...children(xml, rule, 'formula2', rule.prefix)];
  const sqref = attributes(rule.tag).get('sqref') ?? '';
  return cutElement(xml, rule, sqref, (left, tag) => ({ start: rule.start, end: rule.start + rule.tag.length, text: withAttribute(tag, 'sqref', left) }), formulas, cut);
}

/**
 * Whether `prefix` names the x14 namespace where `at` is: declared on the element itself or, as
 * Excel writes it, on its `ext`; the nearest declaration before it is taken as the one in scope.
 */
function isX14(xml: string, prefix: string, tag: string, at: number): boolean {
  const name = `xmlns:${prefix.slice(0, -1)}`;
  const own = attributes(tag).get(name);
  if (own !== undefined) return own === X14;
  const decl = xml.lastIndexOf(`${name}=`, at);
  return decl >= 0 && new RegExp(`^${name}=(["'])${X14.replace(/[./]/g, '\\$&')}\\1`).test(xml.slice(decl, decl + name.length + X14.length + 3));
}

/** Where the last `open` start tag (`<ext`, not `<extLst`) before `at` begins, or -1. */
function openTagBefore(xml: string, open: string, at: number): number {
  for (let i = xml.lastIndexOf(open, at); i >= 0; i = xml.lastIndexOf(open, i - 1)) if (/[\s>/]/.test(xml[i + open.length])) return i;
  return -1;
}

/** One x14:dataValidation ([MS-XLSX] 2.6.5): `<xm:sqref>` text, `<x14:formula1><xm:f>` formulas. */
function cutExtensionRule(xml: string, rule: Element, cut: readonly CellRange[]): CutText {
  const [sqrefElement] = [...elements(xml, 'sqref', rule.innerStart, rule.innerEnd)].filter((e) => e.prefix !== rule.prefix);
  if (!sqrefElement) return { texts: [xml.slice(rule.start, rule.end)], reserved: [] };
  const holders = [...children(xml, rule, 'formula1', rule.prefix), ...children(xml, rule, 'formula2', rule.prefix)];
  const formulas = holders.flatMap((h) => [...elements(xml, 'f', h.innerStart, h.innerEnd)].slice(0, 1));
  const sqref = textOf(innerOf(xml, sqrefElement));
  return cutElement(xml, rule, sqref, (left) => ({ start: sqrefElement.innerStart, end: sqrefElement.innerEnd, text: left }), formulas, cut);
}

/**
 * The sheet's x14 validations with `cut` taken out, the same way as the main ones. Everything
 * else of the extension stays byte for byte; an `ext` left with no rule at all is removed, as
 * Excel itself writes none then. `main` is the worksheet's own prefix (`ext` is in its namespace).
 */
export function cutExtensionRules(xml: string, main: string, cut: readonly CellRange[]): { xml: string; reserved: CellRange[] } {
  const reserved: CellRange[] = [];
  const edits: Edit[] = [];
  // They sit in the sheet's extLst, after its rows: the rows (most of a big part) are not searched.
  const from = xml.indexOf(`<${main}extLst`, Math.max(0, xml.lastIndexOf(`</${main}sheetData>`)));
  if (from < 0) return { xml, reserved };
  for (const block of elements(xml, 'dataValidations', from)) {
    if (block.prefix === main || !block.prefix || !isX14(xml, block.prefix, block.tag, block.start)) continue;
    const rules = children(xml, block, 'dataValidation', block.prefix);
    const left = rules.map((rule) => cutExtensionRule(xml, rule, cut));
    reserved.push(...left.flatMap((l) => l.reserved));
    const unchanged = left.every((l, i) => l.texts.length === 1 && l.texts[0] === xml.slice(rules[i].start, rules[i].end));
    if (unchanged) continue;
    const kept = left.reduce((n, l) => n + l.texts.length, 0);
    if (kept === 0) {
      const start = openTagBefore(xml, `<${main}ext`, block.start);
      const close = `</${main}ext>`;
      const end = xml.indexOf(close, block.end);
      if (start >= 0 && end >= 0) {
        edits.push({ start, end: end + close.length, text: '' });
        continue;
      }
    }
    rules.forEach((rule, i) => edits.push({ start: rule.start, end: rule.end, text: left[i].texts.join('') }));
    if (attributes(block.tag).has('count')) edits.push({ start: block.start, end: block.start + block.tag.length, text: withAttribute(block.tag, 'count', String(kept)) });
  }
  return { xml: edits.length === 0 ? xml : edited(xml, 0, xml.length, edits), reserved };
}
