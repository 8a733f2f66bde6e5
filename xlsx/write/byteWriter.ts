/**
 * Text written straight into large buffers: tens of thousands of row strings kept alive and
 * joined cost more in garbage collection than building them.
 */
export class ByteWriter {
  private readonly chunks: Buffer[] = [];
  private buf = Buffer.allocUnsafe(ByteWriter.CHUNK);
  private pos = 0;
  static readonly CHUNK = 4 << 20;

  write(text: string): void {
    if (this.pos + text.length * 3 > this.buf.length) {
      this.chunks.push(this.buf.subarray(0, this.pos));
      this.buf = Buffer.allocUnsafe(Math.max(ByteWriter.CHUNK, text.length * 3));
      this.pos = 0;
    }
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }

  result(): Buffer {
    return Buffer.concat([...this.chunks, this.buf.subarray(0, this.pos)]);
  }
}
