import { constants, deflateRawSync } from 'zlib';
import { crc32 } from '../zipWriter';

/**
 * Text written straight into a buffer: tens of thousands of row strings kept alive and joined
 * cost more in garbage collection than building them. Either collects the bytes (`result`) or
 * deflates each full buffer as it fills (`deflated`): the segments are flushed with
 * Z_SYNC_FLUSH and the last one finished, which makes one valid deflate stream (as pigz does),
 * so a 60 MB sheet never exists uncompressed as a whole.
 */
export class ByteWriter {
  private readonly chunks: Buffer[] = [];
  private buf = Buffer.allocUnsafe(ByteWriter.CHUNK);
  private pos = 0;
  private size = 0;
  private crc = 0;
  static readonly CHUNK = 4 << 20;

  constructor(private readonly deflate = false) {}

  write(text: string): void {
    if (this.pos + text.length * 3 > this.buf.length) {
      this.flush(false);
      if (text.length * 3 > this.buf.length) this.buf = Buffer.allocUnsafe(text.length * 3);
    }
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }

  writeBytes(bytes: Buffer): void {
    this.flush(false);
    if (this.deflate) this.pack(bytes, false);
    else this.chunks.push(bytes);
  }

  private pack(bytes: Buffer, last: boolean): void {
    this.size += bytes.length;
    this.crc = crc32(bytes, this.crc);
    this.chunks.push(deflateRawSync(bytes, { level: 3, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
  }

  private flush(last: boolean): void {
    if (this.pos === 0 && !last) return;
    const full = this.buf.subarray(0, this.pos);
    if (this.deflate) {
      this.pack(full, last);
      this.pos = 0;
    } else {
      this.chunks.push(full);
      this.buf = Buffer.allocUnsafe(ByteWriter.CHUNK);
      this.pos = 0;
    }
  }

  result(): Buffer {
    this.flush(false);
    return Buffer.concat(this.chunks);
  }

  /** The deflated bytes, their CRC-32 and uncompressed size (writers made with `deflate`). */
  deflated(): { compressed: Buffer; crc: number; size: number } {
    this.flush(true);
    return { compressed: Buffer.concat(this.chunks), crc: this.crc >>> 0, size: this.size };
  }
}
