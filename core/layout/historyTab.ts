import type { Funnel } from '../funnel';
import { calendarDate, closeDay, dayNumber } from '../cells/calendar';
import { MILESTONE_BY_LEVEL } from '../methodology/milestones';
import { FORMATS } from './columns';
import { freeTableName } from './keyedTab';
import type { PlanBuilder } from './planBuilder';
import { existingKeys } from './rowKeys';
import { FIRST_DATA_ROW, HEADER_ROW, MARKER_ROW, markerText } from './tabs';
import type { SnapshotCell, WorkbookSnapshot } from './types';
import { cellValue } from './snapshotCell';

/** The 历史 History tab's columns: a funnel run's date, the team's totals and the count at each milestone. */
const HISTORY_HEADERS = {
  zh: ['日期', '机会数', '金额', '预测', ...MILESTONE_BY_LEVEL.map((m) => `${m.id} 数量`)],
  en: ['Date', 'Opportunities', 'Amount', 'Forecast', ...MILESTONE_BY_LEVEL.map((m) => `${m.id} count`)],
} as const;

/** One dated row of team totals appended to the history table (none when today's last row holds the same figures); earlier rows are never touched. */
export function planHistory(
  plan: PlanBuilder,
  snapshot: WorkbookSnapshot,
  existing: WorkbookSnapshot['sheets'][number] | undefined,
  team: Funnel,
  date: string,
): void {
  const { ctx } = plan;
  const sheet = ctx.tabs.history;
  const headers = [...HISTORY_HEADERS[ctx.lang]];
  if (!existing) {
    plan.addSheets.push({ name: sheet, kind: 'history' });
    plan.writes.push({ sheet, row: MARKER_ROW, col: 0, values: [[markerText('history', ctx.lang)]] });
    plan.writes.push({ sheet, row: HEADER_ROW, col: 0, values: [headers] });
    plan.layouts.push({
      sheet,
      freezeRows: HEADER_ROW + 1,
      freezeCols: 1,
      widths: headers.map((_, i) => (i === 0 ? 12 : i < 4 ? 16 : 9)),
      hiddenRows: [MARKER_ROW],
      print: { pagesTall: 0 },
      headerRanges: [{ top: HEADER_ROW, bottom: HEADER_ROW, left: 0, right: headers.length - 1 }],
    });
  }
  const row = existing ? existingKeys(existing, [0], FIRST_DATA_ROW).nextRow : FIRST_DATA_ROW;
  const figures = [team.count, team.amount, team.forecast, ...team.rows.map((r) => r.count)];
  // A second run on the same day with nothing changed adds nothing (issue 13); a change that day adds its row.
  if (existing && row > FIRST_DATA_ROW && sameDayAndFigures(existing.rows[row - 1] ?? [], date, figures)) return;
  plan.writes.push({ sheet, row, col: 0, values: [[calendarDate(date), ...figures]] });
  // The counts get their format too (the total between the date and the amounts, the counts at
  // each milestone after them): Sheets then sets the row's formats in one call over the row's
  // own range (a rectangle, the values' range), on every funnel run.
  plan.numberFormats.push(
    { sheet, range: { top: row, bottom: row, left: 0, right: 0 }, format: FORMATS.date },
    { sheet, range: { top: row, bottom: row, left: 1, right: 1 }, format: FORMATS.integer },
    { sheet, range: { top: row, bottom: row, left: 2, right: 3 }, format: FORMATS.amount },
    { sheet, range: { top: row, bottom: row, left: 4, right: 3 + team.rows.length }, format: FORMATS.integer },
  );
  const ours = existing?.tables.find((t) => t.top === HEADER_ROW && t.left === 0);
  if (ours) plan.tables.push({ sheet, name: ours.name, range: { ...ours, bottom: Math.max(ours.bottom, row) }, columns: headers, create: false });
  else plan.tables.push({ sheet, name: freeTableName('PCSS_History', snapshot, plan.tables), range: { top: HEADER_ROW, left: 0, bottom: row, right: headers.length - 1 }, columns: headers, create: true });
}

/** Whether a history row is dated `date` and holds these figures (as the workbook gives them back: a float's last bits may differ). */
function sameDayAndFigures(cells: readonly unknown[], date: string, figures: readonly number[]): boolean {
  const day = closeDay(cellValue((cells[0] ?? null) as SnapshotCell));
  if (day === null || Math.floor(day) !== dayNumber(calendarDate(date))) return false;
  return figures.every((f, i) => {
    const v = cellValue((cells[i + 1] ?? null) as SnapshotCell);
    return typeof v === 'number' && Math.abs(v - f) <= 1e-9 * Math.max(1, Math.abs(f));
  });
}
