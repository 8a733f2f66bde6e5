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

/**
 * An Office.js failure as one bilingual message. Codes, not messages, decide: Excel localizes
 * messages. `sheet` names the sheet being written when known.
 */
export function mapExcelError(error: unknown, outcome: Outcome, sheet = ''): MethodError {
  if (isMethodError(error)) return error;
  const e = (error ?? {}) as OfficeLikeError;
  const code = e.code ?? 'Unknown';
  const detail = e.message ?? String(error);
  switch (code) {
    case 'AccessDenied':
      return /workbook/i.test(detail) ? hostError('EXCEL_WORKBOOK_PROTECTED', outcome) : hostError('EXCEL_PROTECTED', outcome, { sheet });
    case 'InvalidOperationInCellEditMode':
      return hostError('EXCEL_CELL_EDIT', outcome);
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return hostError('EXCEL_TOO_MUCH_DATA', outcome, { detail: `超过 5 MB 的单次请求 (${code})`, detailEn: `a single request over 5 MB (${code})` });
    case 'ItemAlreadyExists':
      return hostError('EXCEL_CHANGED', outcome, { name: /'([^']+)'/.exec(detail)?.[1] ?? '' });
    case 'InvalidOperation':
      if (/merge/i.test(detail)) return hostError('EXCEL_MERGED', outcome, { sheet });
      return hostError('EXCEL_FAILED', outcome, { code, detail });
    default:
      return hostError('EXCEL_FAILED', outcome, { code, detail });
  }
}
