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
  apiNotFound: 'ApiNotFound',
  /** Not an Excel code: the fake's own refusal of an API newer than the manifest, unguarded. */
  unguarded: 'FakeUnguardedRequirement',
} as const;

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
