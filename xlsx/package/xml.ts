/**
 * The little XML the package host needs, over text: find elements by local name (any namespace
 * prefix, as the Open XML SDK writes `<x:row>`), read their attributes, and splice new markup
 * in without re-serializing what is around it, so every byte we do not change stays as the
 * producer wrote it. Parts here are machine-written SpreadsheetML: no DTDs, no entities beyond
 * the predefined and numeric ones.
 */

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

/** SpreadsheetML's escape for characters XML cannot hold: `_x001B_` is ESC, `_x005F_` is `_`. */
export function decodeXString(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text content of an element's inner XML: tags dropped, CDATA kept, entities decoded. */
export function textOf(inner: string): string {
  if (!inner.includes('<')) return unescapeXml(inner);
  let out = '';
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>|<[^>]*>|[^<]+/g;
  for (const m of inner.matchAll(re)) {
    if (m[1] !== undefined) out += m[1];
    else if (m[0][0] !== '<') out += unescapeXml(m[0]);
  }
  return out;
}

const ATTR = /([\w.:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Attributes of a start tag, by local name (prefix dropped) and by qualified name. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const space = tag.search(/[\s/>]/);
  for (const m of tag.slice(space < 0 ? tag.length : space).matchAll(ATTR)) {
    const value = unescapeXml(m[3] ?? m[4]);
    out.set(m[1], value);
    const colon = m[1].indexOf(':');
    if (colon >= 0 && m[1].slice(0, colon) !== 'xmlns' && !out.has(m[1].slice(colon + 1))) out.set(m[1].slice(colon + 1), value);
  }
  return out;
}

/** The relationship id of an element (`r:id` under whichever prefix the part uses). */
export function relId(tag: string): string | undefined {
  for (const m of tag.matchAll(ATTR)) if (/^[\w.-]+:id$/.test(m[1]) && !m[1].startsWith('xmlns')) return unescapeXml(m[3] ?? m[4]);
  return undefined;
}

export interface Element {
  /** Offset of `<` of the start tag. */
  readonly start: number;
  /** Offset just past the end tag (or the self-closing start tag). */
  readonly end: number;
  /** The start tag, `<x:row r="3">`. */
  readonly tag: string;
  /** Offsets of the inner XML (equal for an empty element). */
  readonly innerStart: number;
  readonly innerEnd: number;
  /** The prefix with its colon (`x:`), or ''. */
  readonly prefix: string;
}

// Compiled start-tag patterns, reused: a sheet asks for the cells of each of its rows.
const patterns = new Map<string, RegExp[]>();

function takePattern(local: string): RegExp {
  const re = patterns.get(local)?.pop();
  return re ?? new RegExp(`<([\\w.-]+:)?${local}(?=[\\s/>])[^>]*>`, 'g');
}

function givePattern(local: string, re: RegExp): void {
  const pool = patterns.get(local);
  if (pool) pool.push(re);
  else patterns.set(local, [re]);
}

/**
 * Elements with this local name in `xml` from `from` on, in document order, not nested in one
 * another (SpreadsheetML never nests an element in one of its own name, except rich-text runs).
 */
export function* elements(xml: string, local: string, from = 0, to = xml.length): Generator<Element> {
  const re = takePattern(local);
  try {
    re.lastIndex = from;
    for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
      const tag = m[0];
      const prefix = m[1] ?? '';
      const innerStart = m.index + tag.length;
      if (tag.charCodeAt(tag.length - 2) === 47) {
        yield { start: m.index, end: innerStart, tag, innerStart, innerEnd: innerStart, prefix };
        continue;
      }
      const close = `</${prefix}${local}>`;
      const innerEnd = xml.indexOf(close, innerStart);
      if (innerEnd < 0) throw new Error(`<${prefix}${local}> is not closed`);
      const end = innerEnd + close.length;
      yield { start: m.index, end, tag, innerStart, innerEnd, prefix };
      re.lastIndex = end;
    }
  } finally {
    givePattern(local, re);
  }
}

export function firstElement(xml: string, local: string, from = 0, to = xml.length): Element | undefined {
  for (const e of elements(xml, local, from, to)) return e;
  return undefined;
}

export function innerOf(xml: string, e: Element): string {
  return xml.slice(e.innerStart, e.innerEnd);
}

/** A start tag with one attribute set (added at the end when absent). */
export function withAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const quoted = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, `$1${quoted}`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).replace(/\s+$/, '')} ${name}=${quoted}${tag.slice(end)}`;
}

export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`), '');
}

/** Replaces [start, end) of `text`. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** The root element's prefix (`x:` for `<x:worksheet …>`), so new children use the same one. */
export function rootPrefix(xml: string): string {
  const m = /<(?![?!])([\w.-]+:)?[\w.-]+[\s/>]/.exec(xml);
  return m?.[1] ?? '';
}

/** Declared namespace prefix for a URI on the root element, if any. */
export function prefixFor(xml: string, uri: string): string | undefined {
  const root = /<(?![?!])[^>]*>/.exec(xml)?.[0] ?? '';
  for (const m of root.matchAll(/xmlns:([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) if ((m[3] ?? m[4]) === uri) return m[1];
  return undefined;
}
