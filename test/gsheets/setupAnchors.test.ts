/**
 * Issue 15: a set-up reads the tracker it last used and its own tabs through the anchors (one
 * developer metadata, gsheets/server/anchors.ts), and leaves them for the first funnel, which then
 * reads no more than a later one. The tracker's header and the tabs' markers stay the truth: each
 * path is checked against the full read on an identical spreadsheet without anchors.
 * Formulas are not computed here (what is read and written does not depend on their results).
 */
import { EN_HEADERS, ZH_HEADERS } from '../scenarios/scenarios';
import { sampleOpportunities } from '../../samples/teamPipeline';
import { ANCHOR_KEY } from '../../gsheets/server/anchors';
import { loadCodeJs } from './codeJs';
import { FakeAppsScript, SHEETS_COSTS, scaled } from './fake';
import { snapshotOf } from './sheetsHost';

type Out = { ok: true; value: { warnings: { code: string }[]; tabsAdded: string[]; opportunitiesAdded: number; totals?: unknown } } | { ok: false; en: string };
const TRACKER = '销售机会跟踪';

function setUp(): FakeAppsScript {
  const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false });
  const rows = sampleOpportunities(30, 3).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
  fake.addSheet(TRACKER, [ZH_HEADERS, ...rows]);
  fake.addSheet('我的笔记', [['周会'], ['不要改动']]);
  run(fake, 'pcssSetup', {});
  return fake;
}

function run(fake: FakeAppsScript, name: string, request: unknown): Out & { ok: true } {
  fake.log.reset();
  const out = loadCodeJs(fake).call<Out>(name, request);
  if (!out.ok) throw new Error(out.en);
  return out;
}

/** The same spreadsheet without anchors: the run there reads every sheet. */
function twins(): [FakeAppsScript, FakeAppsScript] {
  const [a, b] = [setUp(), setUp()];
  b.book.developerMetadata.length = 0;
  return [a, b];
}

const anchored = (fake: FakeAppsScript) => JSON.parse(fake.book.developerMetadata.find((m) => m.key === ANCHOR_KEY)!.value!) as { tabs: Record<string, string>; tracker?: { sheet: string }; firstSetupStopped?: boolean; decorated?: unknown };
const sheetsRead = (fake: FakeAppsScript) => fake.log.byMethod.get('Spreadsheet.getSheets') ?? 0;
const calls = (fake: FakeAppsScript) => fake.log.byKind.read + fake.log.byKind.write + fake.log.byKind.builder;
const appendRows = (fake: FakeAppsScript, rows: unknown[][]) => {
  const sheet = fake.book.sheet(TRACKER)!;
  const at = sheet.extent().lastRow + 1;
  rows.forEach((row, r) => row.forEach((v, c) => sheet.values.set(at + r, c, v as never)));
};

