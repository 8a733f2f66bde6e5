/**
 * Movement: what changed on each opportunity since the previous run, appended to the 变动记录
 * Changes tab (ours, append-only, one dated row per change), and the state each run compares
 * with, kept on the milestone tab: the date the row reached its milestone (里程碑日期) and a
 * hidden code of the milestone and status last recorded (已记录).
 *
 * Who records what: the set-up, which refreshes the rows from the tracker, records the amounts,
 * reps and close dates it changed and the opportunities it added to a tab that had rows; the
 * funnel run compares every row's milestone and status with the recorded code (whoever changed
 * them: a rep's tick, a status picked, the tracker's stage) and records the difference. A row
 * with neither a date nor a code (a tab from an earlier version, a row typed in by hand) is
 * recorded as it is, without a change row: only the tracker's new opportunities count as new.
 */
import { showValue } from '../errors';
import type { Bilingual } from '../methodology/bilingual';
import type { ColumnSpec } from './columns';
import { FORMATS } from './columns';
import { DEAL_STATUS_LABELS, tabStatus, type DealStatus } from './dealStatus';
import { freeTableName } from './keyedTab';
import { rowLevel, type FunnelSource, type TabRow } from './levelFunnel';
import { MS, milestoneLabel } from './milestonesTab';
import type { PlanBuilder } from './planBuilder';
import { rowBelowLast } from './rowKeys';
import { cellValue } from './snapshotCell';
import { FIRST_DATA_ROW, HEADER_ROW, findOurTabs, type OurTab } from './tabs';
import { writeColumn, type TrackerRefresh } from './trackerRefresh';
import type { PlanCell, WorkbookSnapshot } from './types';
import { calendarDate, closeDay, dayIso } from '../cells/calendar';
import { attentionFlag, daysAt, runDay, type AttentionFlag } from './aging';
import { staleThresholds } from './rubricsTab';
import { recordedCode, recordedState } from './recorded';

export type ChangeKind = 'new' | 'advanced' | 'slipped' | 'won' | 'lost' | 'onHold' | 'reopened' | 'removed' | 'amount' | 'rep' | 'expectedClose';

export const CHANGE_LABELS: Readonly<Record<ChangeKind, Bilingual>> = {
  new: { zh: '新增', en: 'New' },
  advanced: { zh: '推进', en: 'Advanced' },
  slipped: { zh: '后退', en: 'Slipped back' },
  // A deal that closed, paused or left the list: the change is named by the status it moved to.
  won: DEAL_STATUS_LABELS.won,
  lost: DEAL_STATUS_LABELS.lost,
  onHold: DEAL_STATUS_LABELS.onHold,
  reopened: { zh: '重新打开', en: 'Reopened' },
  removed: DEAL_STATUS_LABELS.removed,
  amount: { zh: '金额变动', en: 'Amount changed' },
  rep: { zh: '销售人员变动', en: 'Rep changed' },
  expectedClose: { zh: '签约日期变动', en: 'Close date moved' },
};

/** The order a summary lists the kinds in. */
export const CHANGE_ORDER: readonly ChangeKind[] = ['new', 'advanced', 'slipped', 'won', 'lost', 'onHold', 'reopened', 'removed', 'amount', 'rep', 'expectedClose'];

export const CHANGE_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '日期', en: 'Date' }, width: 12, format: FORMATS.date },
  { header: { zh: '机会名称', en: 'Opportunity' }, width: 24 },
  { header: { zh: '销售人员', en: 'Rep' }, width: 10 },
  { header: { zh: '变动', en: 'Change' }, width: 14 },
  { header: { zh: '原值', en: 'From' }, width: 22 },
  { header: { zh: '新值', en: 'To' }, width: 22 },
];
export const CHANGE_COL = { date: 0, opportunity: 1, rep: 2, change: 3, from: 4, to: 5 } as const;

/**
 * How a change or a flag names its opportunity, in every host alike: its name, else its row on
 * the milestone tab. (Excel's funnel reads no customer column: the read must stay one response.)
 */
