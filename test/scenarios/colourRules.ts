/**
 * The colour rules set-ups leave on the milestone, intensity and activity tabs, in a host
 * (core/layout/ruleBlocks.ts): a team's first set-up colours its rows down to the sheet's row
 * 1 000 (the level fills, the score and ask-share scales, one rule set each); set-ups that each
 * add an opportunity (and a rep) add no rule within that block. Before, each added its rules over
 * its new rows, and every host kept them all: seven fills more on the milestone tab per run.
 */
import { FIRST_DATA_ROW, rangeRef, type SnapshotCell, type TabKind } from '../../core/layout';
import { levelFills } from '../../core/layout/colorScales';
import { IN } from '../../core/layout/intensityTab';
import { ACT } from '../../core/layout/activityTab';
import { FACTORS } from '../../core/methodology/factors';
import { RULES_BOUND_CELL } from '../../core/layout/ruleBlocks';
import { ZH_HEADERS } from '../layout/fixtures';
import type { ScenarioHost } from './host';
import { plain } from './runScenario';
import { tabOf, trackerSheet } from './trackerSheet';

/** One rule on a sheet as the host keeps it: the range it covers (A1) and its formula without "=", or "scale". */
export interface HostRule {
  readonly range: string;
  readonly rule: string;
}

const deal = (i: number): SnapshotCell[] => [`机会${i}`, `客户${i}`, `销售${i}`, 1000 + i, null, null];
/** The last row of the first block (0-based): the sheet's row 1 000. */
const BLOCK_END = 999;
const rows = (left: number, right: number) => rangeRef({ top: FIRST_DATA_ROW, bottom: BLOCK_END, left, right });

export async function repeatedSetups(host: ScenarioHost, rulesOn: (sheet: string) => Promise<HostRule[]>): Promise<void> {
  await host.load({ sheets: [trackerSheet('T', ZH_HEADERS, [0, 1, 2].map(deal), false)] });
  await host.run({ lang: 'zh', date: '2027-01-04' });
  const first = await host.read();
  const name = (kind: TabKind) => tabOf(first, kind).name;
  const milestones = tabOf(first, 'milestones');
  const range = rows(0, (milestones.rows[FIRST_DATA_ROW - 1] ?? []).length - 1);
  const fills = levelFills(name('milestones'), { top: FIRST_DATA_ROW, bottom: BLOCK_END, left: 0, right: 0 }).rules.map((r) => ({ range, rule: r.formula }));
  // Every data row and the blank rows below, to row 1 000, by one rule set per tab.
  expect(await rulesOn(name('milestones'))).toEqual(fills);
  expect(await rulesOn(name('intensity'))).toEqual([{ range: rows(IN.firstScore, IN.firstScore + FACTORS.length - 1), rule: 'scale' }]);
  expect(await rulesOn(name('activity'))).toEqual([{ range: rows(ACT.askShare, ACT.askShare), rule: 'scale' }]);

  for (let i = 3; i < 7; i++) {
    await host.edit(deal(i).map((value, col) => ({ sheet: 'T', row: 1 + i, col, value })));
    await host.run({ lang: 'zh', date: `2027-01-${String(4 + i).padStart(2, '0')}` });
  }
  const last = await host.read();
  expect(tabOf(last, 'milestones').rows.slice(FIRST_DATA_ROW).map((r) => plain(r?.[0] ?? null)).filter((v) => typeof v === 'string' && v.startsWith('机会'))).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `机会${i}`));
  expect(await rulesOn(name('milestones'))).toEqual(fills);
  expect((await rulesOn(name('intensity'))).length).toBe(1);
  expect((await rulesOn(name('activity'))).length).toBe(1);
  // The bound is kept on each tab's marker row.
  for (const kind of ['milestones', 'intensity', 'activity'] as const) expect([kind, plain(tabOf(last, kind).rows[RULES_BOUND_CELL.row]?.[RULES_BOUND_CELL.col] ?? null)]).toEqual([kind, BLOCK_END]);
}