describe('anchors: a set-up reads the tracker and its own tabs, found by name', () => {
  it('a first set-up anchors the tracker and every tab; one with nothing new reads only those, writes nothing and says what the full read says', () => {
    const [a, b] = twins();
    expect(anchored(a).tracker?.sheet).toBe(TRACKER);
    expect(Object.keys(anchored(a).tabs)).toHaveLength(10);
    const through = run(a, 'pcssSetup', {});
    expect(sheetsRead(a)).toBe(0);
    // The tracker and the nine tabs a set-up reads (the control tab need only exist), one range each.
    expect(a.log.byMethod.get('Spreadsheet.getRange')).toBe(10);
    expect(a.log.byKind.write).toBe(0);
    expect(calls(a)).toBeLessThanOrEqual(24);
    const full = run(b, 'pcssSetup', {});
    expect(sheetsRead(b)).toBe(1);
    expect(through.value).toEqual(full.value);
  });

  it('anchors a tracker with a blank row among its opportunities, and reads it through the anchor next time', () => {
    const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false });
    const rows = sampleOpportunities(6, 2).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
    fake.addSheet(TRACKER, [ZH_HEADERS, ...rows.slice(0, 3), ['', '', '', '', '', ''], ...rows.slice(3)]);
    run(fake, 'pcssSetup', {});
    expect(anchored(fake).tracker).toMatchObject({ sheet: TRACKER, width: 6 });
    run(fake, 'pcssSetup', {});
    expect(sheetsRead(fake)).toBe(0);
  });

  it('a set-up that adds opportunities through the anchors writes what the full read writes', () => {
    const [a, b] = twins();
    const rows = [
      ['新机会甲', '新客户甲', '王芳', 120000, '2027-04-01', '初步接触'],
      ['新机会乙', '新客户乙', '新人', 80000, '2027-05-01', '需求调研'],
    ];
    appendRows(a, rows);
    appendRows(b, rows);
    const through = run(a, 'pcssSetup', {});
    expect(sheetsRead(a)).toBe(0);
    const full = run(b, 'pcssSetup', {});
    expect(through.value).toEqual(full.value);
    expect(through.value.opportunitiesAdded).toBe(2);
    expect(snapshotOf(a)).toEqual(snapshotOf(b));
  });

  it('the tracker’s header stays the truth: a header changed or the sheet renamed sends the set-up to the full read, and the anchor follows', () => {
    const fake = setUp();
    fake.book.sheet(TRACKER)!.name = '机会清单';
    run(fake, 'pcssSetup', {});
    expect(sheetsRead(fake)).toBe(1);
    expect(anchored(fake).tracker?.sheet).toBe('机会清单');
    run(fake, 'pcssSetup', {});
    expect(sheetsRead(fake)).toBe(0);

    // The rep column's header cleared: the list found there no longer maps the columns anchored.
    const sheet = fake.book.sheet('机会清单')!;
    sheet.values.set(0, 2, '' as never);
    const [anchoredBefore] = [JSON.stringify(anchored(fake).tracker)];
    run(fake, 'pcssSetup', {});
    expect(sheetsRead(fake)).toBe(1);
    expect(JSON.stringify(anchored(fake).tracker)).not.toBe(anchoredBefore);
  });

  it('a list as likely on another sheet is not anchored: each set-up reads every sheet and says so', () => {
    const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false });
    const rows = sampleOpportunities(30, 3).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
    fake.addSheet(TRACKER, [ZH_HEADERS, ...rows]);
    fake.addSheet('机会清单副本', [ZH_HEADERS, ...rows.slice(1)]);
    const first = run(fake, 'pcssSetup', {});
    expect(first.value.warnings.map((w) => w.code)).toContain('TRACKER_AMBIGUOUS');
    expect(anchored(fake).tracker).toBeUndefined();
    const again = run(fake, 'pcssSetup', {});
    expect(sheetsRead(fake)).toBe(1);
    expect(again.value.warnings.map((w) => w.code)).toContain('TRACKER_AMBIGUOUS');
  });
});

