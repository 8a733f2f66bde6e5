import { StringDecoder } from 'string_decoder';

/**
 * A part's UTF-8 bytes as text a piece at a time (a megabyte of bytes each), for
 * SheetRowReader: the largest part (our 50 000-row tabs: 53 million characters) never exists
 * as one string. A character cut between two pieces comes whole with the second.
 */
export function* textPieces(bytes: Iterable<Buffer>, piece = 1 << 20): Generator<string> {
  const decoder = new StringDecoder('utf8');
  for (const b of bytes) yield* decodedPieces(decoder, b, piece);
  yield decoder.end();
}

/** One buffer's text, a piece of bytes at a time, through the decoder that carries a cut character over. */
function* decodedPieces(decoder: StringDecoder, b: Buffer, piece: number): Generator<string> {
  for (let at = 0; at < b.length; at += piece) yield decoder.write(b.subarray(at, at + piece));
}

/** A part that comes in one piece up to this size is decoded in one piece. */
const WHOLE_TEXT = 8 << 20;

/**
 * Characters of a part that comes in several pieces decoded at a time: a string under V8's
 * large-object size (128 KB; 32 K characters are 64 KB even when two bytes each) is made in the
 * young generation and dies there. Megabyte strings went to the large-object space and stayed
 * until a full collection: ~70 MB of them still held when planning began on the 50 000-row
 * re-run, which the heap then grew on.
 */
const STREAMED_PIECE = 1 << 15;

/** The same, from bytes that come as they are inflated. */
export async function* textPiecesAsync(bytes: AsyncIterable<Buffer>, piece = STREAMED_PIECE): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  const it = bytes[Symbol.asyncIterator]();
  try {
    const first = await it.next();
    if (!first.done) {
      let next = await it.next();
      // A part inflated whole (a few MB at most, zipRead.ts) is read as one piece, as it came.
      if (next.done && first.value.length <= WHOLE_TEXT) yield decoder.write(first.value);
      else {
        yield* decodedPieces(decoder, first.value, piece);
        for (; !next.done; next = await it.next()) yield* decodedPieces(decoder, next.value, piece);
      }
    }
    yield decoder.end();
  } finally {
    // Stopped early (a limit passed): the inflater is let go, as for-await would.
    await it.return?.();
  }
}
