// Excel's part of the error catalogue (registers its codes).
import '../../core/excelErrors';
import { MethodError, isMethodError, type ErrorCode } from '../../core/errors';
import { outcomeText, type Outcome } from '../../core/run';

export type { Outcome };

export function hostError(code: ErrorCode, outcome: Outcome, params: Record<string, string | number> = {}): MethodError {
  const said = outcomeText(outcome, 'workbook');
  return new MethodError(code, { ...params, outcome: said.zh, outcomeEn: said.en });
}

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string; message?: string };
}

/** Something a request adds: a sheet, a table, workbook names (anchors). */
export interface Added {
  readonly kind: 'sheet' | 'table' | 'name';
  readonly name: string;
}

/** What the caller knows of the failing request: the sheet last written, what it added. */
export interface FailureContext {
  /** The sheet the last queued write went to. */
  readonly sheet?: string;
  readonly adds?: readonly Added[];
}

/** Where Excel says it failed (`debugInfo.errorLocation`, "WorksheetCollection.add") → the kind of thing it was adding. */
function kindAt(location: string): Added['kind'] | undefined {
  if (/^(Workbook|WorksheetCollection)\b/.test(location)) return 'sheet';
  if (/^Table(Collection)?\b/.test(location)) return 'table';
  if (/^NamedItem(Collection)?\b/.test(location)) return 'name';
  return undefined;
}

/** Excel's codes for a request or a response past Excel on the web's 5 MB. */
export const PAYLOAD_CODES: ReadonlySet<string> = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

/**
 * An Office.js failure as one bilingual message, decided by `error.code` (and where Excel says it
 * failed, `debugInfo.errorLocation`), never by the message: Excel writes messages in the user's
 * language ("Error codes are not localized", the message is "a localized string", not meant for
 * end users: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export function mapExcelError(error: unknown, outcome: Outcome, where: FailureContext = {}): MethodError {
  if (isMethodError(error)) return error;
  const e = (error ?? {}) as OfficeLikeError;
  const code = e.code ?? 'Unknown';
  const detail = e.message ?? String(error);
  const location = e.debugInfo?.errorLocation ?? '';
  const sheet = where.sheet ?? '';
  const adds = where.adds ?? [];
  const kind = kindAt(location);
  switch (code) {
    case 'AccessDenied':
      // Adding a sheet to a protected workbook structure, or writing a protected sheet.
      return kind === 'sheet' || (location === '' && adds.some((a) => a.kind === 'sheet')) ? hostError('EXCEL_WORKBOOK_PROTECTED', outcome) : hostError('EXCEL_PROTECTED', outcome, { sheet });
    case 'InvalidOperationInCellEditMode':
      return hostError('EXCEL_CELL_EDIT', outcome);
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return hostError('EXCEL_TOO_MUCH_DATA', outcome, { code });
    case 'ItemAlreadyExists':
      return hostError('EXCEL_CHANGED', outcome, { name: adds.filter((a) => kind === undefined || a.kind === kind).map((a) => a.name).join(', ') });
    case 'MergedRangeConflict':
      return hostError('EXCEL_MERGED', outcome, { sheet });
    default:
      return hostError('EXCEL_FAILED', outcome, { code, detail });
  }
}
