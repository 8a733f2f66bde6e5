import { isMethodError } from '../../core/errors';
import { say } from '../../core/messages';
import type { Bilingual } from '../../core/methodology/bilingual';
import { outcomeText, plainWarning, type Outcome } from '../../core/run';

/** What the sidebar and the menu show when an action stops: both languages, zh first. */
export interface Failure extends Bilingual {
  readonly code: string;
}

export type { Outcome };

/** Google Sheets' own failures; their text is in core's catalogue (core/messages.ts) under SHEETS_<key>. */
type SheetsKey = 'LOCK_TIMEOUT' | 'NO_LOCK' | 'PROTECTED' | 'DUPLICATE_SHEET' | 'FAILED' | 'TIME_LIMIT';

/** Any thrown thing as a bilingual failure; Apps Script's own messages are quoted, not translated. */
export function toFailure(error: unknown, outcome: Outcome): Failure {
  if (isMethodError(error)) return plainWarning(error);
  if (error instanceof SheetsFailure) return error.failure;
  const detail = error instanceof Error ? error.message : String(error);
  const key: SheetsKey = /protected/i.test(detail) ? 'PROTECTED' : /already exists/i.test(detail) ? 'DUPLICATE_SHEET' : 'FAILED';
  const m = say(`SHEETS_${key}`, { detail });
  // "Nothing was changed" is the pane's own closing line; only a partial write needs saying here.
  const tail = outcome === 'partial' ? outcomeText('partial', 'spreadsheet') : { zh: '', en: '' };
  return { code: `SHEETS_${key}`, zh: `${m.zh}${tail.zh && ' ' + tail.zh}`, en: `${m.en}${tail.en && ' ' + tail.en}` };
}

/** A failure the server raises itself, carried through `throw` to the entry point. */
export class SheetsFailure extends Error {
  constructor(readonly failure: Failure) {
    super(`${failure.zh} / ${failure.en}`);
  }
}

export function failure(key: SheetsKey): SheetsFailure {
  return new SheetsFailure({ code: `SHEETS_${key}`, ...say(`SHEETS_${key}`) });
}
