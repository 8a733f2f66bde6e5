/**
 * Which rows a set-up gives a keyed tab's colour rules (the milestone levels' fills, the colour
 * scales): blocks ending at the sheet's rows 1 000, 2 000, 4 000, … (1 000 × 2^k), not the rows
 * each run adds. Every host appends the rules a plan gives, and none reads them back (in Sheets
 * each rule's range and colour is a call), so rules given per run piled up: seven fills more on
 * the milestone tab for every set-up that added an opportunity. By blocks, a tab gains a rule set
 * only when its rows double past a block (at most 7 sets by 50 000 rows), whatever the number of runs.
 *
 * The first block ends at row 1 000: the rows of a new Sheets tab, so a team's first set-up needs
 * no more grid. The last row the rules reach is kept on the tab's marker row (RULES_BOUND_CELL,
 * read with the first rows by every host, as the log and pipeline bounds are); a tab without it
 * (one an earlier version set up, its rules down to its table's last row, a set per set-up that
 * added rows: the .xlsx host gathers those, xlsx/write/ownRules.ts) takes that row. The
 * rules cover blank rows below the data: they give those no colour (levelFills guards the level
 * 0 fill; colour scales skip blanks). Rows a user deletes inside the tab shorten the rules'
 * ranges while the bound stays: the .xlsx host brings them back down to the bound whenever it
 * writes the tab (xlsx/write/ownRules.ts); in Excel and Sheets, which do not read rules back,
 * that many rows at the block's end go without colours until the data passes the bound.
 */
import { cellValue } from './snapshotCell';
import type { OurTab } from './tabs';

export const RULES_BOUND_CELL = { row: 0, col: 1 } as const;
/** Sheet rows in the first block: a new Sheets tab's grid. */
export const RULE_BLOCK_ROWS = 1000;

/** The last row (0-based) of the block holding `row`; the last block ends at Excel's last row (2^20). */
export function blockBound(row: number): number {
  let rows = RULE_BLOCK_ROWS;
  while (rows - 1 < row) rows *= 2;
  return Math.min(rows, 2 ** 20) - 1;
}

/**
 * The rows (0-based) to give the rules to for a tab whose data will end at `lastRow`: from below
 * the rows they reach (the bound on `tab`'s marker row, at least `reached`) to the end of the
 * block holding `lastRow`; none when they reach it already.
 */
export function ruleRows(tab: OurTab | undefined, lastRow: number, reached: number): { top: number; bottom: number } | undefined {
  const kept = tab && rulesBound(tab);
  const bound = kept === undefined ? reached : Math.max(kept, reached);
  return lastRow > bound ? { top: bound + 1, bottom: blockBound(lastRow) } : undefined;
}

/** The last row (0-based) the tab's colour rules reach, as its marker row keeps it; none on a tab an earlier version set up. */
export function rulesBound(tab: OurTab): number | undefined {
  const cell = cellValue(tab.sheet.rows[RULES_BOUND_CELL.row]?.[RULES_BOUND_CELL.col] ?? null);
  return typeof cell === 'number' && Number.isInteger(cell) ? cell : undefined;
}