export function opportunityName(values: readonly unknown[], row: number): string {
  return showValue(cellValue((values[MS.opportunity] ?? null) as PlanCell)) || `#${row + 1}`;
}

export interface Change {
  readonly opportunity: string;
  readonly rep: PlanCell;
  readonly kind: ChangeKind;
  readonly from: string;
  readonly to: string;
}

/** Whose change a row records: named only for a change (most rows of a run have none). */
function whose(values: readonly unknown[], row: number): { opportunity: string; rep: PlanCell } {
  return { opportunity: opportunityName(values, row), rep: cellValue(values[MS.rep] as PlanCell) as PlanCell };
}

function statusChange(status: DealStatus): ChangeKind {
  return status === 'open' ? 'reopened' : status;
}

/** A row's milestone level now: the level column the host calculated, or the checklist read as the formulas read it. */

/**
 * The funnel run's part: each counted row's milestone and status against the recorded code. The
 * changes found are appended to the Changes tab; the rows' date reached (when the milestone
 * moved) and code are written on the milestone tab.
 */
export function planMovement(plan: PlanBuilder, snapshot: WorkbookSnapshot, milestones: OurTab, rows: readonly TabRow[], source: FunnelSource, date: string): { changes: Change[]; since: ReadonlyMap<number, PlanCell> } {
  const { lang } = plan.ctx;
  const day = calendarDate(date);
  const since = new Map<number, PlanCell>();
  const codes = new Map<number, PlanCell>();
  const changes: Change[] = [];
  const dated: { top: number; bottom: number }[] = [];
  // By index: a for-of allocates an iteration result per row until the loop is optimised.
  for (let i = 0; i < rows.length; i++) {
    const { row, values } = rows[i];
    const level = rowLevel(values, source);
    if (level === null) continue;
    const status = tabStatus(values[MS.status]);
    const was = recordedState(values[MS.recorded], values[MS.since]);
    if (!was) {
      // Recorded as it is: a tab from an earlier version, or a row typed in (new opportunities are the set-up's to record).
      // Its date gets the column's format, as new rows have it (an earlier version's rows may not).
      const run = dated[dated.length - 1];
      if (run?.bottom === row - 1) dated[dated.length - 1] = { ...run, bottom: row };
      else dated.push({ top: row, bottom: row });
      since.set(row, day);
      codes.set(row, recordedCode(level, status));
      continue;
    }
    if (was.level !== level) {
      changes.push({ ...whose(values, row), kind: level > was.level ? 'advanced' : 'slipped', from: milestoneLabel(was.level, lang), to: milestoneLabel(level, lang) });
      since.set(row, day);
    }
    if (was.status !== status) changes.push({ ...whose(values, row), kind: statusChange(status), from: DEAL_STATUS_LABELS[was.status][lang], to: DEAL_STATUS_LABELS[status][lang] });
    if (was.level !== level || was.status !== status) codes.set(row, recordedCode(level, status));
  }
  const sheet = milestones.sheet.name;
  if (since.size > 0) writeColumn(plan, sheet, milestones, MS.since, since);
  for (const { top, bottom } of dated) plan.numberFormats.push({ sheet, range: { top, bottom, left: MS.since, right: MS.since }, format: FORMATS.date });
  if (codes.size > 0) writeColumn(plan, sheet, milestones, MS.recorded, codes);
  planChangeRows(plan, snapshot, changes, date);
  return { changes, since };
}

