/**
 * Errors as Office.js raises them: an `OfficeExtension.Error`-like object whose `code` is one of
 * Excel's error codes (PropertyNotLoaded, ItemAlreadyExists, AccessDenied, ...). Code under test
 * maps codes, never messages, so the fake keeps Excel's codes exactly.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const CODES = {
  propertyNotLoaded: 'PropertyNotLoaded',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  accessDenied: 'AccessDenied',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  cellEditMode: 'InvalidOperationInCellEditMode',
  payloadTooLarge: 'RequestPayloadSizeLimitExceeded',
  responseTooLarge: 'ResponsePayloadSizeLimitExceeded',
  mergedRangeConflict: 'MergedRangeConflict',
  generalException: 'GeneralException',
  apiNotFound: 'ApiNotFound',
  invalidCellAddress: 'InvalidCellAddress',
  /** Not an Excel code: the fake's own refusal of an API newer than the manifest, unguarded. */
  unguarded: 'FakeUnguardedRequirement',
} as const;

/**
 * Messages as a Chinese Excel writes them: Excel localizes `message` and never `code` ("Error
 * codes are not localized"; the message is "a localized string":
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * The wording is that page's zh-CN edition; issue 17 quotes a Chinese Excel's payload message.
 */
export const ZH_MESSAGES: Readonly<Record<string, string>> = {
  AccessDenied: '无法执行所请求的操作。',
  GeneralException: '处理请求时出现内部错误。',
  InvalidArgument: '自变量无效、缺少或格式不正确。',
  InvalidOperation: '尝试的操作对于对象无效。',
  InvalidOperationInCellEditMode: 'Excel 处于“编辑单元格”模式时,该操作不可用。',
  ItemAlreadyExists: '所创建的资源已存在。',
  ItemNotFound: '所请求的资源不存在。',
  MergedRangeConflict: '无法完成操作。表不能与其他表、数据透视表、查询结果、合并单元格或 XML 映射重叠。',
  RequestPayloadSizeLimitExceeded: '请求负载大小已超过限制。',
  ResponsePayloadSizeLimitExceeded: '响应负载大小已超过限制。',
};

/** The error as an Excel in `displayLanguage` reports it: same code and location, the message in that language. */
export function localized(error: unknown, displayLanguage: string): unknown {
  if (!(error instanceof FakeOfficeError) || !displayLanguage.toLowerCase().startsWith('zh')) return error;
  const zh = ZH_MESSAGES[error.code];
  return zh === undefined ? error : new FakeOfficeError(error.code, zh, error.debugInfo.errorLocation);
}

export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    CODES.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** The Office error code a call or a sync fails with, or undefined when it does not fail (tests). */
export async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    if (typeof p === 'function') p();
    else await p;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}
