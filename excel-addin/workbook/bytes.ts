/** UTF-8 length of a string, as it travels in a request body (no TextEncoder needed). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/** Excel on the web refuses a request over 5 MB; we stay well under it, allowing for envelope. */
export const REQUEST_BUDGET = 4_000_000;
/** What one queued operation costs beyond its data (object path, property name, ids). */
export const OP_OVERHEAD = 300;

/**
 * Excel on the web refuses a response over 5 MB. Reads plan their pieces from a sample of the
 * cells, so they keep a small margin (columnRead.ts); a refused read is made again in halves.
 */
export const RESPONSE_BUDGET = 4_800_000;
