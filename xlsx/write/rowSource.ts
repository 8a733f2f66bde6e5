/**
 * The existing rows of a sheetData element for the sheet writer (sheetData.ts), from the part's
 * bytes whole or as the part is inflated (a 50 000-row tab of ours is 57 MB of bytes; inflated
 * whole for the edit, they were the run's largest allocation on the weekly re-run). Either way
 * the writer sees rows with their offsets in the part, copies what it keeps up to a row, skips
 * a row it rewrites, and at the end copies the rest: bytes are never reordered, so the output is
 * the same byte for byte.
 */
import type { PartAround } from '../package/elementBounds';
import { decodeElement, findElement, findStartTag, type ByteElement } from '../package/xmlBytes';
import { ByteWriter } from './byteWriter';

export interface RowSource {
  /** sheetData's start tag as the part has it. */
  readonly tag: string;
  /** The rows, a run of complete rows at a time (one run for a part whole). */
  runs(): AsyncGenerator<Iterable<ByteElement>>;
  /** Copies the bytes from where copying stands up to `to` (a row's start) into the output. */
  copyTo(to: number): Promise<void>;
  /** Copying goes on from `to` (a row rewritten is not copied). */
  skipTo(to: number): void;
  /** A row's text, its offsets those in the text. */
  decode(el: ByteElement): { xml: string; el: ByteElement };
  /** Copies the bytes from where copying stands to sheetData's end tag, every row after the last the writer looked at. */
  copyRest(): Promise<void>;
}

/** Bytes [from, to) of `src` into `out`, a buffer at a time with the compressor's turns between. */
async function copyBytes(out: ByteWriter, src: Buffer, from: number, to: number): Promise<void> {
  for (let at = from; at < to; at += ByteWriter.CHUNK) {
    out.copy(src, at, Math.min(to, at + ByteWriter.CHUNK));
    if (out.needsTurn) await out.turn();
  }
}

/** The rows of a part whose bytes are whole. */
export class WholeRows implements RowSource {
  readonly tag: string;
  private mark: number;

  constructor(
    private readonly part: Buffer,
    private readonly data: ByteElement,
    private readonly out: ByteWriter,
  ) {
    this.tag = data.tag;
    this.mark = data.innerStart;
  }

  async *runs(): AsyncGenerator<Iterable<ByteElement>> {
    yield findRows(this.part, this.data.innerStart, this.data.innerEnd);
  }

  async copyTo(to: number): Promise<void> {
    await copyBytes(this.out, this.part, this.mark, to);
    this.mark = to;
  }

  skipTo(to: number): void {
    this.mark = to;
  }

  decode(el: ByteElement): { xml: string; el: ByteElement } {
    return decodeElement(this.part, el);
  }

  async copyRest(): Promise<void> {
    await this.copyTo(this.data.innerEnd);
  }
}

function* findRows(buf: Buffer, from: number, to: number): Generator<ByteElement> {
  for (let e = findElement(buf, 'row', from, to); e; e = findElement(buf, 'row', e.end, to)) yield e;
}

const SLASH = 0x2f;

/**
 * The rows of a part as it is inflated: `around` (taken as the part was read) says where
 * sheetData's rows lie. A window holds the bytes from the first row not yet handed over; a
 * row cut by a piece waits for the next. Bytes before the window have been copied, or skipped.
 */
export class StreamedRows implements RowSource {
  readonly tag: string;
  private readonly it: AsyncIterator<Buffer>;
  /** Bytes from `base` on, up to what has come (never past sheetData's inner end). */
  private win: Buffer = Buffer.alloc(0);
  private base: number;
  /** Offset in the part of the bytes that have come, before sheetData's inner end. */
  private came = 0;
  /** Copying stands here; rows are looked for from `scan`. */
  private mark: number;
  private scan: number;

  constructor(
    pieces: AsyncIterable<Buffer>,
    private readonly around: PartAround,
    private readonly out: ByteWriter,
  ) {
    this.it = pieces[Symbol.asyncIterator]();
    this.tag = around.element.tag;
    this.base = this.mark = this.scan = around.element.innerStart;
  }

  /** The next piece's bytes within sheetData's rows; null once no more come (the rest still read to its end, for its size and checksum). */
  private async next(): Promise<Buffer | null> {
    const { innerStart, innerEnd } = this.around.element;
    for (;;) {
      const r = await this.it.next();
      if (r.done) return null;
      const at = this.came;
      this.came += r.value.length;
      const from = Math.max(at, innerStart);
      const to = Math.min(this.came, innerEnd);
      if (to > from) return r.value.subarray(from - at, to - at);
    }
  }

  async *runs(): AsyncGenerator<Iterable<ByteElement>> {
    for (;;) {
      const piece = await this.next();
      if (piece === null) break;
      // What the writer left before `scan` goes out before the window moves on.
      await this.copyTo(this.scan);
      const rest = this.win.subarray(this.scan - this.base);
      this.win = rest.length > 0 ? Buffer.concat([rest, piece]) : piece;
      this.base = this.scan;
      yield this.complete(false);
    }
    yield this.complete(true);
  }

  /** The rows wholly in the window from `scan`; `last`: no more bytes come, a row cut short is an error. */
  private *complete(last: boolean): Generator<ByteElement> {
    const win = this.win;
    for (;;) {
      const from = this.scan - this.base;
      const start = findStartTag(win, 'row', from, win.length);
      // None (or its '>' still to come): as findElement over the whole part, the rest is copied as it is.
      if (!start) return;
      let end = start.gt + 1;
      if (win[start.gt - 1] !== SLASH) {
        const close = `</${start.prefix}row>`;
        const k = win.indexOf(close, start.gt + 1, 'latin1');
        if (k < 0) {
          if (last) throw new Error(`<${start.prefix}row> is not closed`);
          return;
        }
        end = k + close.length;
      }
      const b = this.base;
      const inner = end === start.gt + 1 ? end : end - start.prefix.length - 6;
      const el = { start: b + start.start, end: b + end, tag: win.toString('utf8', start.start, start.gt + 1), innerStart: b + start.gt + 1, innerEnd: b + inner, prefix: start.prefix };
      this.scan = el.end;
      yield el;
    }
  }

  async copyTo(to: number): Promise<void> {
    await copyBytes(this.out, this.win, this.mark - this.base, to - this.base);
    this.mark = to;
  }

  skipTo(to: number): void {
    this.mark = to;
  }

  decode(el: ByteElement): { xml: string; el: ByteElement } {
    const b = this.base;
    return decodeElement(this.win, { ...el, start: el.start - b, end: el.end - b, innerStart: el.innerStart - b, innerEnd: el.innerEnd - b });
  }

  /** Lets the inflater go when the edit stopped before the part's end (an error). */
  async close(): Promise<void> {
    await this.it.return?.();
  }

  async copyRest(): Promise<void> {
    await copyBytes(this.out, this.win, this.mark - this.base, this.win.length);
    this.win = Buffer.alloc(0);
    for (let piece = await this.next(); piece !== null; piece = await this.next()) await copyBytes(this.out, piece, 0, piece.length);
    // Bytes after sheetData's rows are read too: inflatePieces checks the part's size and checksum at its end.
  }
}
