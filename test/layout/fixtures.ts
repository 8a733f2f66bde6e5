import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../../core/layout';
import { sampleOpportunities, type SampleOpportunity } from '../../samples/teamPipeline';

export const ZH_HEADERS = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段'];
export const EN_HEADERS = ['Opportunity', 'Customer', 'Sales Rep', 'Amount', 'Expected close', 'Stage'];

export function trackerRows(opps: readonly SampleOpportunity[]): SnapshotCell[][] {
  return opps.map((o) => [o.name, o.customer, o.rep, o.amount, o.expectedClose, o.stage]);
}

/** A tracker sheet as a team keeps it: a title row, a blank row, then the header. */
export function zhTracker(count = 12, seed = 1): SheetSnapshot {
  return { name: '销售机会跟踪', rows: [['2027年销售机会'], [], ZH_HEADERS, ...trackerRows(sampleOpportunities(count, seed))], tables: [] };
}

export function enTrackerInTable(count = 12, seed = 2): SheetSnapshot {
  const rows = [ ['Pipeline'], [null, ...EN_HEADERS], ...trackerRows(sampleOpportunities(count, seed)).map((r) => [null, ...r]) ];
  return { name: 'Deals', rows, tables: [{ name: 'DealsTable', top: 1, left: 1, bottom: rows.length - 1, right: 6 }] };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

export function sheetOf(wb: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** A cell a user types between runs: [sheet, row, col, value]. */
export type Edit = [string, number, number, SnapshotCell];

/** A copy of `wb` with `edits` typed in. */
export function typed(wb: WorkbookSnapshot, edits: readonly Edit[]): WorkbookSnapshot {
  const sheets = wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...r] : r)) as SnapshotCell[][] }));
  for (const [sheet, row, col, v] of edits) {
    const s = sheets.find((x) => x.name === sheet)!;
    s.rows[row] = [...(s.rows[row] ?? [])];
    s.rows[row][col] = v;
  }
  return { sheets };
}
