import { CODES, FakeOfficeError, localized } from './errors';
import type { FormulaEvaluator, Scalar, SheetModel, WorkbookModel } from './model';
import type { FakeRequirements } from './requirements';

/** One queued instruction: what travels in the request (`wire`) and what Excel then does (`run`). */
export interface Op {
  wire: unknown;
  run: () => unknown;
}

/** Excel on the web refuses a request (or response) over 5 MB; counted as 5 000 000 bytes, the stricter reading. */
export const PAYLOAD_LIMIT = 5_000_000;

/** Five million cells per get operation (https://learn.microsoft.com/office/dev/add-ins/excel/performance). */
export const CELL_LIMIT = 5_000_000;

// Its own count, not excel-addin/workbook/bytes.ts's: the fake measures the request the add-in only estimates.
function utf8Length(text: string): number {
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

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  ops: number;
}

/**
 * The batch: proxies queue operations, `sync()` sends them as one request. Counts syncs and the
 * UTF-8 size of each request's JSON; refuses one over the limit before applying anything, as
 * Excel does. Operations run in order; one that fails stops the batch, and those before it stay
 * applied (Excel has no rollback).
 */
export class FakeBatch {
  private pending: Op[] = [];
  readonly syncs: SyncRecord[] = [];

  private responses: (() => void)[] = [];

  constructor(
    readonly model: WorkbookModel,
    readonly requirements: FakeRequirements,
    readonly limit = PAYLOAD_LIMIT,
    /** Excel on the web refuses a response over 5 MB too; Infinity turns the check off. */
    readonly responseLimit = PAYLOAD_LIMIT,
    /** Calculates formulas when their values are read; without one a formula cell reads as ''. */
    readonly evaluate?: FormulaEvaluator,
    /** Office's display language: a Chinese Excel words its error messages in Chinese. */
    readonly displayLanguage = 'en-US',
    /**
     * The code of a response past the limit: ResponsePayloadSizeLimitExceeded as documented
     * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
     * or GeneralException, the internal error (HTTP 500) Excel on the web has answered for a large
     * read (OfficeDev/office-js-docs issue 1247).
     */
    readonly tooLargeCode: string = CODES.responseTooLarge,
    /**
     * Cells a `values` (or `formulas`) load may hold: "a range is limited to five million cells for
     * get operations", and past it Excel may return null instead of an error (office-js issues
     * 4783 and 6781; the note office-js-docs-pr 5821 adds to the performance page).
     */
    readonly cellLimit = CELL_LIMIT,
  ) {}

  /** A cell as `Range.values` returns it: its constant, or its formula's calculated value ('' with no evaluator). */
  shownValue(sheet: SheetModel, r: number, c: number): Scalar {
    if (sheet.formula(r, c) !== undefined) return this.evaluate ? this.evaluate.valueOf(this.model, sheet, r, c) : '';
    return sheet.value(r, c) ?? '';
  }

  /** Load operations hand their values to proxies only once the response is accepted. */
  onResponse(deliver: () => void): void {
    this.responses.push(deliver);
  }

  /** Test hook: what a user changes just before the sync with this 0-based index. */
  readonly before = new Map<number, () => void>();

  /** Test hook: the sync with this 0-based index fails after applying `after` of its operations. */
  fault: { sync: number; after: number; error: Error } | null = null;

  queue(op: Op): void {
    this.pending.push(op);
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  async sync(): Promise<void> {
    try {
      await this.run();
    } catch (e) {
      throw localized(e, this.displayLanguage);
    }
  }

  private async run(): Promise<void> {
    this.before.get(this.syncs.length)?.();
    const ops = this.pending;
    this.pending = [];
    const requestBytes = utf8Length(JSON.stringify(ops.map((o) => o.wire)));
    const record: SyncRecord = { requestBytes, responseBytes: 0, ops: ops.length };
    this.syncs.push(record);
    if (requestBytes > this.limit) {
      throw new FakeOfficeError(CODES.payloadTooLarge, `The request payload size has exceeded the limit (${requestBytes} > ${this.limit} bytes).`);
    }
    if (this.model.cellEditMode && ops.length > 0) {
      throw new FakeOfficeError(CODES.cellEditMode, 'This operation is not allowed while Excel is in cell-editing mode.');
    }
    const loaded: unknown[] = [];
    this.responses = [];
    const fault = this.fault && this.fault.sync === this.syncs.length - 1 ? this.fault : null;
    for (const [i, op] of ops.entries()) {
      if (fault && i === fault.after) throw fault.error;
      const out = op.run();
      if (out !== undefined) loaded.push(out);
    }
    record.responseBytes = utf8Length(JSON.stringify(loaded));
    if (record.responseBytes > this.responseLimit) {
      throw new FakeOfficeError(this.tooLargeCode, `The response payload size has exceeded the limit (${record.responseBytes} > ${this.responseLimit} bytes).`);
    }
    for (const deliver of this.responses) deliver();
    await Promise.resolve();
  }
}
