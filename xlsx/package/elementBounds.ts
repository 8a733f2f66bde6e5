/**
 * Where one element lies in a part that comes a piece at a time (pcss apply reads a 50 000-row
 * tab as it is inflated): the bytes before it, its start tag, and the bytes after its end tag,
 * kept as they pass, so that the part can later be edited as it is inflated again, without its
 * bytes ever being whole (xlsx/write/rowSource.ts). Same semantics as xmlBytes.ts's findElement
 * over the whole part: the first start tag with the local name, then the first end tag of the
 * same qualified name after it.
 */
import { findStartTag, type ByteElement } from './xmlBytes';

/** A part's bytes around one element of it, offsets counted from the part's first byte. */
export interface PartAround {
  /** The part's size in bytes. */
  readonly size: number;
  /** Bytes [0, element.start). */
  readonly head: Buffer;
  readonly element: ByteElement;
  /** Bytes [element.end, size). */
  readonly tail: Buffer;
}

/** Bytes looked at for the start tag before the search is given up (a part without the element). */
const MAX_HEAD = 4 << 20;

export class ElementScan {
  private state: 'head' | 'inner' | 'tail' | 'none' = 'head';
  /** Bytes kept before the start tag was found; after it, the last bytes an end tag cut by a piece may begin in. */
  private kept: Buffer = Buffer.alloc(0);
  /** Offset in the part of kept's first byte. */
  private keptAt = 0;
  private size = 0;
  private head: Buffer = Buffer.alloc(0);
  private start = { start: 0, gt: 0, prefix: '' };
  private close = Buffer.alloc(0);
  private innerEnd = 0;
  private readonly tail: Buffer[] = [];

  constructor(private readonly local: string) {}

  /** The part's next bytes (not kept: what is needed is copied). */
  push(piece: Buffer): void {
    const at = this.size;
    this.size += piece.length;
    if (this.state === 'none' || piece.length === 0) return;
    if (this.state === 'tail') {
      this.tail.push(Buffer.from(piece));
      return;
    }
    const bytes = this.kept.length > 0 ? Buffer.concat([this.kept, piece]) : piece;
    const base = this.kept.length > 0 ? this.keptAt : at;
    if (this.state === 'head') this.findStart(bytes, base);
    else this.findEnd(bytes, base);
  }

  /** The bounds, once every piece came; undefined when the part has no such element (or one not closed). */
  end(): PartAround | undefined {
    if (this.state !== 'tail') return undefined;
    const { start, gt, prefix } = this.start;
    return {
      size: this.size,
      head: this.head.subarray(0, start),
      element: { start, end: this.innerEnd + this.close.length, tag: this.head.toString('utf8', start, gt + 1), innerStart: gt + 1, innerEnd: this.innerEnd, prefix },
      tail: Buffer.concat(this.tail),
    };
  }

  private findStart(bytes: Buffer, base: number): void {
    const found = findStartTag(bytes, this.local, 0, bytes.length);
    if (!found) {
      if (bytes.length > MAX_HEAD) this.state = 'none';
      else this.keep(bytes, base, 0);
      return;
    }
    // base is 0 here: the head is kept from the part's first byte.
    this.start = found;
    this.head = Buffer.from(bytes.subarray(0, found.gt + 1));
    if (bytes[found.gt - 1] === 0x2f) {
      this.innerEnd = found.gt + 1;
      this.toTail(bytes, found.gt + 1);
      return;
    }
    this.close = Buffer.from(`</${found.prefix}${this.local}>`, 'latin1');
    this.state = 'inner';
    this.findEnd(bytes, base, found.gt + 1);
  }

  private findEnd(bytes: Buffer, base: number, from = 0): void {
    const k = bytes.indexOf(this.close, from);
    if (k < 0) {
      // An end tag cut between two pieces begins in the last bytes of this one.
      this.keep(bytes, base, Math.max(from, bytes.length - this.close.length + 1));
      return;
    }
    this.innerEnd = base + k;
    this.toTail(bytes, k + this.close.length);
  }

  private toTail(bytes: Buffer, from: number): void {
    // An empty element's end is its start tag's; the close tag's length then counts nothing.
    if (this.state === 'head') this.close = Buffer.alloc(0);
    this.state = 'tail';
    this.kept = Buffer.alloc(0);
    if (from < bytes.length) this.tail.push(Buffer.from(bytes.subarray(from)));
  }

  private keep(bytes: Buffer, base: number, from: number): void {
    this.kept = Buffer.from(bytes.subarray(from));
    this.keptAt = base + from;
  }
}
