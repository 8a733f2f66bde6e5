import { FACTORS, FACTOR_MAX } from '../methodology/factors';
import { cellRef, type CellRange } from './a1';
import { ACT } from './activityTab';
import { LEVEL_FILLS } from './columns';
import { IN } from './intensityTab';
import { MS } from './milestonesTab';
import type { ColorScalePlan, ColorScalePoint, ConditionalFormatPlan } from './types';

/**
 * Colour scales on the numbers a manager scans for weak spots (issue 14): red where weak, yellow
 * half-way, green where strong, in Excel's own 3-colour scale colours. Each is given over a block
 * of rows (ruleBlocks.ts): the rows up to the sheet's row 1 000, then 2 000, 4 000, ….
 *
 * - 销售强度 Sales intensity: the five factors' scores, on the fixed scale 0 … FACTOR_MAX, so a
 *   row's weakest factor shows red beside the others. Fixed points, so the rows of a later block
 *   (a rule of their own) are coloured exactly as the earlier ones. The total and the 5K
 *   index follow from the scores and stay plain (each rule costs Sheets' call budget, issue 15).
 * - 业务动作追踪 Activity: the share of asks for the business, against the team (lowest, the
 *   median, highest): the coaching rule is relative too (a share far below the team's rate,
 *   core/activityMix.ts). The reps of a block (the first 998, whichever run adds them) are one
 *   rule, compared with one another; those of a later block among themselves.
 */
export const SCALE_COLORS = { weak: 'F8696B', middle: 'FFEB84', strong: '63BE7B' } as const;

function fixed(sheet: string, range: CellRange, max: number): ColorScalePlan {
  const point = (value: number, color: string): ColorScalePoint => ({ at: 'number', value, color });
  return { sheet, range, low: point(0, SCALE_COLORS.weak), mid: point(max / 2, SCALE_COLORS.middle), high: point(max, SCALE_COLORS.strong) };
}

/** The intensity tab's five scores over the rows `rows` (a block of rows). */
export function intensityScale(sheet: string, rows: CellRange): ColorScalePlan {
  return fixed(sheet, { top: rows.top, bottom: rows.bottom, left: IN.firstScore, right: IN.firstScore + FACTORS.length - 1 }, FACTOR_MAX);
}

/** The activity tab's share of asks over the rows `rows`, against the team's median. */
export function askShareScale(sheet: string, rows: CellRange): ColorScalePlan {
  return {
    sheet,
    range: { top: rows.top, bottom: rows.bottom, left: ACT.askShare, right: ACT.askShare },
    low: { at: 'lowest', color: SCALE_COLORS.weak },
    mid: { at: 'percentile', value: 50, color: SCALE_COLORS.middle },
    high: { at: 'highest', color: SCALE_COLORS.strong },
  };
}

/**
 * The milestone tab's row fill by level (LEVEL_FILLS) over the rows `rows`. The rules reach blank
 * rows below the data (ruleBlocks.ts), where Excel and Sheets take a blank level for 0: that fill
 * asks for a level that is not blank.
 */
export function levelFills(sheet: string, rows: CellRange): ConditionalFormatPlan {
  const level = cellRef(rows.top, MS.level, false).replace(/^([A-Z]+)/, '$$$1');
  return { sheet, range: rows, rules: LEVEL_FILLS.map((fill, n) => ({ formula: n === 0 ? `AND(${level}<>"",${level}=0)` : `${level}=${n}`, fill })) };
}