describe('anchors: the first funnel after a set-up', () => {
  it('reads only the milestone and Changes tabs, and adds its tabs where the full read adds them', () => {
    const [a, b] = twins();
    // The refresh the funnel starts with (a set-up again, issue 13), counted alone on a third twin.
    const refresh = setUp();
    run(refresh, 'pcssSetup', {});
    const through = run(a, 'pcssFunnel', { date: '2027-01-04' });
    expect(sheetsRead(a)).toBe(0);
    expect(a.log.reads).toBeLessThanOrEqual(refresh.log.reads + 10);
    const full = run(b, 'pcssFunnel', { date: '2027-01-04' });
    expect(through.value).toEqual(full.value);
    expect(snapshotOf(a)).toEqual(snapshotOf(b));
    expect(a.book.sheets.map((s) => s.name)).toEqual(b.book.sheets.map((s) => s.name));
    // The funnel tab is shown when done, without asking which sheet the user was on.
    expect([a.book.active?.name, b.book.active?.name]).toEqual(['漏斗', '漏斗']);
    expect(a.log.byMethod.get('Spreadsheet.getActiveSheet')).toBeUndefined();
  });

  it('a sheet the user named as the funnel tab since: the funnel reads every sheet, leaves it as it was and names its own tab around it', () => {
    const fake = setUp();
    const theirs = fake.addSheet('漏斗', [['我的漏斗']]);
    const out = run(fake, 'pcssFunnel', { date: '2027-01-04' });
    expect(sheetsRead(fake)).toBe(1);
    expect(out.value.tabsAdded).not.toContain('漏斗');
    expect([theirs.values.get(0, 0), theirs.extent()]).toEqual(['我的漏斗', { lastRow: 0, lastCol: 0 }]);
  });

  // Sheets refuses a name another sheet has in any case (test/gsheets/fake/spreadsheet.ts insertSheet),
  // and the fake's getSheetByName sees only the exact case: the insert is the check.
  it.each(['funnel', 'FUNNEL', 'funnel HISTORY'])('an English user’s sheet named “%s”: the first funnel gives up the anchors before anything stays written, names its tab around it and counts what the full read counts', (theirs) => {
    const english = (): FakeAppsScript => {
      const fake = new FakeAppsScript({ locale: 'en_US', evaluate: false });
      const rows = sampleOpportunities(30, 3).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
      fake.addSheet('Pipeline', [EN_HEADERS, ...rows]);
      run(fake, 'pcssSetup', {});
      fake.addSheet(theirs, [['my own'], ['do not touch']]);
      return fake;
    };
    const [a, b] = [english(), english()];
    b.book.developerMetadata.length = 0;
    const through = run(a, 'pcssFunnel', { date: '2027-01-04' });
    expect(a.log.byMethod.get('Spreadsheet.deleteSheet') ?? 0).toBe(theirs === 'funnel HISTORY' ? 1 : 0);
    expect(sheetsRead(a)).toBe(1);
    const full = run(b, 'pcssFunnel', { date: '2027-01-04' });
    expect(through.value).toEqual(full.value);
    expect(through.value.tabsAdded.some((name) => name.toLowerCase() === theirs.toLowerCase())).toBe(false);
    expect(snapshotOf(a)).toEqual(snapshotOf(b));
    expect(a.book.sheets.map((s) => s.name)).toEqual(b.book.sheets.map((s) => s.name));
    const sheet = a.book.sheet(theirs)!;
    expect([sheet.values.get(0, 0), sheet.values.get(1, 0), sheet.extent()]).toEqual(['my own', 'do not touch', { lastRow: 1, lastCol: 0 }]);
    // The anchors now name the tabs the full read added, so the next funnel reads through them again.
    const [funnel, history] = theirs === 'funnel HISTORY' ? ['Funnel', 'Funnel history 2'] : ['Funnel 2', 'Funnel history'];
    expect(through.value.tabsAdded).toEqual(expect.arrayContaining([funnel, history]));
    expect([anchored(a).tabs.funnel, anchored(a).tabs.history]).toEqual([funnel, history]);
    run(a, 'pcssFunnel', { date: '2027-01-11' });
    expect(sheetsRead(a)).toBe(0);
  });
});

