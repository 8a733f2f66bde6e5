/**
 * A part's text handed to a reader piece by piece, so the largest part (our 50 000-row tabs:
 * 53 million characters, two bytes each once a CJK text is among them) never exists as one
 * string. Each piece ends just after a '>' (an ASCII byte, so never inside a UTF-8 sequence,
 * and never inside a tag unless an attribute value holds a '>'), or at the end.
 */
export interface TextSource {
  /** The next piece, or undefined when the text is done. */
  next(): string | undefined;
}

/** Bytes decoded per piece, at least: a megabyte of sheet XML. */
const PIECE = 1 << 20;

/** A text already whole, as one piece. */
export function textSource(text: string): TextSource {
  let left: string | undefined = text;
  return {
    next() {
      const piece = left;
      left = undefined;
      return piece;
    },
  };
}

/** A part's UTF-8 bytes (a byte order mark skipped), decoded a piece at a time. */
export function bytesSource(bytes: Buffer, piece = PIECE): TextSource {
  let data: Buffer | undefined = bytes;
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return {
    next() {
      if (!data || at >= data.length) {
        // Done: the bytes are let go even if the source is kept.
        data = undefined;
        return undefined;
      }
      const gt = at + piece < data.length ? data.indexOf(0x3e, at + piece) : -1;
      const end = gt < 0 ? data.length : gt + 1;
      const text = data.toString('utf8', at, end);
      at = end;
      return text;
    },
  };
}

/**
 * The text from `from` on with the next pieces appended, at least as much as was kept (so a
 * long element read across many pieces costs linear time, not quadratic); undefined when the
 * source has nothing more.
 */
export function extend(source: TextSource, text: string, from: number): string | undefined {
  let piece = source.next();
  if (piece === undefined) return undefined;
  const kept = text.length - from;
  const parts = [text.slice(from), piece];
  let added = piece.length;
  while (added < kept && (piece = source.next()) !== undefined) {
    parts.push(piece);
    added += piece.length;
  }
  return parts.join('');
}
