import { say } from '../messages';
import type { Bilingual } from '../methodology/bilingual';

export type Stage = 'read' | 'plan' | 'write' | 'done';

/** One stage of a run as every pane shows it: how far (0..1) and what is happening, zh and en. */
export interface RunProgress extends Bilingual {
  readonly step: Stage;
  readonly done: number;
}

/** What the host calls its document in the messages: Excel's workbook, Google's spreadsheet. */
export type DocumentWord = 'workbook' | 'spreadsheet';

const WRITE_FROM = 0.35;
const WRITE_SHARE = 0.65;

/** The stage's progress; during 'write', `fraction` is the part of the plan's steps written. */
export function stageProgress(step: Stage, document: DocumentWord, fraction = 0): RunProgress {
  switch (step) {
    case 'read':
      return { step, done: 0.1, ...say(document === 'spreadsheet' ? 'STAGE_READ_SPREADSHEET' : 'STAGE_READ_WORKBOOK') };
    case 'plan':
      return { step, done: 0.3, ...say('STAGE_PLAN') };
    case 'write':
      return { step, done: WRITE_FROM + WRITE_SHARE * fraction, ...say('STAGE_WRITE') };
    case 'done':
      return { step, done: 1, ...say('STAGE_DONE') };
  }
}