/** The set-up's part: what the tracker refresh changed (amount, rep, close date) and the opportunities added to a tab that had rows. */
export function setupChanges(milestones: OurTab | undefined, refresh: TrackerRefresh, added: readonly { opportunity: string; rep: PlanCell }[], lang: 'zh' | 'en'): Change[] {
  if (!milestones) return [];
  const out: Change[] = [];
  const rowCells = (r: number) => milestones.sheet.rows[r] ?? [];
  for (const field of ['amount', 'rep', 'expectedClose'] as const) {
    for (const c of refresh[field]) {
      const cells = rowCells(c.row);
      out.push({
        opportunity: opportunityName(cells, c.row),
        rep: field === 'rep' ? c.to : (cellValue(cells[MS.rep] ?? null) as PlanCell),
        kind: field,
        from: c.from,
        to: c.to,
      });
    }
  }
  for (const a of added) out.push({ ...a, kind: 'new', from: '', to: milestoneLabel(0, lang) });
  return out;
}

/** Appends change rows to the Changes tab (made on the first change), dated. */
export function planChangeRows(plan: PlanBuilder, snapshot: WorkbookSnapshot, changes: readonly Change[], date: string, existing = findOurTabs(snapshot).get('changes')): void {
  if (changes.length === 0) return;
  const { ctx } = plan;
  const sheet = ctx.tabs.changes;
  const headers = CHANGE_COLUMNS.map((c) => c.header[ctx.lang]);
  // Planned twice in one run (set-up, then funnel): the second appends below the first.
  const planned = plan.writes.filter((w) => w.sheet === sheet && w.row >= FIRST_DATA_ROW).reduce((n, w) => Math.max(n, w.row + w.values.length), 0);
  if (!existing && planned === 0) plan.newTab('changes', CHANGE_COLUMNS, 2);
  const day = calendarDate(date);
  const top = Math.max(existing ? rowBelowLast(existing.sheet) : FIRST_DATA_ROW, planned);
  const values: PlanCell[][] = changes.map((c) => [day, c.opportunity, c.rep, CHANGE_LABELS[c.kind][ctx.lang], c.from, c.to]);
  plan.writes.push({ sheet, row: top, col: 0, values });
  const bottom = top + values.length - 1;
  plan.numberFormats.push({ sheet, range: { top, bottom, left: CHANGE_COL.date, right: CHANGE_COL.date }, format: FORMATS.date });
  const table = existing?.sheet.tables.find((t) => t.top === HEADER_ROW && t.left === 0) ?? plan.tables.find((t) => t.sheet === sheet);
  const range = { top: HEADER_ROW, left: 0, bottom, right: CHANGE_COLUMNS.length - 1 };
  const index = plan.tables.findIndex((t) => t.sheet === sheet);
  if (index >= 0) plan.tables[index] = { ...plan.tables[index], range };
  else if (table) plan.tables.push({ sheet, name: table.name, range, columns: headers, create: false });
  else plan.tables.push({ sheet, name: freeTableName('PCSS_Changes', snapshot, plan.tables), range, columns: headers, create: true });
}

export interface ChangeSummary {
  /** The review this summary is since (the previous funnel run's date), or null for all changes recorded. */
  readonly since: string | null;
  readonly counts: Readonly<Partial<Record<ChangeKind, number>>>;
  /** The changes themselves, newest last. */
  readonly changes: readonly { date: string; opportunity: string; kind: ChangeKind; from: string; to: string }[];
}

const KIND_BY_LABEL = new Map<string, ChangeKind>(CHANGE_ORDER.flatMap((k) => [[CHANGE_LABELS[k].zh, k] as const, [CHANGE_LABELS[k].en, k] as const]));

function isoDay(value: unknown): string | null {
  const day = closeDay(value);
  if (day === null) return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  return dayIso(day);
}

/**
 * "Since the last review": the changes dated after the review before `latest` (the funnel
 * history's dates are the reviews), up to `latest`. Read from the Changes tab as the workbook
 * holds it, so every host says the same.
 */
