import type { Plan } from '../../core/layout';
import { NeedsFullRead } from './needsFullRead';
import type { Sheet, Spreadsheet } from './sheetsApi';

/**
 * Inserts a plan's new sheets from `index` on, the user left on the sheet they were on (Sheets
 * activates each sheet it inserts), unless the plan shows a tab of its own when done (a funnel
 * shows the funnel tab: the sheet they were on is neither asked for nor shown again, two calls).
 * Sheets refuses a name another sheet has, in any case. A plan made from a partial read
 * (`partial`) chose its names without seeing the user's sheets, and whether getSheetByName
 * matches another case is not documented, so the insert itself is the check that cannot miss:
 * when one is refused, the sheets this run inserted (empty, ours) are deleted again and the run
 * starts over on the full read (NeedsFullRead), which names its tabs around the user's sheet
 * ("Funnel 2"). `added` is told of each sheet once it exists.
 */
export function insertTabs(ss: Spreadsheet, plan: Plan, index: number, partial: boolean, added: (name: string, sheet: Sheet) => void): void {
  const active = plan.activate ? null : ss.getActiveSheet();
  const inserted: Sheet[] = [];
  try {
    for (const add of plan.addSheets) {
      const sheet = ss.insertSheet(add.name, index + inserted.length);
      inserted.push(sheet);
      added(add.name, sheet);
    }
  } catch (e) {
    if (!partial) throw e;
    for (const sheet of inserted) ss.deleteSheet(sheet);
    if (active) ss.setActiveSheet(active);
    throw new NeedsFullRead();
  }
  if (active) ss.setActiveSheet(active);
}
