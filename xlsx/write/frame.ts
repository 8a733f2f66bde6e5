import { prefixFor, splice, type Element } from '../package/xml';

const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A part's top-level children, edited as text: each element put where the part's schema
 * sequence (`order`) wants it, so Excel opens the part without "repairs". Only elements with the
 * root's own prefix are looked at (extensions in extLst use other prefixes and are left alone).
 */
export class PartFrame {
  constructor(
    public xml: string,
    protected readonly prefix: string,
    private readonly order: readonly string[],
    private readonly root: string,
  ) {}

  find(name: string): Element[] {
    const re = new RegExp(`<${this.prefix.replace('.', '\\.')}${name}(?=[\\s/>])`, 'g');
    const out: Element[] = [];
    for (const m of this.xml.matchAll(re)) {
      const tagEnd = this.xml.indexOf('>', m.index!) + 1;
      const tag = this.xml.slice(m.index!, tagEnd);
      if (tag.endsWith('/>')) out.push({ start: m.index!, end: tagEnd, tag, innerStart: tagEnd, innerEnd: tagEnd, prefix: this.prefix });
      else {
        const close = `</${this.prefix}${name}>`;
        const innerEnd = this.xml.indexOf(close, tagEnd);
        out.push({ start: m.index!, end: innerEnd + close.length, tag, innerStart: tagEnd, innerEnd, prefix: this.prefix });
      }
    }
    return out;
  }

  /** Where a new `name` goes: after the last of its own kind, else before the first element that follows it. */
  private insertAt(name: string): number {
    const same = this.find(name);
    if (same.length > 0) return same[same.length - 1].end;
    for (const next of this.order.slice(this.order.indexOf(name) + 1)) {
      const found = this.find(next)[0];
      if (found) return found.start;
    }
    return this.xml.lastIndexOf(`</${this.prefix}${this.root}>`);
  }

  /** Puts `markup` in place of every `name` element there is, or where the schema wants it. */
  replace(name: string, markup: string): void {
    const existing = this.find(name);
    if (existing.length === 0) {
      const at = this.insertAt(name);
      this.xml = splice(this.xml, at, at, markup);
      return;
    }
    for (let i = existing.length - 1; i > 0; i--) this.xml = splice(this.xml, existing[i].start, existing[i].end, '');
    this.xml = splice(this.xml, existing[0].start, existing[0].end, markup);
  }

  append(name: string, markup: string): void {
    const at = this.insertAt(name);
    this.xml = splice(this.xml, at, at, markup);
  }

  protected q(name: string): string {
    return `${this.prefix}${name}`;
  }

  /** `r:id="…"` with whichever prefix the part binds to the relationships namespace. */
  protected rid(id: string): string {
    const p = prefixFor(this.xml, RELS_NS);
    return p ? `${p}:id="${id}"` : `xmlns:pr="${RELS_NS}" pr:id="${id}"`;
  }
}
