import { say } from '../messages';
import type { Bilingual } from '../methodology/bilingual';
import type { DocumentWord } from './progress';

/** What became of the workbook when a run stopped: nothing written yet, or part of the plan. */
export type Outcome = 'unchanged' | 'partial';

export function outcomeText(outcome: Outcome, document: DocumentWord): Bilingual {
  if (outcome === 'partial') return say('OUTCOME_PARTIAL');
  return say(document === 'spreadsheet' ? 'OUTCOME_UNCHANGED_SPREADSHEET' : 'OUTCOME_UNCHANGED_WORKBOOK');
}
