/**
 * Our colour rules on one of our tabs gathered back to one set per block of rows (ruleBlocks.ts).
 * Earlier versions gave each set-up's new rows a rule set of their own, so a tab set up five
 * times carries five copies (35 level fills on the milestone tab, 5 scales on the intensity and
 * activity tabs); the blocks stop the piling, this removes what piled before. Our tabs' sheet
 * XML is ours, so the rules are rewritten here; a rule is taken for ours only when everything
 * about it is: a `conditionalFormatting` of one range holding nothing but our rules (the level
 * fills: our formula on the level column, counted from the range's first row, with one of our
 * fill colours; the scales: our three colours over one of our point shapes on our columns).
 * Anything else, the user's rules included, stays byte for byte.
 */
import { parseRange, rangeRef, type CellRange } from '../../core/layout/a1';
import { ACT } from '../../core/layout/activityTab';
import { levelFills, SCALE_COLORS } from '../../core/layout/colorScales';
import { LEVEL_FILLS } from '../../core/layout/columns';
import { IN } from '../../core/layout/intensityTab';
import { MS } from '../../core/layout/milestonesTab';
import { blockBound } from '../../core/layout/ruleBlocks';
import { FIRST_DATA_ROW } from '../../core/layout/tabs';
import { FACTORS } from '../../core/methodology/factors';
import { attributes, elements, escapeXml, innerOf, rootPrefix, splice, textOf, type Element } from '../package/xml';

/** Where our colour rules are on a tab: the level fills' level column, the scales' columns (`older`: one this version no longer gives). */
export interface OwnRules {
  readonly levelColumn?: number;
  readonly scaleColumns?: readonly { readonly left: number; readonly right: number; readonly older?: true }[];
}

/** Our rules on a tab of each kind; the intensity total's scale is an earlier version's. */
export function ownRulesOf(kind: string): OwnRules | undefined {
  if (kind === 'milestones') return { levelColumn: MS.level };
  if (kind === 'intensity') return { scaleColumns: [{ left: IN.firstScore, right: IN.firstScore + FACTORS.length - 1 }, { left: IN.total, right: IN.total, older: true }] };
  if (kind === 'activity') return { scaleColumns: [{ left: ACT.askShare, right: ACT.askShare }] };
  return undefined;
}

/** One of our rules as found: its family (same rule, other rows), its rows, what rewrites it. */
interface Found {
  readonly family: string;
  readonly range: CellRange;
  readonly priority: number;
  /** A fill's level (its order in a set), or -1 for a scale. */
  readonly level: number;
  /** A rule this version still gives (not the intensity total's scale). */
  readonly current: boolean;
  /** The rule at a range's first row: `type`/`dxfId` attributes and inner markup. */
  readonly rule: (top: number) => { attrs: string; inner: string };
}

const rgb = (tag: string) => (attributes(tag).get('rgb') ?? '').toUpperCase().replace(/^FF(?=[0-9A-F]{6}$)/, '');
const SCALE_RGB = [SCALE_COLORS.weak, SCALE_COLORS.middle, SCALE_COLORS.strong].join(' ');

/** A scale's point shape if it is one of ours: fixed 0 … max (half-way in the middle), or lowest / median / highest. */
function scaleShape(points: readonly Map<string, string>[]): string | null {
  if (points.length !== 3) return null;
  const [low, mid, high] = points;
  const at = (p: Map<string, string>) => `${p.get('type')}:${p.get('val') ?? ''}`;
  if (at(low) === 'min:' && at(mid) === 'percentile:50' && at(high) === 'max:') return 'relative';
  const max = Number(high.get('val'));
  const fixed = at(low) === 'num:0' && mid.get('type') === 'num' && high.get('type') === 'num' && max > 0 && Number(mid.get('val')) === max / 2;
  return fixed ? `fixed ${max}` : null;
}

