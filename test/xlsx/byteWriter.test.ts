import { inflateRawSync } from 'zlib';
import { ByteWriter } from '../../xlsx/write/byteWriter';
import { crc32 } from '../../xlsx/zipWriter';

/** Rows of mixed text (CJK takes three bytes in UTF-8), as a sheet's rows are written. */
function rows(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>机会-${i}-${'x'.repeat(i % 97)}</t></is></c></row>`);
}

describe('ByteWriter', () => {
  it('deflates a part larger than several buffers into one stream that inflates to the same bytes', async () => {
    const out = new ByteWriter(true);
    const text = rows(120_000);
    for (const row of text) {
      out.write(row);
      if (out.needsTurn) await out.turn();
    }
    const { compressed, crc, size } = await out.deflated();
    const expected = Buffer.from(text.join(''), 'utf8');
    expect(expected.length).toBeGreaterThan(3 * ByteWriter.CHUNK);
    const inflated = inflateRawSync(compressed);
    expect(inflated.equals(expected)).toBe(true);
    expect(size).toBe(expected.length);
    expect(crc).toBe(crc32(expected) >>> 0);
  });

  it('keeps the bytes of buffers it was handed in order among the text', async () => {
    const out = new ByteWriter(true);
    out.write('<a>');
    out.writeBytes(Buffer.from('<b/>'));
    out.write('</a>');
    const { compressed } = await out.deflated();
    expect(inflateRawSync(compressed).toString('utf8')).toBe('<a><b/></a>');
  });

  it('asks for a turn after each buffer it hands to the compressor, and gives it', async () => {
    const out = new ByteWriter(true);
    const big = 'y'.repeat(1 << 20);
    let turns = 0;
    for (let i = 0; i < 24; i++) {
      out.write(big);
      if (out.needsTurn) {
        turns++;
        await out.turn();
        expect(out.needsTurn).toBe(false);
      }
    }
    // One buffer per megabyte written (the first write only fills the first buffer).
    expect(turns).toBeGreaterThanOrEqual(20);
    expect(inflateRawSync((await out.deflated()).compressed).length).toBe(24 << 20);
  });

  it('deflates a part that fits one buffer in one call, to the same deflate stream as the compressor gives', async () => {
    const text = rows(2_000).join('');
    expect(Buffer.byteLength(text)).toBeLessThan(ByteWriter.CHUNK);
    const small = new ByteWriter(true);
    small.write(text);
    expect(small.needsTurn).toBe(false);
    // Handed over as bytes, the same text goes through the compressor (the path of a part larger than a buffer).
    const streamed = new ByteWriter(true);
    streamed.writeBytes(Buffer.from(text, 'utf8'));
    const [a, b] = [await small.deflated(), await streamed.deflated()];
    expect((small as unknown as { stream: unknown }).stream).toBeNull();
    expect(a.compressed.equals(b.compressed)).toBe(true);
    expect([a.crc, a.size]).toEqual([b.crc, b.size]);
    expect(inflateRawSync(a.compressed).toString('utf8')).toBe(text);
  });

  it('reports a compressor that failed after the last turn instead of waiting for it forever', async () => {
    const out = new ByteWriter(true);
    // Two writes of a megabyte: the first buffer is handed to the compressor, which exists from then on.
    out.write('y'.repeat(1 << 20));
    out.write('y'.repeat(1 << 20));
    // zlib fails (out of memory, say) while the run is not waiting on it: nothing more comes.
    (out as unknown as { stream: import('zlib').Gzip }).stream.destroy(new Error('zlib failed'));
    await new Promise((resolve) => setImmediate(resolve));
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('still waiting'), 2000).unref());
    const answer = await Promise.race([out.deflated().then(() => 'resolved', (e: Error) => `refused: ${e.message}`), timeout]);
    expect(answer).toBe('refused: zlib failed');
  });

  it('never asks for a turn when it only collects', () => {
    const out = new ByteWriter();
    out.write('y'.repeat(3 << 20));
    expect(out.needsTurn).toBe(false);
  });

  it('collects the bytes as they are when made without deflate', () => {
    const out = new ByteWriter();
    out.write('表格');
    out.writeBytes(Buffer.from([1, 2]));
    expect([...out.result()]).toEqual([...Buffer.from('表格'), 1, 2]);
  });
});
