import { CONTENT_TYPE, REL, type Package } from '../package/opc';
import { attributes, elements, escapeXml, firstElement, innerOf, rootPrefix, splice, withAttribute, type Element } from '../package/xml';

/**
 * The styles our cells need, appended to the workbook's styles part: every existing font, fill,
 * number format, cell format and differential format keeps its index (cells of the user's
 * sheets point at them), new entries go at the end of each list and its count is fixed.
 */
export interface CellStyle {
  readonly bold?: boolean;
  readonly numFmt?: string;
  /** Text wraps inside the cell from its top (the milestone tab's checklist headers: a line that did not fit would fall on the row below, never above the row, off the page). */
  readonly wrap?: boolean;
}

/**
 * The font our bold headers name when the workbook's default font names none (a package written
 * by a tool that leaves it out, which LibreOffice then draws in a serif): Arial is on Windows and
 * macOS, and fontconfig maps it to Liberation Sans (or another sans) where LibreOffice runs; each
 * system draws its Chinese in its own CJK sans (微软雅黑, 苹方, Noto Sans CJK). A default that
 * names a font keeps it: headers then match the body text the workbook's owner chose.
 */
export const FALLBACK_FONT = 'Arial';

/** Number formats every Excel knows by id (ECMA-376 §18.8.30); others get an id from 164 on. */
const BUILTIN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

// CT_Stylesheet's children in schema order: a new list goes before the first one after it.
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export class StyleBook {
  private xml: string;
  private readonly prefix: string;
  private readonly part: string;
  private readonly xfs = new Map<string, number>();
  private readonly dxfs = new Map<string, number>();
  private readonly numFmtIds = new Map<string, number>();
  private boldFont: number | undefined;
  private changed = false;

  constructor(
    private readonly pkg: Package,
    stylesPart: string | undefined,
    workbookPart: string,
  ) {
    if (stylesPart) {
      this.part = stylesPart;
      this.xml = pkg.text(stylesPart);
    } else {
      // A package without a styles part (allowed): give it the minimal one Excel would write.
      this.part = pkg.freeName('xl/styles', '.xml').replace(/styles1\.xml$/, 'styles.xml');
      this.xml = MINIMAL_STYLES;
      pkg.addRelationship(workbookPart, REL.styles, this.part);
      pkg.setOverride(this.part, CONTENT_TYPE.styles);
      this.changed = true;
    }
    this.prefix = rootPrefix(this.xml);
    const numFmts = this.list('numFmts');
    if (numFmts) for (const e of elements(this.xml, 'numFmt', numFmts.innerStart, numFmts.innerEnd)) {
      const a = attributes(e.tag);
      this.numFmtIds.set(a.get('formatCode') ?? '', Number(a.get('numFmtId')));
    }
  }

  private list(name: string): Element | undefined {
    return firstElement(this.xml, name);
  }

  private countOf(name: string, item: string): number {
    const list = this.list(name);
    if (!list) return 0;
    let n = 0;
    for (const _ of elements(this.xml, item, list.innerStart, list.innerEnd)) n++;
    return n;
  }

  /** Appends `markup` (one `item`) to the list `name`, creating the list where the schema puts it; returns the new index. */
  private append(name: string, item: string, markup: string): number {
    const p = this.prefix;
    const index = this.countOf(name, item);
    const list = this.list(name);
    if (list) {
      const tag = withAttribute(list.tag, 'count', String(index + 1));
      const body = list.tag.endsWith('/>') ? '' : innerOf(this.xml, list);
      this.xml = splice(this.xml, list.start, list.end, `${tag.replace(/\/>$/, '>')}${body}${markup}</${p}${name}>`);
    } else {
      const after = ORDER.slice(ORDER.indexOf(name) + 1);
      const at = Math.min(...after.map((n) => this.list(n)?.start ?? Infinity), this.xml.lastIndexOf(`</${p}styleSheet>`));
      this.xml = splice(this.xml, at, at, `<${p}${name} count="1">${markup}</${p}${name}>`);
    }
    this.changed = true;
    return index;
  }

  private numFmtId(code: string): number {
    if (code in BUILTIN) return BUILTIN[code];
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = Math.max(163, ...this.numFmtIds.values()) + 1;
    this.append('numFmts', 'numFmt', `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    this.numFmtIds.set(code, id);
    return id;
  }

  /** The workbook's default font made bold, with its name and size kept (so headers match the body text); named when it is not. */
  private bold(): number {
    if (this.boldFont !== undefined) return this.boldFont;
    const fonts = this.list('fonts');
    const first = fonts ? firstElement(this.xml, 'font', fonts.innerStart, fonts.innerEnd) : undefined;
    let body = first ? innerOf(this.xml, first).replace(/<([\w.-]+:)?b(\s[^>]*)?\/>/g, '') : '<sz val="11"/><name val="Calibri"/>';
    if (!/<([\w.-]+:)?name\s/.test(body)) body += `<${this.prefix}name val="${FALLBACK_FONT}"/>`;
    this.boldFont = this.append('fonts', 'font', `<${this.prefix}font><${this.prefix}b/>${body}</${this.prefix}font>`);
    return this.boldFont;
  }

  /** The `<cellXfs>` index for a style of ours (0, the default, for none). */
  cell(style: CellStyle): number {
    if (!style.bold && !style.numFmt && !style.wrap) return 0;
    const key = `${style.bold ? 'b' : ''}|${style.wrap ? 'w' : ''}|${style.numFmt ?? ''}`;
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const numFmtId = style.numFmt ? this.numFmtId(style.numFmt) : 0;
    const fontId = style.bold ? this.bold() : 0;
    const apply = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${style.wrap ? ' applyAlignment="1"' : ''}`;
    const p = this.prefix;
    const xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${apply}`;
    const index = this.append('cellXfs', 'xf', style.wrap ? `${xf}><${p}alignment vertical="top" wrapText="1"/></${p}xf>` : `${xf}/>`);
    this.xfs.set(key, index);
    return index;
  }

  /** The background colour (RGB hex, upper case) of differential format `index`, if it fills one. */
  dxfBackground(index: number): string | undefined {
    for (const [rgb, i] of this.dxfs) if (i === index) return rgb.toUpperCase();
    const list = this.list('dxfs');
    if (!list || !Number.isInteger(index) || index < 0) return undefined;
    let n = 0;
    for (const dxf of elements(this.xml, 'dxf', list.innerStart, list.innerEnd)) {
      if (n++ !== index) continue;
      const color = /<(?:[\w.-]+:)?bgColor\s[^>]*\brgb\s*=\s*["']([0-9A-Fa-f]{6,8})["']/.exec(innerOf(this.xml, dxf));
      return color ? color[1].toUpperCase().replace(/^FF(?=[0-9A-F]{6}$)/, '') : undefined;
    }
    return undefined;
  }

  /** A differential format filling the background (conditional formats), by RGB hex. */
  fill(rgb: string): number {
    const known = this.dxfs.get(rgb);
    if (known !== undefined) return known;
    const p = this.prefix;
    const index = this.append('dxfs', 'dxf', `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="FF${rgb}"/></${p}patternFill></${p}fill></${p}dxf>`);
    this.dxfs.set(rgb, index);
    return index;
  }

  commit(): void {
    if (this.changed) this.pkg.set(this.part, this.xml);
  }
}
