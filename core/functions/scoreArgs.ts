import { MethodError } from '../errors';
import { readScores } from '../intensity';
import { FACTORS } from '../methodology/factors';
import { FIVE_SCORES } from './params';
import { at, isOmitted, mapRows, sideBySide, toMatrix, width } from './shapes';
import type { Cell, RawArg } from './types';

/**
 * The five scores of each row, read from what the user passed: five cells, five columns of
 * equal height (single cells repeat), or one range five columns wide with the rest left out.
 * Every score is checked (0–20, blank 0); the result has one entry per row.
 */
export function scoreRows(args: readonly RawArg[]): number[][] {
  const rest = args.slice(1, FACTORS.length);
  const given = rest.filter((a) => !isOmitted(a)).length;
  if (given === 0) {
    const m = toMatrix(args[0]);
    if (isOmitted(args[0]) || width(m) !== FACTORS.length) {
      throw new MethodError('FACTOR_COUNT', { count: isOmitted(args[0]) ? 0 : width(m) });
    }
    return mapRows(m.length, (r) => readScores(m[r]));
  }
  if (width(toMatrix(args[0])) === FACTORS.length) throw new MethodError('SCORES_EXTRA');
  if (given !== FACTORS.length - 1 || isOmitted(args[0])) {
    throw new MethodError('FACTOR_COUNT', { count: given + (isOmitted(args[0]) ? 0 : 1) });
  }
  const { columns, n } = sideBySide(args, FIVE_SCORES);
  const row = new Array<Cell>(FACTORS.length);
  return mapRows(n, (r) => {
    for (let f = 0; f < FACTORS.length; f++) row[f] = at(columns[f], r);
    return readScores(row);
  });
}
