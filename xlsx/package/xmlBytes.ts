/**
 * Elements located in a part's UTF-8 bytes rather than its decoded text, for the one part that
 * is large: a 50 000-row tab of ours, whose rows a run mostly copies as they are. Markup is
 * ASCII, so searching the bytes finds what searching the text finds (xml.ts's `elements`: a
 * start tag by local name under any prefix, then the first end tag of the same qualified name),
 * and only the pieces a run changes are ever decoded.
 */
import type { Element } from './xml';

/** An element found in the bytes: the same offsets as xml.ts's Element, counted in bytes (the start tag decoded). */
export type ByteElement = Element;

const LT = 0x3c;
const GT = 0x3e;
const COLON = 0x3a;
const SLASH = 0x2f;

/** [\w.-], the characters of a prefix as xml.ts's patterns take them. */
function nameByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f || b === 0x2e || b === 0x2d;
}

/** What may follow an element's name in its start tag: white space, '/' or '>'. */
function afterName(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === SLASH || b === GT;
}

/** The names searched for, as bytes (made once per name). */
const NAMES = new Map<string, Buffer>();

function nameBytes(local: string): Buffer {
  let b = NAMES.get(local);
  if (!b) NAMES.set(local, (b = Buffer.from(local, 'latin1')));
  return b;
}

/** A start tag found in the bytes: where it begins, its '>' and its prefix (`x:` or ''). */
export interface ByteStartTag {
  readonly start: number;
  readonly gt: number;
  readonly prefix: string;
}

/**
 * The first start tag with this local name beginning in bytes [from, to) of `buf`, or undefined
 * (also when its '>' is not in `buf`: bytes still to come may hold it).
 */
export function findStartTag(buf: Buffer, local: string, from: number, to: number): ByteStartTag | undefined {
  const name = nameBytes(local);
  for (let k = buf.indexOf(name, from); k >= 0 && k < to; k = buf.indexOf(name, k + 1)) {
    if (!afterName(buf[k + name.length])) continue;
    let start = k - 1;
    if (buf[start] === COLON) {
      start--;
      while (start >= from && nameByte(buf[start])) start--;
      if (start === k - 2) continue;
    }
    if (start < from || buf[start] !== LT) continue;
    const gt = buf.indexOf(GT, k + name.length);
    if (gt < 0) return undefined;
    return { start, gt, prefix: buf.toString('latin1', start + 1, k) };
  }
  return undefined;
}

/**
 * The first element with this local name in bytes [from, to) of `buf` (its start tag beginning
 * there), or undefined. Its end tag is looked for up to the end of `buf`, as `elements` does; an
 * element whose end tag is missing is an error.
 */
export function findElement(buf: Buffer, local: string, from: number, to: number): ByteElement | undefined {
  const found = findStartTag(buf, local, from, to);
  if (!found) return undefined;
  const { start, gt, prefix } = found;
  const tag = buf.toString('utf8', start, gt + 1);
  if (buf[gt - 1] === SLASH) return { start, end: gt + 1, tag, innerStart: gt + 1, innerEnd: gt + 1, prefix };
  const close = `</${prefix}${local}>`;
  const innerEnd = buf.indexOf(close, gt + 1, 'latin1');
  if (innerEnd < 0) throw new Error(`<${prefix}${local}> is not closed`);
  return { start, end: innerEnd + close.length, tag, innerStart: gt + 1, innerEnd, prefix };
}

/** Elements with this local name in bytes [from, to), in document order, not nested in one another. */
export function* byteElements(buf: Buffer, local: string, from: number, to: number): Generator<ByteElement> {
  for (let e = findElement(buf, local, from, to); e; e = findElement(buf, local, e.end, to)) yield e;
}

/** The element's bytes decoded, with its offsets in that text (to read it with xml.ts). */
export function decodeElement(buf: Buffer, e: ByteElement): { xml: string; el: ByteElement } {
  const xml = buf.toString('utf8', e.start, e.end);
  const innerStart = e.tag.length;
  const innerEnd = e.innerEnd === e.innerStart ? innerStart : xml.length - (e.end - e.innerEnd);
  return { xml, el: { start: 0, end: xml.length, tag: e.tag, innerStart, innerEnd, prefix: e.prefix } };
}

/**
 * Bytes [from, to) as Latin-1 text, a piece at a time, each piece ending just after a '>' (so a
 * pattern that holds no '>' is never cut in two): to look for ASCII markup without decoding.
 */
export function* latin1Pieces(buf: Buffer, from: number, to: number, piece = 1 << 20): Generator<string> {
  let at = from;
  while (at < to) {
    const gt = at + piece < to ? buf.indexOf(GT, at + piece) : -1;
    const end = gt < 0 || gt >= to ? to : gt + 1;
    yield buf.toString('latin1', at, end);
    at = end;
  }
}