export function changesSince(snapshot: WorkbookSnapshot, reviews: readonly string[], latest: string): ChangeSummary {
  const earlier = reviews.filter((d) => d < latest).sort();
  const since = earlier.length > 0 ? earlier[earlier.length - 1] : null;
  const tab = findOurTabs(snapshot).get('changes');
  const counts: Partial<Record<ChangeKind, number>> = {};
  const changes: { date: string; opportunity: string; kind: ChangeKind; from: string; to: string }[] = [];
  // From the last row up: rows are appended in date order, so a run reads the recent ones only
  // (a year of weekly changes costs what the last week's do).
  const rows = tab?.sheet.rows ?? [];
  let first = rows.length;
  for (let r = rows.length - 1; r >= FIRST_DATA_ROW; r--) {
    const date = isoDay(cellValue(rows[r]?.[CHANGE_COL.date] ?? null));
    if (date !== null && since !== null && date <= since) break;
    first = r;
  }
  for (let r = first; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const date = isoDay(cellValue(row[CHANGE_COL.date] ?? null));
    const kind = KIND_BY_LABEL.get(showValue(cellValue(row[CHANGE_COL.change] ?? null)));
    if (!date || !kind || date > latest || (since !== null && date <= since)) continue;
    counts[kind] = (counts[kind] ?? 0) + 1;
    const name = showValue(cellValue(row[CHANGE_COL.opportunity] ?? null));
    changes.push({ date, opportunity: name, kind, from: showValue(cellValue(row[CHANGE_COL.from] ?? null)), to: showValue(cellValue(row[CHANGE_COL.to] ?? null)) });
  }
  return { since, counts, changes };
}

/** The funnel history's dates (its first column), the reviews "since the last review" counts from. */
export function reviewDates(history: WorkbookSnapshot['sheets'][number] | undefined): string[] {
  const out: string[] = [];
  for (let r = FIRST_DATA_ROW; history && r < history.rows.length; r++) {
    const d = isoDay(cellValue(history.rows[r]?.[0] ?? null));
    if (d) out.push(d);
  }
  return out;
}

/** A summary with the changes a run is recording now (not on the tab yet) added, dated `date`. */
export function withChanges(summary: ChangeSummary, changes: readonly Change[], date: string): ChangeSummary {
  if (changes.length === 0) return summary;
  const counts: Partial<Record<ChangeKind, number>> = { ...summary.counts };
  for (const c of changes) counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  const added = changes.map((c) => ({ date, opportunity: c.opportunity, kind: c.kind, from: c.from, to: c.to }));
  return { since: summary.since, counts, changes: [...summary.changes, ...added] };
}

/** The rows the 提醒 column flags, by flag: the opportunity's name and, for a stale one, its days. */
export type AttentionList = Readonly<Record<AttentionFlag, readonly string[]>>;

/**
 * What the milestone tab's 提醒 column flags, as of `date`, by its rules (aging.ts) and the rubric
 * tab's thresholds: from the checklist, or from the level and in-forecast columns as the host
 * calculated them ('levels', Excel).
 */
export function attentionList(snapshot: WorkbookSnapshot, rows: readonly TabRow[], date: string, source: FunnelSource, since?: ReadonlyMap<number, PlanCell>): AttentionList {
  const out: Record<AttentionFlag, string[]> = { pastDue: [], stale: [], wonEarly: [] };
  const asOf = runDay(date);
  const thresholds = staleThresholds(findOurTabs(snapshot).get('rubrics')?.sheet.rows);
  for (let i = 0; i < rows.length; i++) {
    const { row, values } = rows[i];
    const level = rowLevel(values, source);
    if (level === null) continue;
    const status = values[MS.status];
    const inForecast = source === 'levels' ? values[MS.inForecast] === 1 : tabStatus(status) === 'open';
    // The day reached as this run leaves it (`since`: the rows whose milestone it saw move).
    const reached = since?.has(row) ? since.get(row) : values[MS.since];
    const flag = attentionFlag({ level, status, inForecast, since: reached, expectedClose: values[MS.expectedClose] }, asOf, thresholds);
    if (!flag) continue;
    const name = opportunityName(values, row);
    const days = daysAt(reached, asOf);
    out[flag].push(flag === 'stale' && days !== '' ? `${name} (${days})` : name);
  }
  return out;
}
