/**
 * A small, strict reader of OPC packages for tests: the zip's entries as stored (duplicates
 * kept), a namespace-aware XML tree (saxes rejects anything not well-formed), content types,
 * relationships resolved to part names, and the problems that make a package invalid.
 */
import { SaxesParser } from 'saxes';
import { inflateRawSync } from 'zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Every entry of a zip, in central-directory order, uncompressed (stored or deflated only). */
export function readZip(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressed);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw);
    else throw new Error(`${name}: compression method ${method}`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, the directory says ${size}`);
    out.push({ name, data });
  }
  return out;
}

/** A package's parts by name (directory entries left out). */
export type Pkg = Map<string, Buffer>;

export function readPackage(buf: Buffer): Pkg {
  const pkg: Pkg = new Map();
  for (const e of readZip(buf)) if (!e.name.endsWith('/')) pkg.set(e.name, e.data);
  return pkg;
}

export function text(pkg: Pkg, name: string): string {
  const b = pkg.get(name);
  if (!b) throw new Error(`no part ${name}`);
  return b.toString('utf8').replace(/^\uFEFF/, '');
}

export interface XAttr {
  name: string;
  local: string;
  uri: string;
  value: string;
}

export interface XNode {
  name: string;
  local: string;
  uri: string;
  attrs: XAttr[];
  children: (XNode | string)[];
}

export function parseXml(xml: string): XNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XNode[] = [];
  let root: XNode | null = null;
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    const attrs = Object.values(tag.attributes).map((a) => ({ name: a.name, local: a.local, uri: a.uri, value: a.value }));
    const node: XNode = { name: tag.name, local: tag.local, uri: tag.uri, attrs, children: [] };
    if (stack.length) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1].children.push(t);
  });
  parser.on('cdata', (t) => {
    if (stack.length) stack[stack.length - 1].children.push(t);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (failure) throw failure;
  if (!root) throw new Error('no root element');
  return root;
}

export function attr(node: XNode, local: string, uri = ''): string | undefined {
  return node.attrs.find((a) => a.local === local && a.uri === uri)?.value;
}

/** SpreadsheetML's namespace, whatever prefix a producer gives it. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Child elements, by local name and (when given) namespace URI. */
export function elements(node: XNode, local?: string, uri?: string): XNode[] {
  return node.children.filter((c): c is XNode => typeof c !== 'string' && (local === undefined || c.local === local) && (uri === undefined || c.uri === uri));
}

export function child(node: XNode, local: string, uri?: string): XNode | undefined {
  return elements(node, local, uri)[0];
}

export function* walk(node: XNode): Generator<XNode> {
  yield node;
  for (const c of elements(node)) yield* walk(c);
}

export function textOf(node: XNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/**
 * An element's meaning, independent of how it was serialized: names by namespace URI, attributes
 * sorted (namespace declarations left out), whitespace-only text between elements dropped.
 */
export function canonical(node: XNode): string {
  const attrs = node.attrs
    .filter((a) => a.uri !== 'http://www.w3.org/2000/xmlns/' && a.name !== 'xmlns' && !a.name.startsWith('xmlns:'))
    .map((a) => `{${a.uri}}${a.local}=${JSON.stringify(a.value)}`)
    .sort();
  const kids = node.children.filter((c) => typeof c !== 'string' || c.trim() !== '').map((c) => (typeof c === 'string' ? JSON.stringify(c) : canonical(c)));
  return `<{${node.uri}}${node.local} ${attrs.join(' ')}>${kids.join('')}</>`;
}

export const CONTENT_TYPES = '[Content_Types].xml';

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function contentTypes(pkg: Pkg): ContentTypes {
  const root = parseXml(text(pkg, CONTENT_TYPES));
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const e of elements(root)) {
    if (e.local === 'Default') defaults.set(attr(e, 'Extension')!.toLowerCase(), attr(e, 'ContentType')!);
    if (e.local === 'Override') overrides.set(attr(e, 'PartName')!.toLowerCase(), attr(e, 'ContentType')!);
  }
  return { defaults, overrides };
}

/** A part's content type (OPC: part names and extensions compare case-insensitively). */
export function typeOf(ct: ContentTypes, part: string): string | undefined {
  const override = ct.overrides.get(`/${part}`.toLowerCase());
  if (override) return override;
  const dot = part.lastIndexOf('.');
  return dot >= 0 && dot > part.lastIndexOf('/') ? ct.defaults.get(part.slice(dot + 1).toLowerCase()) : undefined;
}

/** The relationships part of a part ("" for the package). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a relationships part describes ("" for the package's _rels/.rels). */
export function sourceOfRels(rels: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  if (!m) throw new Error(`${rels} is not a relationships part`);
  return m[1] + m[2];
}

/** A target resolved against its source part, as a part name (no leading slash). */
export function resolveTarget(source: string, target: string): string {
  const decoded = decodeURI(target.replace(/#.*$/, ''));
  const base = decoded.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of decoded.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The target part's name, for an internal relationship. */
  part: string;
}

export function relationships(pkg: Pkg, source: string): Relationship[] {
  const name = relsPartOf(source);
  if (!pkg.has(name)) return [];
  return elements(parseXml(text(pkg, name)), 'Relationship').map((r) => {
    const target = attr(r, 'Target')!;
    const external = attr(r, 'TargetMode') === 'External';
    return { id: attr(r, 'Id')!, type: attr(r, 'Type')!, target, external, part: external ? '' : resolveTarget(source, target) };
  });
}

/** A part by name as OPC compares names (case-insensitively), or undefined. */
export function findPart(pkg: Pkg, name: string): string | undefined {
  if (pkg.has(name)) return name;
  const lower = name.toLowerCase();
  return [...pkg.keys()].find((k) => k.toLowerCase() === lower);
}

export function isXmlPart(ct: ContentTypes, name: string): boolean {
  const type = typeOf(ct, name) ?? '';
  return /[+/]xml$/.test(type) || /\.(xml|rels)$/i.test(name);
}

/**
 * What makes a package invalid: a zip entry twice, a part with no content type, a relationship
 * whose target is missing, a relationships part for a part that does not exist, an XML part
 * that is not well-formed (VML too, when `vml` is set: Excel's is XML, but not every producer's).
 */
export function packageProblems(buf: Buffer, options: { vml?: boolean } = {}): string[] {
  const problems: string[] = [];
  const entries = readZip(buf).filter((e) => !e.name.endsWith('/'));
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.name.toLowerCase())) problems.push(`${e.name}: twice in the zip`);
    seen.add(e.name.toLowerCase());
  }
  const pkg = readPackage(buf);
  if (!pkg.has(CONTENT_TYPES)) return [...problems, 'no [Content_Types].xml'];
  const ct = contentTypes(pkg);
  for (const name of pkg.keys()) {
    if (name === CONTENT_TYPES) continue;
    if (!typeOf(ct, name)) problems.push(`${name}: no content type`);
    if (isXmlPart(ct, name) || (options.vml && /\.vml$/i.test(name))) {
      try {
        parseXml(text(pkg, name));
      } catch (e) {
        problems.push(`${name}: not well-formed XML (${(e as Error).message})`);
      }
    }
  }
  for (const name of pkg.keys()) {
    if (!/(^|\/)_rels\/[^/]*\.rels$/.test(name)) continue;
    const source = sourceOfRels(name);
    if (source !== '' && !findPart(pkg, source)) problems.push(`${name}: describes ${source}, which does not exist`);
    let rels: Relationship[];
    try {
      rels = relationships(pkg, source);
    } catch (e) {
      problems.push(`${name}: unreadable (${(e as Error).message})`);
      continue;
    }
    const ids = new Set<string>();
    for (const r of rels) {
      if (ids.has(r.id)) problems.push(`${name}: relationship id ${r.id} twice`);
      ids.add(r.id);
      if (!r.external && !findPart(pkg, r.part)) problems.push(`${name}: ${r.id} → ${r.target} (${r.part}) does not exist`);
    }
  }
  return problems;
}

/** The package's main part (the officeDocument relationship's target). */
export function mainPart(pkg: Pkg): string {
  const rel = relationships(pkg, '').find((r) => r.type.endsWith('/officeDocument'));
  if (!rel) throw new Error('no officeDocument relationship');
  return findPart(pkg, rel.part) ?? rel.part;
}

/** The target of the first relationship of a type (matched on the type's last segment). */
export function relatedPart(pkg: Pkg, source: string, typeSuffix: string): string | undefined {
  const rel = relationships(pkg, source).find((r) => r.type.endsWith(`/${typeSuffix}`));
  return rel && !rel.external ? (findPart(pkg, rel.part) ?? rel.part) : undefined;
}

/** The content type a relationship's target must have, by the relationship type's last segment. */
const TYPE_OF_TARGET: Record<string, RegExp> = {
  officeDocument: /^application\/vnd\.(openxmlformats-officedocument\.spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template)\.macroEnabled)\.main\+xml$/,
  worksheet: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.worksheet\+xml$/,
  styles: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.styles\+xml$/,
  sharedStrings: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sharedStrings\+xml$/,
  theme: /^application\/vnd\.openxmlformats-officedocument\.theme\+xml$/,
  drawing: /^application\/vnd\.openxmlformats-officedocument\.drawing\+xml$/,
  chart: /^application\/vnd\.openxmlformats-officedocument\.drawingml\.chart\+xml$/,
  table: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.table\+xml$/,
  comments: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.comments\+xml$/,
  vmlDrawing: /^application\/vnd\.openxmlformats-officedocument\.vmlDrawing$/,
  pivotTable: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.pivotTable\+xml$/,
  pivotCacheDefinition: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.pivotCacheDefinition\+xml$/,
  pivotCacheRecords: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.pivotCacheRecords\+xml$/,
  vbaProject: /^application\/vnd\.ms-office\.vbaProject$/,
  'core-properties': /^application\/vnd\.openxmlformats-package\.core-properties\+xml$/,
  'extended-properties': /^application\/vnd\.openxmlformats-officedocument\.extended-properties\+xml$/,
};

/** Relationship targets whose content type is not the one their relationship type requires. */
export function contentTypeMismatches(pkg: Pkg): string[] {
  const ct = contentTypes(pkg);
  const out: string[] = [];
  for (const name of pkg.keys()) {
    if (!/(^|\/)_rels\/[^/]*\.rels$/.test(name)) continue;
    for (const r of relationships(pkg, sourceOfRels(name))) {
      const want = TYPE_OF_TARGET[r.type.slice(r.type.lastIndexOf('/') + 1)];
      const part = r.external ? undefined : findPart(pkg, r.part);
      if (!want || !part) continue;
      const type = typeOf(ct, part) ?? '';
      if (!want.test(type)) out.push(`${part}: "${type}" for a ${r.type.slice(r.type.lastIndexOf('/') + 1)} relationship`);
    }
  }
  return out;
}
