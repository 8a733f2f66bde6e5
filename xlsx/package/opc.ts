import { posix } from 'path';
import { deflateRawSync } from 'zlib';
import { crc32, type ZipInput } from '../zipWriter';
import { inflateEntry, inflatePieces, type ZipEntry } from './zipRead';
import { attributes, elements, escapeXml, rootPrefix, splice } from './xml';
import { CONTENT_TYPES_PART, relativeTarget, relsPathOf, resolveTarget, type Relationship } from './opcNames';

export { CONTENT_TYPE, CONTENT_TYPES_PART, REL, isRelType, relativeTarget, relsPathOf, type Relationship } from './opcNames';

/** New parts this large are deflated when set (level 3: on sheet XML as small as level 4 at two thirds of its time). */
const PACK_AT = 1 << 20;

/**
 * An Open Packaging Conventions package (ECMA-376 part 2) being edited: parts are read lazily
 * and only those we change are replaced; every other part goes back as its original compressed
 * bytes. Part names compare case-insensitively, as OPC says.
 */
export class Package {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly order: string[] = [];
  private readonly changed = new Map<string, Buffer>();
  /** Large new parts, deflated as soon as they are set so their text can be freed. */
  private readonly packed = new Map<string, ZipEntry>();
  private readonly removed = new Set<string>();
  private readonly texts = new Map<string, string>();
  /**
   * What the index parts were parsed into, with the text parsed: a run adds ~20 parts (tabs,
   * tables, their overrides and relationships), and each addition would parse the content types
   * or the relationships part again. An entry stands while the part's text is that text; our
   * own additions keep it up to date.
   */
  private readonly parsedRels = new Map<string, { text: string; rels: Relationship[] }>();
  private parsedOverrides: { text: string; names: Set<string> } | null = null;

  constructor(zipEntries: readonly ZipEntry[]) {
    for (const e of zipEntries) {
      this.entries.set(e.name.toLowerCase(), e);
      this.order.push(e.name);
    }
  }