function ownRule(xml: string, e: Element, prefix: string, range: CellRange, own: OwnRules, dxfColour: (dxf: number) => string | undefined): Found | null {
  const a = attributes(e.tag);
  const priority = Number(a.get('priority'));
  if (!Number.isInteger(priority)) return null;
  const children = (local: string) => [...elements(xml, local, e.innerStart, e.innerEnd)].filter((c) => c.prefix === prefix);
  if (a.get('type') === 'expression' && own.levelColumn !== undefined && range.left === 0) {
    const dxf = Number(a.get('dxfId'));
    const level = LEVEL_FILLS.indexOf(dxfColour(dxf) as (typeof LEVEL_FILLS)[number]);
    const formulas = children('formula');
    if (level < 0 || formulas.length !== 1) return null;
    const fills = (top: number) => levelFills('', { top, bottom: top, left: 0, right: 0 }).rules.map((r) => r.formula);
    const fill = (top: number) => fills(top)[level];
    const text = textOf(innerOf(xml, formulas[0]));
    // An earlier version's level-0 fill did not ask for a level that is not blank ("$X3=0").
    const older = level === 0 && text === fills(range.top)[1].replace(/=1$/, '=0');
    if (text !== fill(range.top) && !older) return null;
    return { family: `fill ${level}`, range, priority, level, current: true, rule: (top) => ({ attrs: `type="expression" dxfId="${dxf}"`, inner: `<${prefix}formula>${escapeXml(fill(top))}</${prefix}formula>` }) };
  }
  const columns = own.scaleColumns?.find((c) => c.left === range.left && c.right === range.right);
  if (a.get('type') === 'colorScale' && columns) {
    const [scale] = children('colorScale');
    if (!scale) return null;
    const of = (local: string) => [...elements(xml, local, scale.innerStart, scale.innerEnd)].filter((c) => c.prefix === prefix);
    const shape = scaleShape(of('cfvo').map((c) => attributes(c.tag)));
    if (!shape || of('color').map((c) => rgb(c.tag)).join(' ') !== SCALE_RGB) return null;
    const inner = xml.slice(scale.start, scale.end);
    return { family: `scale ${shape} ${range.left}`, range, priority, level: -1, current: !columns.older, rule: () => ({ attrs: 'type="colorScale"', inner }) };
  }
  return null;
}

/** One `conditionalFormatting` if it is ours through and through: its rules, else null. */
function ownBlock(xml: string, block: Element, prefix: string, own: OwnRules, dxfColour: (dxf: number) => string | undefined): Found[] | null {
  const a = attributes(block.tag);
  const range = parseRange(a.get('sqref') ?? '');
  if (!range || a.has('pivot') || range.top < FIRST_DATA_ROW) return null;
  const rules = [...elements(xml, 'cfRule', block.innerStart, block.innerEnd)].filter((e) => e.prefix === prefix);
  // Nothing in it but its rules (no extLst of another program's), whatever the white space between them.
  const bare = (text: string) => text.replace(/>\s+</g, '><').trim();
  if (rules.length === 0 || bare(rules.map((r) => xml.slice(r.start, r.end)).join('')) !== bare(innerOf(xml, block))) return null;
  const found = rules.map((r) => ownRule(xml, r, prefix, range, own, dxfColour));
  return found.every((f): f is Found => f !== null) ? found : null;
}

/**
 * A family's rows merged where they overlap or touch, but not across the end of a block where a
 * rule ends (this version gives a rule from below the last one's block to a block's end, so a
 * first set-up's one rule may span blocks; an earlier version's ended at its data's last row).
 * A rule this version gives reaches `reach`, the bound on the tab's marker row: rows a user
 * deleted inside the tab shortened it, and the rows at the block's end would go uncoloured.
 */
