/**
 * How core reads the cells of our milestone tab: the same rules the tab's native formulas follow
 * (milestonesTab.ts writes them, funnelTab.ts sums them), so the terminal, the panes and the
 * recalculated workbook give the same numbers for whatever users type or paste there. Each rule
 * is what a formula can do in Excel, Sheets, LibreOffice and HyperFormula alike, written once
 * here and once as a formula; test/layout/oneTruth.*.test.ts checks the two against each other.
 */
import { isSheetBlank, sheetText, sheetTrim } from '../cells/cellValue';
import { readTick } from '../cells/checkmark';
import { CHECKLIST_LENGTH } from '../methodology/checklist';
import { MS } from './milestonesTab';

/**
 * A row the funnel counts: its opportunity or its customer is not blank. Blank is what
 * TRIM(cell)="" says (empty or spaces), so a row a user emptied but whose formulas stayed is no
 * opportunity, in core as in the tab's COUNTIF.
 */
export function isCountedRow(values: readonly unknown[]): boolean {
  return !isSheetBlank(values[MS.opportunity]) || !isSheetBlank(values[MS.customer]);
}

/**
 * A rep as the funnel compares reps: TRIM(rep) compared with "=", which ignores case and treats
 * *, ?, ~, <, >, = as the characters they are. So "Ann" and "ann " are one rep, "Ann*" is not
 * "Ann", and "Ann" is not "Anne". Numbers compare as their text (a rep 7 is "7").
 */
export function repKey(value: unknown): string {
  if (typeof value !== 'string') return sheetTrim(sheetText(value)).toLowerCase();
  let key = REP_KEYS.get(value);
  if (key === undefined) {
    key = sheetTrim(value).toLowerCase();
    // Reps and customers repeat down a list, and a run keys each opportunity two or three times
    // (deals, the intensity view, the rows by rep): each text is lowered once. Bounded.
    if (REP_KEYS.size >= 20_000) REP_KEYS.clear();
    REP_KEYS.set(value, key);
  }
  return key;
}

/** Texts as repKey gives them. */
const REP_KEYS = new Map<string, string>();

/** A rep's name as the rep table and the terminal show it: trimmed, otherwise as first typed. */
export function repLabel(value: unknown): string {
  return sheetTrim(sheetText(value));
}

/** The rep filter cell (or --rep): blank (empty or spaces) means every rep, as TRIM(filter)="". */
export function isAllReps(filter: unknown): boolean {
  return isSheetBlank(filter);
}

export interface TabTicks {
  readonly verified: readonly boolean[];
  readonly unknown: readonly number[];
}

const isUnticked = (v: unknown) => v === null || v === undefined || v === '' || v === false;
const NONE_TICKED: TabTicks = Object.freeze({ verified: Object.freeze(new Array<boolean>(CHECKLIST_LENGTH).fill(false)), unknown: Object.freeze([]) });

/**
 * The 22 checklist cells of a row read by the tick rule: ticked or not, and the items holding
 * something that is no tick mark at all. A row with no box ticked (every new row) shares one
 * answer: planning 50 000 new rows reads each twice (its formulas' values, the pipeline).
 */
export function readTabTicks(values: readonly unknown[]): TabTicks {
  // Cells past the row's end are blank: a new row's values stop at its leading cells, and
  // reading past an array's end is a slow load, 22 times per row.
  const present = Math.min(CHECKLIST_LENGTH, values.length - MS.checklist);
  let blank = 0;
  while (blank < present && isUnticked(values[MS.checklist + blank])) blank++;
  if (blank >= present) return NONE_TICKED;
  const verified = new Array<boolean>(CHECKLIST_LENGTH);
  const unknown: number[] = [];
  for (let i = 0; i < CHECKLIST_LENGTH; i++) {
    const v = values[MS.checklist + i];
    if (v === true) verified[i] = true;
    else if (isUnticked(v)) verified[i] = false;
    else {
      const reading = readTick(v);
      verified[i] = reading === 'ticked';
      if (reading === 'unknown') unknown.push(i);
    }
  }
  return { verified, unknown };
}
