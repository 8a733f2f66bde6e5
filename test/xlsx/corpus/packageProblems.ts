/** What makes a package invalid, or a part's content type wrong for the relationship that points at it. */
import { CONTENT_TYPES, contentTypes, findPart, isXmlPart, readPackage, relationships, sourceOfRels, text, typeOf, type Pkg, type Relationship } from './package';
import { parseXml } from './xmlNodes';
import { readZip } from './zipEntries';

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
