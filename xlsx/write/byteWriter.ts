import { once } from 'events';
import { createGzip, gzipSync, type Gzip, type ZlibOptions } from 'zlib';

const CHUNK = 1 << 20;
// Level 2: the run waits on the compressor for much of the sheet (measured at 50 000 rows on
// a busy two-core machine), and on our sheet XML level 2 takes ~2/3 of level 3's time for
// ~5 % more bytes (92 MB of XML: 8.49 MB against 8.05 MB; level 1, as fast, gives 8.86 MB).
const OPTIONS: ZlibOptions = { level: 2, chunkSize: 256 << 10 };
/** Buffers handed to the compressor and not yet read by it, at most (then the producer waits). */
const MAX_IN_FLIGHT = 3;
/** Characters gathered before they are encoded (see write). */
const BATCH = 1 << 14;

/**
 * Buffers whose bytes are compressed already, to fill again, shared by every writer of a run:
 * a new buffer per segment is garbage that the collector frees late (tens of MB at 50 000
 * rows, counted in the run's peak memory).
 */
const FREE: Buffer[] = [];
const MAX_FREE = 4;

function nextBuffer(): Buffer {
  return FREE.pop() ?? Buffer.allocUnsafe(CHUNK);
}

function release(buffer: Buffer): void {
  if (buffer.length === CHUNK && FREE.length < MAX_FREE) FREE.push(buffer);
}

/**
 * Text written straight into a buffer: tens of thousands of row strings kept alive and joined
 * cost more in garbage collection than building them. Either collects the bytes (`result`) or
 * deflates them as each buffer fills (`deflated`), so a 60 MB sheet never exists uncompressed
 * as a whole. The compression runs on libuv's thread pool while the next buffer is being
 * filled: on two cores that takes it off the run's critical path.
 *
 * The compressor needs the run's thread between two buffers (zlib hands each result back to the
 * event loop, which starts the next buffer), so a producer gives the event loop a `turn()`
 * whenever it `needsTurn`: after each buffer handed over, and, while MAX_IN_FLIGHT buffers are
 * waiting, until one is done. Waiting instead until the whole queue was compressed (a stream's
 * 'drain') made the two threads work by turns rather than at once: at 50 000 rows the run sat
 * idle ~130 ms of its ~500 ms of writing (a CPU profile on a quiet machine).
 */
export class ByteWriter {
  private readonly chunks: Buffer[] = [];
  private stream: Gzip | null = null;
  private buf: Buffer = nextBuffer();
  private pos = 0;
  private pending = '';
  private size = 0;
  private inFlight = 0;
  private sentSinceTurn = false;
  private failure: Error | null = null;
  /** The producer waiting for a buffer to be done (turn()). */
  private waiting: (() => void) | null = null;
  static readonly CHUNK = CHUNK;

  constructor(private readonly deflate = false) {}

  /**
   * The compressor, made when the first buffer is handed over: a part that fits one buffer (most
   * of our tabs, a few KB each) is deflated by deflated() in one call instead, without a stream's
   * zlib state and turns through the thread pool. Either way the deflate stream is the same:
   * zlib's output does not depend on how its input is cut.
   * Gzip, not raw deflate: the same deflate stream inside a 10-byte header and a trailer that
   * holds its CRC-32, which zlib then computes on the thread pool instead of the run's thread
   * (92 MB of sheet XML at 50 000 rows). The zip entry takes the deflate stream and that CRC.
   */
  private compressor(): Gzip {
    if (this.stream) return this.stream;
    const stream = createGzip(OPTIONS);
    stream.on('data', (compressed: Buffer) => this.chunks.push(compressed));
    stream.on('error', (e: Error) => {
      this.failure = e;
      this.wake();
    });
    return (this.stream = stream);
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }

