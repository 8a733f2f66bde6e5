import { parseCheckmark } from './cells/checkmark';
import { MethodError } from './errors';
import { BUYER_STAGES, type BuyerStage } from './methodology/buyerStages';
import { CHECKLIST, CHECKLIST_LENGTH, type ChecklistItem } from './methodology/checklist';
import { MILESTONES, type MilestoneLevel } from './methodology/milestones';

/** For each milestone level L (1..6), the checklist index just past its last item. */
const MILESTONE_END: readonly number[] = (() => {
  const ends = [0];
  let end = 0;
  for (const m of MILESTONES) {
    end += m.items.length;
    ends.push(end);
  }
  return ends;
})();

/** Checklist index of the first item of each buyer stage run, with the stage (K07 skipped). */
const STAGE_OF_INDEX: readonly (BuyerStage | null)[] = CHECKLIST.map(
  (item) => BUYER_STAGES.find((s) => s.id === item.stage) ?? null,
);

/**
 * Reads the 22 checklist cells of one opportunity into booleans.
 * `cells` is any array-like of exactly 22 cell values, K01 first.
 */
export function readChecklist(cells: ArrayLike<unknown>): boolean[] {
  if (cells.length !== CHECKLIST_LENGTH) throw new MethodError('CHECKLIST_LENGTH', { count: cells.length });
  const verified = new Array<boolean>(CHECKLIST_LENGTH);
  for (let i = 0; i < CHECKLIST_LENGTH; i++) verified[i] = parseCheckmark(cells[i], CHECKLIST[i].id);
  return verified;
}

/** Index of the first unverified item, or 22 when every item is verified. */
export function firstUnverified(verified: readonly boolean[]): number {
  let i = 0;
  while (i < CHECKLIST_LENGTH && verified[i]) i++;
  return i;
}

/** first unverified index (0..22) → milestone level; a table so the hot loop does one load. */
const LEVEL_BY_FIRST_UNVERIFIED: readonly MilestoneLevel[] = Array.from({ length: CHECKLIST_LENGTH + 1 }, (_, first) => {
  let level = 0;
  while (level < 6 && MILESTONE_END[level + 1] <= first) level++;
  return level as MilestoneLevel;
});

/** The highest milestone reached when items before `first` are all verified and `first` is not. */
export function levelForFirstUnverified(first: number): MilestoneLevel {
  return LEVEL_BY_FIRST_UNVERIFIED[first];
}

/**
 * The milestone an opportunity has reached: the highest whose items, and every earlier
 * milestone's items, are verified (strict gating). 0 is not qualified.
 */
export function milestoneLevel(verified: readonly boolean[]): MilestoneLevel {
  return levelForFirstUnverified(firstUnverified(verified));
}

/**
 * Items ticked while an earlier item is not: they do not count toward the milestone, and a
 * manager should see them (either the earlier item was forgotten, or the later one is premature).
 */
export function outOfOrderItems(verified: readonly boolean[]): ChecklistItem[] {
  const first = firstUnverified(verified);
  const out: ChecklistItem[] = [];
  for (let i = first + 1; i < CHECKLIST_LENGTH; i++) if (verified[i]) out.push(CHECKLIST[i]);
  return out;
}

/** The buyer's current stage: the first stage with an unverified item; all verified → 感受反馈. */
export function buyerStage(verified: readonly boolean[]): BuyerStage {
  for (let i = 0; i < CHECKLIST_LENGTH; i++) {
    const stage = STAGE_OF_INDEX[i];
    if (stage && !verified[i]) return stage;
  }
  return BUYER_STAGES[BUYER_STAGES.length - 1];
}

/** The next step: the first unverified item, or null when every item is verified. */
export function nextStep(verified: readonly boolean[]): ChecklistItem | null {
  const first = firstUnverified(verified);
  return first < CHECKLIST_LENGTH ? CHECKLIST[first] : null;
}

/** Everything a manager reads off one checklist. */
export interface ChecklistReport {
  level: MilestoneLevel;
  buyerStage: BuyerStage;
  nextStep: ChecklistItem | null;
  outOfOrder: ChecklistItem[];
}

export function checklistReport(cells: ArrayLike<unknown>): ChecklistReport {
  const verified = readChecklist(cells);
  return {
    level: milestoneLevel(verified),
    buyerStage: buyerStage(verified),
    nextStep: nextStep(verified),
    outOfOrder: outOfOrderItems(verified),
  };
}
