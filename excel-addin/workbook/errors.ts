import { MethodError, isMethodError, type ErrorCode } from '../../core/errors';

/** What became of the workbook when an action stopped. */
export type Outcome = 'unchanged' | 'partial';

const OUTCOME = {
  unchanged: { zh: '工作簿未做任何修改。', en: 'Nothing in the workbook was changed.' },
  partial: {
    zh: '部分内容已写入;问题解决后再运行一次即可补全,已写入的不会重复添加。',
    en: 'Part of it was written; run it again once this is fixed to complete it, and nothing is added twice.',
  },
} as const;

export function hostError(code: ErrorCode, outcome: Outcome, params: Record<string, string | number> = {}): MethodError {
  return new MethodError(code, { ...params, outcome: OUTCOME[outcome].zh, outcomeEn: OUTCOME[outcome].en });
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