  /** The part's name as stored (original case), or undefined. */
  find(part: string): string | undefined {
    const key = part.toLowerCase();
    if (this.removed.has(key)) return undefined;
    if (this.changed.has(key) || this.packed.has(key)) return this.order.find((n) => n.toLowerCase() === key) ?? part;
    return this.entries.get(key)?.name;
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  names(): string[] {
    return this.order.filter((n) => !this.removed.has(n.toLowerCase()));
  }

  bytes(part: string): Buffer {
    const key = part.toLowerCase();
    const changed = this.changed.get(key);
    if (changed) return changed;
    const packed = this.packed.get(key);
    if (packed) return inflateEntry(packed);
    const entry = this.removed.has(key) ? undefined : this.entries.get(key);
    if (!entry) throw new Error(`no part ${part}`);
    return inflateEntry(entry);
  }

  /** The size in bytes a part read from the zip declares; undefined for a part changed, added or removed. */
  size(part: string): number | undefined {
    const key = part.toLowerCase();
    return this.isChanged(part) ? undefined : this.entries.get(key)?.size;
  }

  /** The part's bytes a piece at a time (of about `piece` bytes: zipRead.ts), as they are inflated (a large sheet read without its whole bytes). */
  async *pieces(part: string, piece?: number): AsyncGenerator<Buffer> {
    const key = part.toLowerCase();
    const changed = this.changed.get(key);
    if (changed) {
      yield changed;
      return;
    }
    const entry = this.packed.get(key) ?? (this.removed.has(key) ? undefined : this.entries.get(key));
    if (!entry) throw new Error(`no part ${part}`);
    yield* inflatePieces(entry, piece);
  }

  text(part: string): string {
    const key = part.toLowerCase();
    let t = this.texts.get(key);
    if (t === undefined) {
      const b = this.bytes(part);
      // A UTF-8 byte order mark is allowed before the XML declaration.
      t = (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b).toString('utf8');
      this.texts.set(key, t);
    }
    return t;
  }

  set(part: string, data: string | Buffer): void {
    const key = part.toLowerCase();
    if (!this.entries.has(key) && !this.order.some((n) => n.toLowerCase() === key)) this.order.push(part);
    this.removed.delete(key);
    this.changed.delete(key);
    this.packed.delete(key);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (bytes.length >= PACK_AT) {
      this.packed.set(key, { name: part, method: 8, crc: crc32(bytes), size: bytes.length, compressed: deflateRawSync(bytes, { level: 3 }) });
      this.texts.delete(key);
      return;
    }
    this.changed.set(key, bytes);
    if (typeof data === 'string') this.texts.set(key, data);
    else this.texts.delete(key);
  }

  /** Sets a part from bytes already deflated (a large sheet written in segments). */
  setDeflated(part: string, deflated: { compressed: Buffer; crc: number; size: number }): void {
    const key = part.toLowerCase();
    if (!this.entries.has(key) && !this.order.some((n) => n.toLowerCase() === key)) this.order.push(part);
    this.removed.delete(key);
    this.changed.delete(key);
    this.texts.delete(key);
    this.packed.set(key, { name: part, method: 8, ...deflated });
  }

  remove(part: string): void {
    const key = part.toLowerCase();
    this.removed.add(key);
    this.changed.delete(key);
    this.packed.delete(key);
    this.texts.delete(key);
  }

  /** A part name not taken yet: `xl/worksheets/sheet7.xml` for prefix `xl/worksheets/sheet`. */
  freeName(prefix: string, ext: string): string {
    for (let i = 1; ; i++) if (!this.has(`${prefix}${i}${ext}`)) return `${prefix}${i}${ext}`;
  }

  relationships(source: string): Relationship[] {
    const path = relsPathOf(source);
    if (!this.has(path)) return [];
    const text = this.text(path);
    const parsed = this.parsedRels.get(relsKey(source, path));
    if (parsed?.text === text) return [...parsed.rels];
    const out: Relationship[] = [];
    for (const e of elements(text, 'Relationship')) {
      const a = attributes(e.tag);
      const id = a.get('Id');
      const target = a.get('Target');
      const type = a.get('Type');
      if (!id || target === undefined || !type) continue;
      const external = a.get('TargetMode') === 'External';
      out.push({ id, type, target, ...(external ? {} : { part: resolveTarget(source, target) }) });
    }
    this.parsedRels.set(relsKey(source, path), { text, rels: [...out] });
    return out;
  }

  /** Adds a relationship from `source` to `part`; returns its id. Existing entries stay as written. */
  addRelationship(source: string, type: string, part: string): string {
    const path = relsPathOf(source);
    const rels = this.relationships(source);
    const taken = new Set(rels.map((r) => r.id));
    let n = 1;
    while (taken.has(`rIdPcss${n}`)) n++;
    const id = `rIdPcss${n}`;
    const target = relativeTarget(source, part);
    const entry = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
    if (!this.has(path)) {
      this.set(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entry}</Relationships>`);
      return id;
    }
    const xml = this.text(path);
    const prefix = rootPrefix(xml);
    this.set(path, insertBeforeClose(xml, `${prefix}Relationships`, prefix ? entry.replace('<Relationship', `<${prefix}Relationship`) : entry));
    // The part as relationships() would read it back: what it had, then this one.
    this.parsedRels.set(relsKey(source, path), { text: this.text(path), rels: [...rels, { id, type, target, part: resolveTarget(source, target) }] });
    return id;
  }

  removeRelationship(source: string, id: string): void {
    const path = relsPathOf(source);
    if (!this.has(path)) return;
    const xml = this.text(path);
    for (const e of elements(xml, 'Relationship')) {
      if (attributes(e.tag).get('Id') === id) {
        this.set(path, splice(xml, e.start, e.end, ''));
        return;
      }
    }
  }

  contentTypeOf(part: string): string | undefined {
    const xml = this.text(CONTENT_TYPES_PART);
    const name = `/${part}`.toLowerCase();
    for (const e of elements(xml, 'Override')) {
      const a = attributes(e.tag);
      if (a.get('PartName')?.toLowerCase() === name) return a.get('ContentType');
    }
    const ext = posix.extname(part).slice(1).toLowerCase();
    for (const e of elements(xml, 'Default')) {
      const a = attributes(e.tag);
      if (a.get('Extension')?.toLowerCase() === ext) return a.get('ContentType');
    }
    return undefined;
  }

  setOverride(part: string, type: string): void {
    this.removeOverride(part);
    const xml = this.text(CONTENT_TYPES_PART);
    const names = this.overrideNames(xml);
    const prefix = rootPrefix(xml);
    this.set(CONTENT_TYPES_PART, insertBeforeClose(xml, `${prefix}Types`, `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`));
    this.parsedOverrides = { text: this.text(CONTENT_TYPES_PART), names: names.add(`/${part}`.toLowerCase()) };
  }

  /** The part names (lower case) the content types part overrides. */
  private overrideNames(xml: string): Set<string> {
    if (this.parsedOverrides?.text === xml) return this.parsedOverrides.names;
    const names = new Set<string>();
    for (const e of elements(xml, 'Override')) names.add(attributes(e.tag).get('PartName')?.toLowerCase() ?? '');
    this.parsedOverrides = { text: xml, names };
    return names;
  }

  removeOverride(part: string): void {
    const xml = this.text(CONTENT_TYPES_PART);
    const name = `/${part}`.toLowerCase();
    // A part not named there (a part we add: most of those asked) needs no search.
    if (!this.overrideNames(xml).has(name)) return;
    for (const e of elements(xml, 'Override')) {
      if (attributes(e.tag).get('PartName')?.toLowerCase() === name) {
        this.set(CONTENT_TYPES_PART, splice(xml, e.start, e.end, ''));
        return;
      }
    }
  }

  /** The package as zip entries: untouched parts as their original compressed bytes. */
  zipInputs(): ZipInput[] {
    return this.names().map((name) => {
      const key = name.toLowerCase();
      const data = this.changed.get(key);
      if (data) return { name, data };
      const e = this.packed.get(key) ?? this.entries.get(key)!;
      return { name, raw: { method: e.method, crc: e.crc, size: e.size, compressed: e.compressed } };
    });
  }

  isChanged(part: string): boolean {
    const key = part.toLowerCase();
    return this.changed.has(key) || this.packed.has(key) || this.removed.has(key);
  }
}

function relsKey(source: string, path: string): string {
  return `${source}\n${path.toLowerCase()}`;
}

/** Inserts `markup` before the closing tag `</name>` (turning `<name/>` into a pair if needed). */
export function insertBeforeClose(xml: string, qualified: string, markup: string): string {
  const close = `</${qualified}>`;
  const at = xml.lastIndexOf(close);
  if (at >= 0) return splice(xml, at, at, markup);
  const empty = new RegExp(`<${qualified.replace(/[.:]/g, '\\$&')}(\\s[^>]*)?/>`).exec(xml);
  if (!empty) throw new Error(`no <${qualified}> element`);
  const open = empty[0].slice(0, -2).replace(/\s+$/, '') + '>';
  return splice(xml, empty.index, empty.index + empty[0].length, `${open}${markup}${close}`);
}
