import { rangeRef } from '../../core/layout/a1';
import type { PlanWarning } from '../../core/layout';
import '../../core/fileErrors';
import { MethodError } from '../../core/errors';
import { plainWarning } from '../../core/run/summary';
import type { WithheldCells } from './applyToPackage';

/** Ranges named in one note at most; the rest are counted. */
const NAMED = 8;

/**
 * The user is told which cells of our tabs went without our drop-down because a validation of
 * theirs there was kept whole (ruleCut.ts): one note per tab, naming the cells.
 */
export function withheldNotes(withheld: readonly WithheldCells[]): PlanWarning[] {
  return withheld.map(({ sheet, cells }) => {
    const sorted = [...cells].sort((a, b) => a.left - b.left || a.top - b.top);
    const names = sorted.slice(0, NAMED).map((r) => (r.top === r.bottom && r.left === r.right ? rangeRef(r).split(':')[0] : rangeRef(r)));
    const more = sorted.length > NAMED ? ` (+${sorted.length - NAMED})` : '';
    return plainWarning(new MethodError('FILE_VALIDATION_KEPT', { sheet, cells: `${names.join(', ')}${more}` }));
  });
}
