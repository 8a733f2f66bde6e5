/// <reference types="office-js" />
import { FIRST_DATA_ROW, MS, planSetup } from '../../core/layout';
import { detectFeatures, readForSetup, setupWorkbook } from '../../excel-addin/workbook';
import { fakeWith, zhTracker } from './support';

/** Reading and planning do not depend on what Excel calculates: no HyperFormula at 3 000 rows. */
const LIMITS = { responseLimit: 400_000, evaluate: undefined };
const BUDGET = 360_000;

/** A set-up of a 3 000-row tracker, then 300 more opportunities and a rep changed in the tracker. */
async function setUp(limits: { responseLimit: number; evaluate: undefined } = LIMITS) {
  const fake = fakeWith(zhTracker(3000), limits);
  const first = await setupWorkbook(fake.context, { requirements: fake.requirements, budget: BUDGET });
  const tracker = fake.excel.model.sheet('销售机会跟踪')!;
  zhTracker(300, 11).sheets[0].rows.slice(3).forEach((row, i) => row!.forEach((v, c) => tracker.setCell(3 + 3000 + i, c, v as string | number, undefined)));
  tracker.setCell(3 + 5, 2, '新销售', undefined);
  tracker.setCell(3 + 2900, 2, '另一位销售', undefined);
  return { ...fake, tabs: first.tabs };
}

/** Reads for a set-up as the add-in does; the plan core makes of it, and the round trips. */
async function planOf(fake: Awaited<ReturnType<typeof setUp>>, budget = BUDGET) {
  fake.excel.resetCounters();
  const read = await readForSetup(fake.context, detectFeatures(fake.requirements), { budget });
  // What the round trips after the heads returned.
  const late = fake.excel.syncs.slice(2).reduce((n, s) => n + s.responseBytes, 0);
  return { plan: planSetup(read.snapshot, { date: '2027-03-01' }), syncs: fake.excel.syncCount, late };
}

/** The same workbook without our anchors: nothing is read before the heads say where our tabs are. */
function withoutAnchors(fake: Awaited<ReturnType<typeof setUp>>) {
  fake.excel.model.names.splice(0, fake.excel.model.names.length);
}

describe('a re-run reads the first rows of our big tabs beside the heads, through their anchors (issue 13)', () => {
  it('so the round trips after the heads read less, and the plan is the same as without anchors', async () => {
    const anchored = await planOf(await setUp());
    const bare = await setUp();
    withoutAnchors(bare);
    const plain = await planOf(bare);
    expect(anchored.syncs).toBeLessThanOrEqual(plain.syncs);
    expect(anchored.late).toBeLessThan(plain.late * 0.9);
    expect(anchored.plan).toEqual(plain.plan);
    expect(anchored.plan.addedOpportunities).toBe(300);
  });

  it('plans as a full read does after a user sorted the milestone tab, cleared an intensity row and retyped a rep by hand', async () => {
    const fake = await setUp();
    const ms = fake.excel.model.sheet(fake.tabs.milestones)!;
    const intensity = fake.excel.model.sheet(fake.tabs.intensity)!;
    // Rows swapped across the rows read early and the rows read later: a sort.
    for (const [a, b] of [
      [FIRST_DATA_ROW, FIRST_DATA_ROW + 2990],
      [FIRST_DATA_ROW + 7, FIRST_DATA_ROW + 1500],
    ]) {
      for (let c = 0; c < MS.status + 1; c++) {
        const va = ms.value(a, c);
        ms.setCell(a, c, ms.value(b, c), undefined);
        ms.setCell(b, c, va, undefined);
      }
    }
    for (let c = 0; c < 3; c++) intensity.setCell(FIRST_DATA_ROW + 3, c, undefined, undefined);
    ms.setCell(FIRST_DATA_ROW + 20, MS.rep, '手改的销售', undefined);
    const anchored = await planOf(fake);
    const bare = await setUp();
    for (const [a, b] of [
      [FIRST_DATA_ROW, FIRST_DATA_ROW + 2990],
      [FIRST_DATA_ROW + 7, FIRST_DATA_ROW + 1500],
    ]) {
      const bms = bare.excel.model.sheet(bare.tabs.milestones)!;
      for (let c = 0; c < MS.status + 1; c++) {
        const va = bms.value(a, c);
        bms.setCell(a, c, bms.value(b, c), undefined);
        bms.setCell(b, c, va, undefined);
      }
    }
    for (let c = 0; c < 3; c++) bare.excel.model.sheet(bare.tabs.intensity)!.setCell(FIRST_DATA_ROW + 3, c, undefined, undefined);
    bare.excel.model.sheet(bare.tabs.milestones)!.setCell(FIRST_DATA_ROW + 20, MS.rep, '手改的销售', undefined);
    withoutAnchors(bare);
    const plain = await planOf(bare);
    expect(anchored.plan).toEqual(plain.plan);
    // The hand-typed rep is set back to the tracker's; the cleared intensity row's opportunity is added again.
    expect(anchored.plan.writes.some((w) => w.sheet === fake.tabs.milestones && w.col === MS.rep && w.row <= FIRST_DATA_ROW + 20 && w.row + w.values.length > FIRST_DATA_ROW + 20)).toBe(true);
  });

  it('does not take the rows read through an anchor that points at another tab of ours', async () => {
    const fake = await setUp();
    const names = fake.excel.model.names;
    // The milestone tab's anchor gone, the grading tab's pointing at the milestone tab: read
    // early, its column A would pass for the milestone tab's first rows.
    names.splice(names.findIndex((n) => n.name === 'PCSS_milestones'), 1);
    const grading = names.find((n) => n.name === 'PCSS_grading')!;
    grading.ref = { ...grading.ref, sheet: fake.excel.model.sheet(fake.tabs.milestones)! };
    const misplaced = await planOf(fake);
    const bare = await setUp();
    withoutAnchors(bare);
    expect(misplaced.plan).toEqual((await planOf(bare)).plan);
    expect(misplaced.plan.addedOpportunities).toBe(300);
  });

  it('asks round trip 2 again without the early rows when Excel refuses it, and plans the same', async () => {
    const limits = { responseLimit: 250_000, evaluate: undefined };
    const fake = await setUp(limits);
    const refused = await planOf(fake, 1_000_000);
    const bare = await setUp(limits);
    withoutAnchors(bare);
    const plain = await planOf(bare, 1_000_000);
    // Round trip 2 was refused (it carried the early rows), and made again.
    expect(fake.excel.syncs[1].responseBytes).toBeGreaterThan(250_000);
    expect(fake.excel.syncs[2].responseBytes).toBeLessThan(250_000);
    expect(refused.plan).toEqual(plain.plan);
  });
});