function pieces(members: readonly Found[], reach: number | undefined): CellRange[] {
  const sorted = [...members].sort((x, y) => x.range.top - y.range.top);
  const right = Math.max(...members.map((m) => m.range.right));
  const merged: { top: number; bottom: number }[] = [];
  for (const { range } of sorted) {
    const last = merged[merged.length - 1];
    if (last && (range.top <= last.bottom || (range.top === last.bottom + 1 && blockBound(last.bottom) !== last.bottom))) last.bottom = Math.max(last.bottom, range.bottom);
    else merged.push({ top: range.top, bottom: range.bottom });
  }
  const last = merged[merged.length - 1];
  if (reach !== undefined && members[0].current && last.bottom < reach) last.bottom = reach;
  return merged.map((m) => ({ top: m.top, bottom: m.bottom, left: sorted[0].range.left, right }));
}

const key = (r: CellRange) => `${r.top}:${r.bottom}:${r.left}:${r.right}`;

/**
 * `xml` (a worksheet part, its rows set aside) with our colour rules gathered to one set per
 * block of rows and reaching `reach` (the tab's bound, when it has one); unchanged when they are so.
 */
export function gatherOwnRules(xml: string, prefix: string, own: OwnRules, dxfColour: (dxf: number) => string | undefined, reach?: number): string {
  const blocks: { block: Element; found: Found[] }[] = [];
  for (const block of elements(xml, 'conditionalFormatting')) {
    if (block.prefix !== prefix) continue;
    const found = ownBlock(xml, block, prefix, own, dxfColour);
    if (found) blocks.push({ block, found });
  }
  const families = new Map<string, Found[]>();
  for (const f of blocks.flatMap((b) => b.found)) families.set(f.family, [...(families.get(f.family) ?? []), f]);
  const gathered = [...families.values()].map((members) => ({ members, pieces: pieces(members, reach) }));
  const same = gathered.every(({ members, pieces: p }) => p.length === members.length && p.every((r) => members.some((m) => key(m.range) === key(r))));
  if (same) return xml;

  // One conditionalFormatting per range, the fills of a set in level order; the priorities the
  // removed rules had, in the same order, so the user's rules keep their precedence over ours.
  const byRange = new Map<string, { range: CellRange; rules: Found[] }>();
  for (const { members, pieces: p } of gathered) {
    for (const range of p) {
      const at = byRange.get(key(range)) ?? { range, rules: [] };
      at.rules.push(members[0]);
      byRange.set(key(range), at);
    }
  }
  const priorities = blocks.flatMap((b) => b.found.map((f) => f.priority)).sort((x, y) => x - y);
  // A rule an earlier version gave across a block's end becomes two: the second takes a new priority.
  let top = 0;
  for (const m of xml.matchAll(/\spriority\s*=\s*["'](\d+)["']/g)) top = Math.max(top, Number(m[1]));
  let next = 0;
  const markup = [...byRange.values()]
    .sort((x, y) => x.range.top - y.range.top || x.range.left - y.range.left)
    .map(({ range, rules }) => {
      const cf = rules
        .sort((x, y) => x.level - y.level)
        .map((f) => {
          const { attrs, inner } = f.rule(range.top);
          return `<${prefix}cfRule ${attrs} priority="${priorities[next++] ?? ++top}">${inner}</${prefix}cfRule>`;
        })
        .join('');
      return `<${prefix}conditionalFormatting sqref="${rangeRef(range)}">${cf}</${prefix}conditionalFormatting>`;
    })
    .join('');
  let out = xml;
  for (let i = blocks.length - 1; i > 0; i--) out = splice(out, blocks[i].block.start, blocks[i].block.end, '');
  return splice(out, blocks[0].block.start, blocks[0].block.end, markup);
}

/** Whether a worksheet part holds colour rules of ours that gatherOwnRules would gather (only what follows its rows is searched). */
export function hasPiledRules(xml: string, own: OwnRules, dxfColour: (dxf: number) => string | undefined): boolean {
  const tail = xml.slice(Math.max(0, xml.lastIndexOf('sheetData>')));
  return gatherOwnRules(tail, rootPrefix(xml), own, dxfColour) !== tail;
}