  /**
   * Text is gathered into a batch of some thousands of characters before it is encoded: a row's
   * text is a chain of small strings, and encoding one batch of rows costs less than each row
   * on its own (one flattening and one call into the encoder instead of tens).
   */
  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= BATCH) this.encode();
  }

  private encode(): void {
    const text = this.pending;
    if (text.length === 0) return;
    this.pending = '';
    if (this.pos + text.length * 3 > this.buf.length) {
      this.flush();
      if (text.length * 3 > this.buf.length) this.buf = Buffer.allocUnsafe(text.length * 3);
    }
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }

  /**
   * Bytes [from, to) of `src` as they are (rows of a part we do not change), copied into the
   * buffers. A producer copies at most a CHUNK at a time and gives the compressor its turn between.
   */
  copy(src: Buffer, from: number, to: number): void {
    if (this.pending.length > 0) this.encode();
    while (from < to) {
      if (this.pos === this.buf.length) this.flush();
      const n = Math.min(to - from, this.buf.length - this.pos);
      src.copy(this.buf, this.pos, from, from + n);
      this.pos += n;
      from += n;
    }
  }

  writeBytes(bytes: Buffer): void {
    this.flush();
    this.send(bytes);
  }

  /** Whether the producer should `await turn()` before writing on (see the class comment). */
  get needsTurn(): boolean {
    return this.sentSinceTurn;
  }

  /** Lets the compressor start on what it was handed; waits while MAX_IN_FLIGHT buffers are queued. */
  async turn(): Promise<void> {
    this.sentSinceTurn = false;
    if (this.inFlight >= MAX_IN_FLIGHT && !this.failure) await new Promise<void>((resolve) => (this.waiting = resolve));
    else await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.failure) throw this.failure;
  }

  private send(bytes: Buffer, done?: () => void): void {
    if (!this.deflate) {
      this.chunks.push(bytes);
      return;
    }
    this.size += bytes.length;
    this.inFlight++;
    this.sentSinceTurn = true;
    this.compressor().write(bytes, () => {
      this.inFlight--;
      done?.();
      this.wake();
    });
  }

  private flush(): void {
    if (this.pending.length > 0) this.encode();
    if (this.pos === 0) return;
    const filled = this.buf;
    const full = filled.subarray(0, this.pos);
    // The filled buffer belongs to the compressor until it has read it (collecting: for good).
    this.buf = nextBuffer();
    this.pos = 0;
    this.send(full, this.deflate ? () => release(filled) : undefined);
  }

  result(): Buffer {
    this.flush();
    return Buffer.concat(this.chunks);
  }

  /** The deflated bytes, their CRC-32 and uncompressed size (writers made with `deflate`). */
  async deflated(): Promise<{ compressed: Buffer; crc: number; size: number }> {
    if (!this.deflate) throw new Error('ByteWriter.deflated: made without deflate');
    if (this.pending.length > 0) this.encode();
    if (!this.stream) {
      // Everything is in the first buffer (see compressor).
      const size = this.pos;
      const gzip = gzipSync(this.buf.subarray(0, size), OPTIONS);
      release(this.buf);
      this.pos = 0;
      return unwrapGzip(gzip, size);
    }
    this.flush();
    // A compressor that failed after the producer's last turn emits nothing more: waiting for
    // its 'end' would hang the run (and keep the lock), so its error is the answer.
    if (this.failure) throw this.failure;
    const ended = once(this.stream, 'end');
    this.stream.end();
    await ended;
    return unwrapGzip(Buffer.concat(this.chunks), this.size);
  }
}

/**
 * The deflate stream, CRC-32 and size inside a gzip member zlib wrote (RFC 1952: a 10-byte
 * header without optional fields, then the stream, then CRC-32 and size, little-endian).
 */
export function unwrapGzip(gzip: Buffer, size: number): { compressed: Buffer; crc: number; size: number } {
  if (gzip.length < 18 || gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[2] !== 8 || gzip[3] !== 0) throw new Error('ByteWriter: unexpected gzip header');
  const end = gzip.length - 8;
  if (gzip.readUInt32LE(end + 4) !== size % 2 ** 32) throw new Error('ByteWriter: gzip size does not match the bytes written');
  return { compressed: gzip.subarray(10, end), crc: gzip.readUInt32LE(end), size };
}
