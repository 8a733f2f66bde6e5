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

/** Bytes that come in one piece up to this size are decoded in one piece. */
const WHOLE_TEXT = 8 << 20;

/** The same, from bytes that come as they are inflated. */
export async function* textPiecesAsync(bytes: AsyncIterable<Buffer>, piece = 1 << 20): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const b of bytes) {
    // A part inflated whole (a few MB at most, zipRead.ts) is read as one piece, as it came.
    if (b.length <= WHOLE_TEXT) yield decoder.write(b);
    else yield* decodedPieces(decoder, b, piece);
  }
  yield decoder.end();
}
