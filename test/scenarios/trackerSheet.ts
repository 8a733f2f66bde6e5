/** What the scenarios start from and look at: the team's tracker as a sheet, and our tabs in the workbook a host reads back. */
import { findOurTabs, type SnapshotCell, type TabKind, type WorkbookSnapshot } from '../../core/layout';
import { sampleOpportunities } from '../../samples/teamPipeline';

/** The sheet the team's tracker is on. */
export const TRACKER_SHEET = '销售机会跟踪';

/** Sample opportunities as tracker rows, each with a customer of its own (numbered), from the `from`th on. */
export function trackerRows(count: number, seed: number, from = 0): SnapshotCell[][] {
  return sampleOpportunities(from + count, seed)
    .slice(from)
    .map((o, i) => [o.name, `${o.customer}-${from + i}`, o.rep, o.amount, o.expectedClose, o.stage]);
}

/** The tracker as a sheet: a title and a blank row above the headers, as teams keep it, or (`title` false) the headers on row 1. */
export const trackerSheet = (name: string, headers: readonly string[], rows: readonly SnapshotCell[][], title = true): WorkbookSnapshot['sheets'][number] => ({
  name,
  rows: title ? [['团队销售机会'], [], [...headers], ...rows] : [[...headers], ...rows],
  tables: [],
});

/** Our tab of `kind` in the workbook a host read back; a missing one fails the scenario. */
export function tabOf(wb: WorkbookSnapshot, kind: TabKind) {
  const t = findOurTabs(wb).get(kind);
  if (!t) throw new Error(`no ${kind} tab in the read-back workbook`);
  return t.sheet;
}
