/**
 * Cell contents users produce by typing or pasting into a team's tracker and our milestone tab
 * (issue 12, "one truth"): tick marks of both languages and their opposites, blanks, junk; money
 * text and junk in amount cells; rep and opportunity names with wildcard and comparison
 * characters, spaces, case and duplicates. Shared by the HyperFormula property test and the
 * LibreOffice run, so both engines see the same kinds of workbook.
 */
import fc from 'fast-check';
import type { SnapshotCell } from '../../core/layout';

/** Marks that are ticks: booleans, numbers and text, both languages, full-width, spaces around. */
export const TICK_MARKS: readonly SnapshotCell[] = [true, 1, 'x', 'X', ' x ', '√', '✓', '✔', '☑', '是', '对', '已完成', 'yes', 'YES', 'Yes ', 'y', 'Y', 'TRUE', 'true', '1', 'Ｙｅｓ', 'ｘ', 'Ｘ', '１', 'ｔｒｕｅ'];
/** Marks that say "not ticked". */
export const UNTICK_MARKS: readonly SnapshotCell[] = [false, 0, '否', 'no', 'NO', 'n', 'FALSE', 'false', '0', '☐', '', '  ', null, 'ｎｏ', '０'];
/**
 * Neither: typos, wildcards, a tick with a tab or a no-break space around it (TRIM keeps those),
 * mixed widths, other numbers, text that looks like an error, a formula or an operator.
 */
export const JUNK_MARKS: readonly SnapshotCell[] = ['maybe', '?', '*', '~', '*x', 'x*', 'x|yes', 'yes|x', '\tx', '\u00a0x', 'x\u00a0', '\u3000√', 'Ｙes', '2', 2, -1, 0.5, '#N/A', '=TRUE', '<1', '>0', '已 完成', 'x x', 'tick', '✗', '×'];

/**
 * Amounts: numbers (whole, with cents, zero), blanks and spaces, money text the set-up reads from
 * the tracker (and the tab counts as 0 when typed there), junk, negatives as number and text.
 */
export const AMOUNTS: readonly SnapshotCell[] = [1200, 0, 3956.65, 250000, 88000, null, '', '  ', '3956.65x', '12万', '¥1,200', '1,200', '1200元', '-500', -500, 'n/a', '一百万', '1200', '#N/A', '待定'];

/** Reps: the same person spelled with spaces and case, names that are criteria in COUNTIF, blanks, a number. */
export const REPS: readonly SnapshotCell[] = ['Ann', 'ann', ' Ann', 'Ann ', 'ANN', 'Ann*', 'ann*', 'An?', 'A?n', '~Ann', 'Ann~', '<5', '>5', '=Bob', '<>', '>=3', 'Bob', 'Anne', '李明', '李明 ', '李  明', '李 明', '', '  ', null, 7, '7', '*', '?', '~', '"Q"'];

/** Opportunity and customer names: duplicates, spaces, wildcards, operators, blanks. */
export const NAMES: readonly SnapshotCell[] = ['ERP', 'ERP ', 'erp', 'ERP*', 'E?P', '~x', '<5', '=x', '>=1', 'A  B', '华东精密', '华东精密 ', '', '  ', null, 42, 'x|y'];

/**
 * Status cells (issue 13): the dropdown's labels in both languages, the set-up's "removed", and
 * what users type: case, spaces around (TRIM), a tab or no-break space (kept by TRIM: open), a
 * "|" that could join two labels, blanks, a number, error-looking text, a closed word of the
 * tracker that is no label of the tab (open on the tab).
 */
export const STATUSES: readonly SnapshotCell[] = ['进行中', '赢单', '输单', '暂停', '已从跟踪表移除', 'Open', 'Won', 'Lost', 'On hold', 'Removed from tracker', 'won', ' WON ', 'lost ', 'on  hold', 'On Hold', '\twon', '\u00a0lost', 'won|lost', '|won|', '', '  ', null, 0, 1, '#N/A', 'Closed Won', '丢单', 'maybe', '*', '?'];

const any = (values: readonly SnapshotCell[]) => fc.constantFrom(...values);

/** 22 checklist cells: a run of ticks (so rows reach every milestone), then anything. */
export const checklistCells = fc
  .tuple(fc.integer({ min: 0, max: 22 }), fc.array(any(TICK_MARKS), { minLength: 22, maxLength: 22 }), fc.array(fc.oneof(any(TICK_MARKS), any(UNTICK_MARKS), any(UNTICK_MARKS), any(JUNK_MARKS)), { minLength: 22, maxLength: 22 }))
  .map(([prefix, ticks, rest]) => Array.from({ length: 22 }, (_, k) => (k < prefix ? ticks[k] : rest[k])));

/**
 * Expected close dates (issue 13's periods): days at either edge of a quarter and a month, a date
 * with a time on a period's last day, a plain day number, a date typed as text (in no period),
 * blanks.
 */
export const CLOSES: readonly SnapshotCell[] = [
  new Date(Date.UTC(2027, 0, 1)),
  new Date(Date.UTC(2027, 0, 4)),
  new Date(Date.UTC(2027, 0, 31)),
  new Date(Date.UTC(2027, 1, 1)),
  new Date(Date.UTC(2027, 2, 31, 15, 30)),
  new Date(Date.UTC(2027, 3, 1)),
  new Date(Date.UTC(2027, 5, 30)),
  new Date(Date.UTC(2027, 6, 1)),
  new Date(Date.UTC(2026, 11, 31)),
  46_450,
  '2027-02-01',
  null,
  '',
];

/** A tracker row: opportunity, customer, rep, amount, close date (then stage, blank). */
export const trackerRow = fc.tuple(any(NAMES), any(NAMES), any(REPS), any(AMOUNTS), any(CLOSES)).map(([o, c, rep, amount, close]): SnapshotCell[] => [o, c, rep, amount, close, null]);

/** Dates reached a milestone as a tab may hold them: dates before and after the run's (2027-01-04), day numbers, text, blanks. */
export const SINCES: readonly SnapshotCell[] = [
  new Date(Date.UTC(2026, 9, 1)),
  new Date(Date.UTC(2026, 11, 20)),
  new Date(Date.UTC(2027, 0, 4)),
  new Date(Date.UTC(2027, 1, 1)),
  46_000,
  '2026-11-01',
  null,
  '',
];

/** What a user then types over a milestone-tab row, if anything: names, rep, amount, status, the date reached. */
export const tabEdit = fc.record(
  { opportunity: any(NAMES), customer: any(NAMES), rep: any(REPS), amount: any(AMOUNTS), status: any(STATUSES), since: any(SINCES) },
  { requiredKeys: [] },
);

/** The rep asked for (--rep, the pane's choice, the filter cell): none, or any rep spelling. */
export const repFilter = fc.option(fc.constantFrom(...REPS.filter((r): r is string => typeof r === 'string')), { nil: undefined });
