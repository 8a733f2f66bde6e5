import { posix } from 'path';

/** The names of an Open Packaging Conventions package (ECMA-376 part 2): relationship and content types, and how part names resolve. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as written. */
  readonly target: string;
  /** The part it resolves to (no leading slash), or undefined for an external target. */
  readonly part?: string;
}

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
} as const;

/** The same relationship types in the ISO/IEC 29500 strict namespace, which LibreOffice can write. */
const STRICT_BASE = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

export function isRelType(type: string, wanted: string): boolean {
  return type === wanted || type === STRICT_BASE + wanted.slice(wanted.lastIndexOf('/') + 1);
}

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

export const CONTENT_TYPES_PART = '[Content_Types].xml';

export function relsPathOf(part: string): string {
  const dir = posix.dirname(part);
  return `${dir === '.' ? '' : `${dir}/`}_rels/${posix.basename(part)}.rels`;
}

export function resolveTarget(source: string, target: string): string {
  const clean = decodeURIComponent(target.split('#')[0]);
  if (clean.startsWith('/')) return posix.normalize(clean).slice(1);
  return posix.normalize(posix.join(posix.dirname(source), clean)).replace(/^\.\//, '');
}

/** A relative target from one part to another, as producers write them. */
export function relativeTarget(source: string, part: string): string {
  return posix.relative(posix.dirname(source), part);
}
