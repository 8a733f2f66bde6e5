/// <reference types="office-js" />
import { hostError } from './errors';

/**
 * Excel's answers to a read too large for it, each met by reading less at a time:
 * ResponsePayloadSizeLimitExceeded (Excel on the web's 5 MB,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * and GeneralException, the "internal error" (HTTP 500) Excel on the web has answered for a large
 * read (OfficeDev/office-js-docs issue 1247). A GeneralException for another reason is met the
 * same way, and thrown once a piece of one row still fails.
 */
export const isResponseTooLarge = (e: unknown): boolean => {
  const code = (e as { code?: string } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'GeneralException';
};

/**
 * A range's `values` as Excel gave them, or true when it gave none: past five million cells Excel
 * may return null instead of an error (office-js issues 4783 and 6781; office-js-docs-pr 5821).
 */
export const valuesMissing = (values: unknown): boolean => !Array.isArray(values);

/** A read that failed even in pieces of one row. */
export function tooMuchToRead(): Error {
  return hostError('EXCEL_ROW_TOO_LARGE', 'unchanged');
}

/** How a read is cut into round trips (reader.ts: whole rows of sheets; columnRead.ts: columns). */
export interface BatchSpec<P> {
  /** Takes the next round trip's pieces off the front of the queue: at least one, as many as fit a response. */
  take(queue: P[]): P[];
  /** Queues a piece's load. */
  load(piece: P): Excel.Range;
  /** A piece of one row: when Excel refuses only such pieces, nothing smaller can be asked. */
  single(piece: P): boolean;
  /** A refused piece, to be asked again with its size guessed larger (so cut smaller). */
  smaller(piece: P): P;
  /** A piece's values as Excel gave them. */
  got(piece: P, values: unknown[][]): void;
  /**
   * Loads that travel with the first round trip (the merged areas, mergedRead.ts); it returns
   * what to do once they are back. A round trip carrying them that fails, whatever the error, is
   * made again without them (a sheet past 512 merged areas must not stop the read).
   */
  rider?: () => () => void;
}

/**
 * The one "sync a batch; too large or no values → ask again smaller" loop of the Excel reads: a
 * round trip per batch `take` cuts, a refused one (isResponseTooLarge, valuesMissing) asked again
 * with its pieces' estimates doubled. Returns the round trips made.
 */
export async function syncBatches<P>(context: Excel.RequestContext, queue: P[], spec: BatchSpec<P>): Promise<number> {
  let syncs = 0;
  let rider = spec.rider;
  while (queue.length > 0 || rider) {
    const batch = queue.length > 0 ? spec.take(queue) : [];
    const loads = batch.map((p) => spec.load(p));
    const finish = rider?.();
    syncs++;
    let refused = false;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per response-sized batch: together they pass Excel on the web's 5 MB cap, and a refused batch is retried smaller
      await context.sync();
      refused = loads.some((l) => valuesMissing(l.values));
    } catch (e) {
      if (finish) {
        rider = undefined;
        queue.unshift(...batch);
        continue;
      }
      if (!isResponseTooLarge(e)) throw e;
      refused = true;
    }
    if (finish) {
      finish();
      rider = undefined;
    }
    if (refused) {
      if (batch.every((p) => spec.single(p))) throw tooMuchToRead();
      queue.unshift(...batch.map((p) => spec.smaller(p)));
      continue;
    }
    batch.forEach((p, i) => spec.got(p, loads[i].values));
  }
  return syncs;
}
