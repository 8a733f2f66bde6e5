/**
 * An activity tab set up before issue 14 holds the counts the team typed, a total SUM(B:G) and a
 * share of asks over it. The next set-up widens it in place with the logged columns and writes
 * its total and share again to add them; not one typed number moves or changes.
 */
import { FIRST_DATA_ROW, HEADER_ROW, applyPlan, findOurTabs, planSetup, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { ACT, ACTIVITY_COLUMNS } from '../../core/layout/activityTab';
import { VISIT } from '../../core/layout/signalColumns';
import { coachingView } from '../../core/report/coaching';
import { ZH_HEADERS, workbook } from './fixtures';
import { toHyperFormula, value } from './hyperformula';

const TYPED = [
  [12, 8, 5, 3, 2, 1],
  [20, 10, null, 4, 0, 'n/a'],
];

/** Set up today, then made to look as an earlier version left the activity tab: nine columns, its formulas, counts typed. */
function oldWorkbook(): { wb: WorkbookSnapshot; tab: string } {
  const snap = workbook({ name: 'T', rows: [ZH_HEADERS, ['ERP', '华东精密', '李明', 1000, null, null], ['CRM', 'Acme', 'Ann', 2000, null, null]], tables: [] });
  const wb = applyPlan(snap, planSetup(snap));
  const sheet = findOurTabs(wb).get('activity')!.sheet;
  const rows = sheet.rows as SnapshotCell[][];
  rows[HEADER_ROW] = rows[HEADER_ROW].slice(0, ACT.askShare + 1);
  for (let r = FIRST_DATA_ROW; r < rows.length; r++) {
    const row = rows[r].slice(0, ACT.firstTyped);
    TYPED[r - FIRST_DATA_ROW].forEach((v) => row.push(v));
    row[ACT.total] = { formula: `SUM(B${r + 1}:G${r + 1})`, result: null };
    row[ACT.askShare] = { formula: `IF(H${r + 1}=0,0,F${r + 1}/H${r + 1})`, result: null };
    rows[r] = row;
  }
  (sheet as { tables: unknown }).tables = sheet.tables.map((t) => ({ ...t, right: ACT.askShare }));
  return { wb, tab: sheet.name };
}

describe('an activity tab an earlier version set up', () => {
  it('widens in place at the next set-up: the typed counts kept, the visits logged added to the total and the share', () => {
    const { wb, tab } = oldWorkbook();
    const setup = planSetup(wb);
    const after = applyPlan(wb, setup);
    const sheet = after.sheets.find((s) => s.name === tab)!;
    // The headers of the new columns, the old ones untouched.
    expect(sheet.rows[HEADER_ROW]).toEqual(ACTIVITY_COLUMNS.map((c) => c.header.zh));
    // Not one typed count written over.
    expect(setup.writes.filter((w) => w.sheet === tab && w.row >= FIRST_DATA_ROW)).toEqual([]);
    expect(setup.fills.filter((f) => f.sheet === tab).every((f) => f.col >= ACT.total)).toBe(true);
    TYPED.forEach((counts, i) => expect(sheet.rows[FIRST_DATA_ROW + i]!.slice(ACT.firstTyped, ACT.total)).toEqual(counts));
    expect(setup.tables.find((t) => t.sheet === tab)?.range.right).toBe(ACTIVITY_COLUMNS.length - 1);

    // Visits logged afterwards: 李明 asks twice; his total is his 31 typed and 2 logged.
    const visits = findOurTabs(after).get('visits')!.sheet.rows as SnapshotCell[][];
    for (let i = 0; i < 2; i++) {
      const row: SnapshotCell[] = [...(visits[FIRST_DATA_ROW + i] ?? [])];
      row[VISIT.rep] = '李明';
      row[VISIT.step] = 'S5 要求生意';
      visits[FIRST_DATA_ROW + i] = row;
    }
    const hf = toHyperFormula({ sheets: [sheet, findOurTabs(after).get('visits')!.sheet] });
    expect(value(hf, tab, FIRST_DATA_ROW, ACT.firstLogged + 4)).toBe(2);
    expect(value(hf, tab, FIRST_DATA_ROW, ACT.total)).toBe(33);
    expect(value(hf, tab, FIRST_DATA_ROW, ACT.askShare)).toBeCloseTo(4 / 33, 9);
    // Ann's text "n/a" counts nothing, as before.
    expect(value(hf, tab, FIRST_DATA_ROW + 1, ACT.total)).toBe(34);
    expect(coachingView(after).reps.map((r) => r.activity?.counts)).toEqual([
      [12, 8, 5, 3, 4, 1],
      [20, 10, 0, 4, 0, 0],
    ]);
  });

  it('is left as it is by a set-up that finds it already widened', () => {
    const { wb } = oldWorkbook();
    const once = applyPlan(wb, planSetup(wb));
    const again = planSetup(once);
    const tab = findOurTabs(once).get('activity')!.sheet.name;
    expect(again.fills.filter((f) => f.sheet === tab)).toEqual([]);
    expect(again.writes.filter((w) => w.sheet === tab)).toEqual([]);
  });
});
