/**
 * A small, strict reader of OPC packages for tests: the parts (zipEntries.ts keeps duplicates),
 * content types, relationships resolved to part names. What makes a package invalid:
 * packageProblems.ts; the XML tree: xmlNodes.ts.
 */
import { attr, elements, parseXml } from './xmlNodes';
import { readZip } from './zipEntries';

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

