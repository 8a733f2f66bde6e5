import { MethodError, isMethodError, showValue } from '../errors';
import type { Lang } from '../methodology/bilingual';
import type { FunctionDeclaration, RawArg, ResultMatrix } from './types';

/**
 * Runs a declaration on the arguments a host passed. Any failure comes out as a MethodError:
 * bad input as itself, anything unexpected as INTERNAL, so a host never shows a crash.
 */
export function invoke(declaration: FunctionDeclaration, args: readonly RawArg[], lang: Lang): ResultMatrix {
  try {
    return declaration.implementation(args, lang);
  } catch (e) {
    if (isMethodError(e)) throw e;
    const detail = e instanceof Error ? e.message : showValue(e);
    throw new MethodError('INTERNAL', { detail: `${declaration.id}: ${detail}` });
  }
}

/** The message a host shows for an error: both languages, the user's first. */
export function errorMessage(error: MethodError, lang: Lang): string {
  return error.messageFor(lang);
}

/** zh for a Chinese locale or display language (zh, zh-CN, zh_TW, …), en otherwise. */
export function langOfLocale(locale: unknown): Lang {
  return typeof locale === 'string' && /^zh([-_]|$)/i.test(locale.trim()) ? 'zh' : 'en';
}
