import { parseRange, rangeRef, cellRef, type CellRange } from '../../core/layout/a1';
import type { ColorScalePlan, ColorScalePoint, SheetLayoutPlan } from '../../core/layout';
import { attributes, elements, escapeXml, innerOf, splice, withAttribute, type Element } from '../package/xml';
import { PartFrame } from './frame';
import { overlap, subtract, union } from './ranges';
import { cutExtensionRules, cutMainRule } from './validationRules';

/** Everything of a worksheet part around its rows, in CT_Worksheet's sequence. */
const ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter',
  'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions',
  'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

export interface ValidationXml {
  readonly range: CellRange;
  /** The rule's attributes and formulas, the same text for the same rule (so ranges group). */
  readonly attrs: string;
  readonly body: string;
}

/** A colour scale point's `cfvo` type (ECMA-376 §18.18.15). */
const CFVO: Record<ColorScalePoint['at'], string> = { lowest: 'min', highest: 'max', number: 'num', percentile: 'percentile' };

export interface ConditionalXml {
  readonly range: CellRange;
  readonly rules: readonly { readonly formula: string; readonly dxf: number }[];
}

export class SheetFrame extends PartFrame {
  constructor(xml: string, prefix: string) {
    super(xml, prefix, ORDER, 'worksheet');
  }

  dimension(written: CellRange | null): void {
    if (!written) return;
    const [old] = this.find('dimension');
    const before = old ? parseRange(attributes(old.tag).get('ref') ?? '') : null;
    const range = before ? union(before, written) : written;
    this.replace('dimension', `<${this.q('dimension')} ref="${range.top === range.bottom && range.left === range.right ? cellRef(range.top, range.left) : rangeRef(range)}"/>`);
  }

  layout(layout: SheetLayoutPlan): void {
    const hidden = new Set(layout.hiddenColumns ?? []);
    const col = (i: number, width: string) => `<${this.q('col')} min="${i + 1}" max="${i + 1}"${width}${hidden.has(i) ? ' hidden="1"' : ''}/>`;
    // Hidden helper columns right of the widths given (a chart's source block) get a <col> of their own, in order.
    const beyond = [...hidden].filter((i) => i >= layout.widths.length).sort((a, b) => a - b);
    const cols = [...layout.widths.map((w, i) => col(i, ` width="${w}" customWidth="1"`)), ...beyond.map((i) => col(i, ''))].join('');
    if (cols) this.replace('cols', `<${this.q('cols')}>${cols}</${this.q('cols')}>`);
    if (layout.print) {
      // fitToWidth/fitToHeight are read only with the sheet's fitToPage flag on.
      this.replace('sheetPr', `<${this.q('sheetPr')}><${this.q('pageSetUpPr')} fitToPage="1"/></${this.q('sheetPr')}>`);
      this.replace('pageSetup', `<${this.q('pageSetup')} orientation="landscape" fitToWidth="1" fitToHeight="${layout.print.pagesTall}"/>`);
    }
    const x = layout.freezeCols;
    const y = layout.freezeRows;
    if (x > 0 || y > 0) {
      const active = x > 0 && y > 0 ? 'bottomRight' : y > 0 ? 'bottomLeft' : 'topRight';
      const pane = `<${this.q('pane')}${x ? ` xSplit="${x}"` : ''}${y ? ` ySplit="${y}"` : ''} topLeftCell="${cellRef(y, x)}" activePane="${active}" state="frozen"/><${this.q('selection')} pane="${active}"/>`;
      this.replace('sheetViews', `<${this.q('sheetViews')}><${this.q('sheetView')} workbookViewId="0">${pane}</${this.q('sheetView')}></${this.q('sheetViews')}>`);
    }
  }

