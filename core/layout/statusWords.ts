import { normalizeText, sheetText } from '../cells/cellValue';
import { DEAL_STATUS_LABELS, DEFAULT_STATUS_WORDS, TRACKER_STATUS_WORDS, tabStatus, type DealStatus } from './dealStatus';
import type { LayoutContext } from './columns';
import type { PlanBuilder } from './planBuilder';
import { STALE_FIRST_ROW, STALE_LEVELS } from './rubricsTab';
import { cellValue } from './snapshotCell';
import type { PlanCell, SnapshotCell } from './types';

/**
 * 状态词 Status words, on the rubric tab below the stale table: the words of a tracker's stage or
 * status column that mean a deal was won, lost or put on hold (dealStatus.ts's list: Salesforce,
 * HubSpot, Pipedrive, Dynamics, Chinese CRMs), written once for the team to see and to extend
 * with its own CRM's words. Once the table is there it is the list a set-up reads: a word added
 * counts, a word deleted no longer does. Deleting the whole table, its header too, brings the
 * defaults back at the next run.
 */
export const STATUS_WORDS_HEADER_ROW = STALE_FIRST_ROW + STALE_LEVELS + 1;
export const STATUS_WORDS_FIRST_ROW = STATUS_WORDS_HEADER_ROW + 1;
/** The rows a set-up reads of the table: the defaults and room for the team's own. */
export const STATUS_WORDS_MAX_ROWS = 300;
export const STATUS_WORDS_HEADERS = { zh: ['跟踪表中的状态词', '状态'], en: ['Tracker status word', 'Status'] } as const;

type ClosedStatus = keyof typeof TRACKER_STATUS_WORDS;
const CLOSED = Object.keys(TRACKER_STATUS_WORDS) as ClosedStatus[];

/** The table as a run first writes it: headers, then each default word beside its status label. */
export function statusWordRows(ctx: LayoutContext): PlanCell[][] {
  return [[...STATUS_WORDS_HEADERS[ctx.lang]], ...CLOSED.flatMap((status) => TRACKER_STATUS_WORDS[status].map((w): PlanCell[] => [w, DEAL_STATUS_LABELS[status][ctx.lang]]))];
}

/** Whether a rubric tab's rows hold the table (its header cell is not blank). */
export function hasStatusWords(rows: readonly (readonly SnapshotCell[] | undefined)[]): boolean {
  const header = cellValue(rows[STATUS_WORDS_HEADER_ROW]?.[0] ?? null);
  return header !== null && header !== undefined && header !== '';
}

/**
 * Whether the rows the table takes (its header, our defaults and the rows left for the team's
 * words, first two columns) are empty on a rubric tab made by an earlier version: only then is the
 * table added, so a note a user typed below the stale thresholds is never written over.
 */
export function roomForStatusWords(rows: readonly (readonly SnapshotCell[] | undefined)[]): boolean {
  for (let r = STATUS_WORDS_HEADER_ROW; r < STATUS_WORDS_FIRST_ROW + STATUS_WORDS_MAX_ROWS; r++) {
    for (let c = 0; c < 2; c++) {
      const v = cellValue(rows[r]?.[c] ?? null);
      if (v !== null && v !== undefined && v !== '') return false;
    }
  }
  return true;
}

/**
 * The words a tracker's status is read by: the table's rows (a word, and a status label in either
 * language as the milestone tab's dropdown offers them; a row whose status is none of them, or
 * whose word is blank, counts for nothing), or the defaults when the tab has no table.
 */
export function statusWords(rows: readonly (readonly SnapshotCell[] | undefined)[] | undefined): ReadonlyMap<string, DealStatus> {
  if (!rows || !hasStatusWords(rows)) return DEFAULT_STATUS_WORDS;
  const words = new Map<string, DealStatus>();
  for (let r = STATUS_WORDS_FIRST_ROW; r < STATUS_WORDS_FIRST_ROW + STATUS_WORDS_MAX_ROWS; r++) {
    const word = normalizeText(sheetText(cellValue(rows[r]?.[0] ?? null)));
    const status = tabStatus(cellValue(rows[r]?.[1] ?? null));
    if (word !== '' && status !== 'open' && status !== 'removed') words.set(word, status);
  }
  return words;
}

/** Writes the table with its defaults and the status dropdown beside each word, and room for more. */
export function planStatusWords(plan: PlanBuilder, sheet: string): void {
  const rows = statusWordRows(plan.ctx);
  plan.writes.push({ sheet, row: STATUS_WORDS_HEADER_ROW, col: 0, values: rows });
  const labels = CLOSED.map((s) => DEAL_STATUS_LABELS[s][plan.ctx.lang]);
  const range = { top: STATUS_WORDS_FIRST_ROW, bottom: STATUS_WORDS_FIRST_ROW + STATUS_WORDS_MAX_ROWS - 1, left: 1, right: 1 };
  plan.validations.push({ sheet, range, rule: { kind: 'list', values: labels } });
}
