import { MethodError, isMethodError } from '../errors';
import { firstUnverified, levelForFirstUnverified, readChecklist } from '../checklist';
import { parseMilestone } from '../lookup';
import { CHECKLIST_LENGTH } from '../methodology/checklist';
import { PROBABILITY_BY_LEVEL, type MilestoneLevel } from '../methodology/milestones';
import { mapRows, toMatrix, width } from './shapes';
import type { Cell, Matrix, RawArg } from './types';

/** True when the range is a checklist: 22 wide (one row or many), or one column of 22. */
function isChecklistShape(m: Matrix): boolean {
  return width(m) === CHECKLIST_LENGTH || (width(m) === 1 && m.length === CHECKLIST_LENGTH);
}

function checklistError(m: Matrix): MethodError {
  const oneLine = m.length === 1 || width(m) === 1;
  return new MethodError('CHECKLIST_LENGTH', { count: oneLine ? m.length * width(m) : width(m) });
}

/**
 * The checklists in a range: a row or a column of 22 cells is one checklist; a range 22 wide
 * and N tall is N checklists, one per row. Each is read into 22 booleans (bad cells are errors).
 */
export function checklistRows(arg: RawArg): boolean[][] {
  const m = toMatrix(arg);
  if (width(m) === CHECKLIST_LENGTH) return mapRows(m.length, (r) => readChecklist(m[r]));
  if (width(m) === 1 && m.length === CHECKLIST_LENGTH) return [readChecklist(m.map((row) => row[0]))];
  throw checklistError(m);
}

/** The milestone level of each checklist in the range. */
export function checklistLevels(arg: RawArg): MilestoneLevel[] {
  return checklistRows(arg).map((verified) => levelForFirstUnverified(firstUnverified(verified)));
}

/** Reads one milestone cell into a probability; `anyProbability` also takes any number 0–1. */
function cellProbability(value: Cell, anyProbability: boolean): number {
  if (anyProbability && typeof value === 'number') {
    if (value >= 0 && value <= 1) return value;
    throw new MethodError('PROBABILITY_RANGE', { value: Number.isNaN(value) ? 'NaN' : value });
  }
  return PROBABILITY_BY_LEVEL[parseMilestone(value)];
}

function columnProbabilities(m: Matrix, anyProbability: boolean): number[] {
  return mapRows(m.length, (r) => cellProbability(m[r][0], anyProbability));
}

/**
 * The probability of each row of an argument that is either checklists (22 cells a row, or a
 * column of 22) or milestones (names, ids, probabilities; one cell or one column). A column
 * of exactly 22 is read as a checklist unless it only makes sense as 22 milestones.
 */
export function probabilities(arg: RawArg, anyProbability: boolean): number[] {
  const m = toMatrix(arg);
  if (isChecklistShape(m)) {
    try {
      return checklistLevels(m).map((level) => PROBABILITY_BY_LEVEL[level]);
    } catch (asChecklist) {
      if (width(m) !== 1 || !isMethodError(asChecklist)) throw asChecklist;
      try {
        return columnProbabilities(m, anyProbability);
      } catch {
        throw asChecklist;
      }
    }
  }
  if (width(m) === 1) return columnProbabilities(m, anyProbability);
  throw checklistError(m);
}