  /**
   * New validations; existing ones (the main block's and Excel 2010's in extLst) lose the cells
   * the new ones cover, so no cell is under two rules. A rule whose formulas cannot follow the
   * cut is kept whole and the new rules stay off its cells (ruleCut.ts says when): those cells
   * of the new rules are returned, for the run to tell the user.
   */
  validations(added: readonly ValidationXml[]): CellRange[] {
    if (added.length === 0) return [];
    const cut = added.map((v) => v.range);
    const extension = cutExtensionRules(this.xml, this.prefix, cut);
    this.xml = extension.xml;
    const reserved = [...extension.reserved];
    const [block] = this.find('dataValidations');
    const kept: string[] = [];
    if (block) {
      for (const e of elements(this.xml, 'dataValidation', block.innerStart, block.innerEnd)) {
        if (e.prefix !== this.prefix) continue;
        const left = cutMainRule(this.xml, e, cut);
        reserved.push(...left.reserved);
        kept.push(...left.texts);
      }
    }
    const groups = new Map<string, CellRange[]>();
    const rules = new Map<string, ValidationXml>();
    const withheld = added.flatMap((v) => reserved.flatMap((r) => overlap(v.range, r) ?? []));
    for (const v of added) {
      const ranges = reserved.reduce((left, r) => left.flatMap((l) => subtract(l, r)), [v.range]);
      rules.set(v.attrs + v.body, v);
      groups.set(v.attrs + v.body, [...(groups.get(v.attrs + v.body) ?? []), ...ranges]);
    }
    for (const [key, ranges] of groups) {
      if (ranges.length === 0) continue;
      const rule = rules.get(key)!;
      const sqref = ranges.map((r) => rangeRef(r)).join(' ');
      const open = `<${this.q('dataValidation')} ${rule.attrs} sqref="`;
      const close = `">${rule.body}</${this.q('dataValidation')}>`;
      // The same rule written by an earlier run takes the new rows too: one rule, not one per run.
      const same = kept.findIndex((k) => k.startsWith(open) && k.endsWith(close));
      if (same >= 0) kept[same] = `${kept[same].slice(0, -close.length)} ${sqref}${close}`;
      else kept.push(`${open}${sqref}${close}`);
    }
    // The schema wants at least one rule in the block: none left, no block.
    if (kept.length === 0) {
      if (block) this.xml = splice(this.xml, block.start, block.end, '');
      return withheld;
    }
    const attrs = block ? withAttribute(block.tag, 'count', String(kept.length)).replace(/\/>$/, '>') : `<${this.q('dataValidations')} count="${kept.length}">`;
    this.replace('dataValidations', `${attrs}${kept.join('')}</${this.q('dataValidations')}>`);
    return withheld;
  }

  /** Conditional fills, then colour scales (a `colorScale` rule: three `cfvo` points and their colours). */
  conditionalFormats(added: readonly ConditionalXml[], scales: readonly ColorScalePlan[] = []): void {
    if (added.length === 0 && scales.length === 0) return;
    let priority = 0;
    for (const m of this.xml.matchAll(/\spriority\s*=\s*["'](\d+)["']/g)) priority = Math.max(priority, Number(m[1]));
    const block = (range: CellRange, rules: string) => `<${this.q('conditionalFormatting')} sqref="${rangeRef(range)}">${rules}</${this.q('conditionalFormatting')}>`;
    const fills = added.map((cf) =>
      block(cf.range, cf.rules.map((r) => `<${this.q('cfRule')} type="expression" dxfId="${r.dxf}" priority="${++priority}"><${this.q('formula')}>${escapeXml(r.formula)}</${this.q('formula')}></${this.q('cfRule')}>`).join('')),
    );
    const cfvo = (p: ColorScalePoint) => `<${this.q('cfvo')} type="${CFVO[p.at]}"${p.value === undefined ? '' : ` val="${p.value}"`}/>`;
    const color = (p: ColorScalePoint) => `<${this.q('color')} rgb="FF${p.color}"/>`;
    const colorScales = scales.map((cs) => {
      const points = [cs.low, cs.mid, cs.high];
      return block(cs.range, `<${this.q('cfRule')} type="colorScale" priority="${++priority}"><${this.q('colorScale')}>${points.map(cfvo).join('')}${points.map(color).join('')}</${this.q('colorScale')}></${this.q('cfRule')}>`);
    });
    this.append('conditionalFormatting', [...fills, ...colorScales].join(''));
  }

  addTableParts(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const [block] = this.find('tableParts');
    const old = block ? [...elements(this.xml, 'tablePart', block.innerStart, block.innerEnd)].map((e) => this.xml.slice(e.start, e.end)) : [];
    const parts = [...old, ...ids.map((id) => `<${this.q('tablePart')} ${this.rid(id)}/>`)];
    this.replace('tableParts', `<${this.q('tableParts')} count="${parts.length}">${parts.join('')}</${this.q('tableParts')}>`);
  }

  /** The drawing element's relationship id, if the sheet has one. */
  drawingId(): string | undefined {
    const [d] = this.find('drawing');
    if (!d) return undefined;
    for (const [k, v] of attributes(d.tag)) if (k.endsWith(':id')) return v;
    return undefined;
  }

  setDrawing(id: string): void {
    this.replace('drawing', `<${this.q('drawing')} ${this.rid(id)}/>`);
  }

  /** The VML drawing that holds the sheet's note boxes (notesPart.ts). */
  setLegacyDrawing(id: string): void {
    this.replace('legacyDrawing', `<${this.q('legacyDrawing')} ${this.rid(id)}/>`);
  }

  inner(e: Element): string {
    return innerOf(this.xml, e);
  }
}