describe('anchors: a set-up stopped at the time limit', () => {
  it('anchors the tabs it added, so the runs that complete it read through them and end where runs reading every sheet end', () => {
    // 300 opportunities standing for tens of thousands (as in lock.test.ts): every cell written
    // 400 times dearer; cells read at their cost (a read through the anchors reads a new tab's
    // whole grid, 1 000 empty rows, which 400 times dearer would stand for no real sheet).
    const rows = Array.from({ length: 300 }, (_, i) => [`机会${i}`, `客户${i}`, i % 2 ? '李明' : '张伟', 1000 + i, '2027-03-01', '需求调研']);
    const slow = () => {
      const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false, costs: { ...scaled(SHEETS_COSTS, 400), callMs: SHEETS_COSTS.callMs, readCellMs: SHEETS_COSTS.readCellMs } });
      fake.addSheet(TRACKER, [ZH_HEADERS, ...rows]);
      return fake;
    };
    // `full`: the anchors removed before each run, so each reads every sheet, as before a stopped run anchored its tabs.
    const complete = (fake: FakeAppsScript, full: boolean) => {
      const read: number[] = [];
      for (let n = 0; n < 20; n++) {
        if (full) fake.book.developerMetadata.length = 0;
        fake.log.reset();
        const out = loadCodeJs(fake).call<{ ok: boolean; code?: string }>('pcssSetup', {});
        read.push(sheetsRead(fake));
        if (out.ok) return read;
        expect(out.code).toBe('SHEETS_TIME_LIMIT');
        if (n === 0 && !full) expect(Object.keys(anchored(fake).tabs)).toHaveLength(10);
        if (!full) expect(anchored(fake).firstSetupStopped).toBe(true);
      }
      throw new Error('the set-up did not finish in 20 runs');
    };
    const [a, b] = [slow(), slow()];
    const through = complete(a, false);
    const full = complete(b, true);
    expect(through.length).toBeGreaterThan(1);
    // Only the first run, which found no anchors, read every sheet.
    expect(through).toEqual([1, ...through.slice(1).map(() => 0)]);
    expect(full.every((n) => n === 1)).toBe(true);
    // The same spreadsheet, but the Changes tab: without the anchors (b), a run that completes the
    // set-up cannot know the set-up was a first one, and records as new the rows it adds (adding
    // the tab for them).
    const notChanges = (fake: FakeAppsScript) => snapshotOf(fake).sheets.filter((s) => s.name !== '变动记录');
    expect(notChanges(a)).toEqual(notChanges(b));
    const names = (fake: FakeAppsScript) => fake.book.sheets.map((s) => s.name);
    expect(names(a)).toEqual(names(b).filter((name) => name !== '变动记录'));
    // Through the anchors, the completed set-up records what a set-up done in one run records: no
    // opportunity as new. The flag is gone once the set-up ended, so the next one records again.
    const once = new FakeAppsScript({ locale: 'zh_CN', evaluate: false });
    once.addSheet(TRACKER, [ZH_HEADERS, ...rows]);
    expect(loadCodeJs(once).call<{ ok: boolean }>('pcssSetup', {}).ok).toBe(true);
    const changesTab = (fake: FakeAppsScript) => snapshotOf(fake).sheets.find((s) => s.name === '变动记录');
    expect(names(a)).toEqual(names(once));
    expect(changesTab(a)).toEqual(changesTab(once));
    expect(changesTab(b)).not.toEqual(changesTab(once));
    expect(anchored(a).firstSetupStopped).toBeUndefined();
  });

  it('gives the rows it adds no colour rule or protection the stopped run gave them already', () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`机会${i}`, `客户${i}`, i % 2 ? '李明' : '张伟', 1000 + i, '2027-03-01', '需求调研']);
    const slow = new FakeAppsScript({ locale: 'zh_CN', evaluate: false, costs: { ...scaled(SHEETS_COSTS, 400), callMs: SHEETS_COSTS.callMs, readCellMs: SHEETS_COSTS.readCellMs } });
    slow.addSheet(TRACKER, [ZH_HEADERS, ...rows]);
    const later: string[] = [];
    for (let n = 0; n < 20; n++) {
      slow.log.reset();
      const out = loadCodeJs(slow).call<{ ok: boolean; code?: string }>('pcssSetup', {});
      if (n > 0) later.push(...slow.log.byMethod.keys());
      if (out.ok) break;
      expect(out.code).toBe('SHEETS_TIME_LIMIT');
      expect(anchored(slow).decorated).toBeDefined();
    }
    expect(later.length).toBeGreaterThan(0);
    // The runs completing it neither read nor set the rules and protections the first gave every planned row.
    for (const call of ['Sheet.getConditionalFormatRules', 'Sheet.setConditionalFormatRules', 'Sheet.getProtections', 'Protection.getDescription']) expect(later).not.toContain(call);
    expect(anchored(slow).decorated).toBeUndefined();
    // What a set-up done in one run leaves: the same rules and protections on every tab. (Not all
    // the same formats: a tab whose formats the stopped run had no time for, and which only gets
    // formats when it is added, the visit report's and the coaching tab's, stays without them.)
    const once = new FakeAppsScript({ locale: 'zh_CN', evaluate: false });
    once.addSheet(TRACKER, [ZH_HEADERS, ...rows]);
    expect(loadCodeJs(once).call<{ ok: boolean }>('pcssSetup', {}).ok).toBe(true);
    const decorations = (fake: FakeAppsScript) => fake.book.sheets.map((s) => ({ name: s.name, rules: s.conditionalRules, protections: s.protections }));
    expect(decorations(slow)).toEqual(decorations(once));
  });
});
