/**
 * Two users at once, through the built Code.js: each user is a separate execution (its own vm
 * context) on the same fake spreadsheet, sharing its document lock.
 */
import { findOurTabs, FIRST_DATA_ROW } from '../../core/layout';
import { ZH_HEADERS } from '../scenarios/scenarios';
import { loadCodeJs } from './codeJs';
import { FakeAppsScript, scaled, SHEETS_COSTS } from './fake';
import { snapshotOf } from './sheetsHost';

type Envelope = { ok: true; value: { warnings: { zh: string; en: string }[]; waited: boolean } } | { ok: false; code: string; zh: string; en: string };

function spreadsheet(): FakeAppsScript {
  const fake = new FakeAppsScript({ locale: 'zh_CN' });
  fake.addSheet('销售机会跟踪', [ZH_HEADERS, ['ERP升级', '华东精密', '李明', 500000, '2027-03-01', '需求调研'], ['仓储系统', '博远科技', '张伟', 1200000, '2027-04-01', '方案交流']]);
  return fake;
}

/** One spreadsheet and the built Code.js loaded in two executions on it (two users by default). */
function twoExecutions(first = 'user-a', second = 'user-b') {
  const fake = spreadsheet();
  return { fake, a: loadCodeJs(fake, first), b: loadCodeJs(fake, second) };
}

const historyRows = (fake: FakeAppsScript) => {
  const tab = findOurTabs(snapshotOf(fake)).get('history')!.sheet;
  return tab.rows.slice(FIRST_DATA_ROW).filter((r) => r && r.some((c) => c !== null));
};

describe('the document lock between two users', () => {
  it('a set-up clicked while another runs waits for it, then adds nothing twice, and says it waited', () => {
    const { fake, a, b } = twoExecutions();
    let first: Envelope | undefined;
    // User A clicked first and holds the lock (execution user-a#0); A's run takes longer than
    // B's first quick try, and goes through while B waits.
    fake.lock.holder = 'user-a#0';
    fake.lock.whileWaiting = (_who, ms) => {
      if (ms < 30_000) return;
      fake.lock.whileWaiting = null;
      fake.lock.release('user-a#0');
      first = a.call<Envelope>('pcssSetup', {}, 'token-user-a');
    };
    const second = b.call<Envelope>('pcssSetup', {}, 'token-user-b');

    expect(first?.ok).toBe(true);
    expect(second.ok).toBe(true);
    const names = fake.book.sheets.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.startsWith('里程碑'))).toEqual(['里程碑']);
    expect(second.ok && second.value.waited).toBe(true);
    expect(second.ok && second.value.warnings.map((w) => w.en)).toContain('Another run was in progress; this one waited for it to finish.');
    // B was told while it waited: the first stage it left for its sidebar.
    expect(JSON.parse(fake.cache('user-b').history[0].value)).toMatchObject({ zh: expect.stringContaining('另一次运行(也可能是您自己的)正在进行') });
    expect(fake.lock.holder).toBeNull();
  });

  // Two days' runs: a second run on the same day with nothing changed adds no row by design.
  it('two funnels at once both land in the history: no row lost or overwritten', () => {
    const { fake, a, b } = twoExecutions();
    expect(a.call<Envelope>('pcssSetup', {}).ok).toBe(true);
    fake.lock.holder = 'user-a#0';
    fake.lock.whileWaiting = () => {
      fake.lock.whileWaiting = null;
      fake.lock.release('user-a#0');
      expect(a.call<Envelope>('pcssFunnel', { date: '2027-01-04' }).ok).toBe(true);
    };
    expect(b.call<Envelope>('pcssFunnel', { date: '2027-01-05' }).ok).toBe(true);
    expect(historyRows(fake)).toHaveLength(2);
  });

  it('a click that comes in the middle of another user’s run never interleaves with it: it is refused after 30 s, in both languages', () => {
    const { fake, a, b } = twoExecutions();
    let second: Envelope | undefined;
    const sheetsWhenBStarted: number[] = [];
    fake.log.listener = (call) => {
      if (call !== 'Spreadsheet.insertSheet' || second) return;
      sheetsWhenBStarted.push(fake.book.sheets.length);
      second = b.call<Envelope>('pcssSetup', {});
    };
    const first = a.call<Envelope>('pcssSetup', {});
    fake.log.listener = null;

    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, zh: expect.stringContaining('另一次运行'), en: expect.stringContaining('Another run') });
    expect(fake.lock.events.some((e) => /^user-b#\d+ waits 30000ms$/.test(e))).toBe(true);
    // B read nothing and wrote nothing: A's tabs are there once, and a later click is a no-op.
    const names = fake.book.sheets.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const again = b.call<{ ok: boolean; value: { tabsAdded: string[]; opportunitiesAdded: number } }>('pcssSetup', {});
    expect(again.value).toMatchObject({ tabsAdded: [], opportunitiesAdded: 0 });
  });

  it('releases the lock when a run fails halfway, says what was written, and a second run completes it', () => {
    const fake = spreadsheet();
    const a = loadCodeJs(fake, 'user-a');
    let writes = 0;
    fake.log.listener = (call) => {
      if (call === 'Range.setValues' && ++writes === 3) throw new Error('Service Spreadsheets timed out while accessing document with id 1x2y3z.');
    };
    const failed = a.call<Envelope>('pcssSetup', {});
    fake.log.listener = null;
    expect(failed).toMatchObject({ ok: false, zh: expect.stringContaining('部分内容已写入'), en: expect.stringContaining('Part of it was written') });
    expect(fake.lock.holder).toBeNull();

    expect(a.call<Envelope>('pcssSetup', {}).ok).toBe(true);
    const ours = findOurTabs(snapshotOf(fake));
    expect([...ours.keys()].sort()).toEqual(['activity', 'brief', 'coaching', 'control', 'grading', 'intensity', 'milestones', 'rubrics', 'team', 'visits']);
  });
});

describe('the document lock is per execution, not per user (issue 17, item 4)', () => {
  it('the same user’s menu click during their own sidebar run waits for it, and is told another run (not another user) is in progress', () => {
    const { fake, a: sidebar, b: menu } = twoExecutions('user-a', 'user-a');
    let second: Envelope | undefined;
    fake.log.listener = (call) => {
      if (call !== 'Spreadsheet.insertSheet' || second) return;
      second = menu.call<Envelope>('pcssSetup', {}, 'token-menu-a');
    };
    const first = sidebar.call<Envelope>('pcssSetup', {}, 'token-side-a');
    fake.log.listener = null;
    expect(first.ok).toBe(true);
    // Same user, yet refused after waiting: it never interleaved with the sidebar's run.
    expect(second).toMatchObject({ ok: false, code: 'SHEETS_LOCK_TIMEOUT', en: expect.stringContaining('perhaps your own') });
    expect(second && !second.ok && second.en).not.toMatch(/another user is/i);
    expect(JSON.parse(fake.cache('user-a').history.find((h) => h.key.includes('token-menu-a'))!.value)).toMatchObject({ en: expect.stringMatching(/^Another run \(perhaps your own\) is in progress/) });
    const names = fake.book.sheets.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('no document lock (getDocumentLock() returns null): refused as its own case, saying why, nothing written', () => {
    const fake = new FakeAppsScript({ locale: 'zh_CN', documentLock: false });
    fake.addSheet('销售机会跟踪', [ZH_HEADERS, ['ERP升级', '华东精密', '李明', 500000, '2027-03-01', '需求调研']]);
    const out = loadCodeJs(fake).call<Envelope>('pcssSetup', {});
    expect(out).toMatchObject({ ok: false, code: 'SHEETS_NO_LOCK', en: expect.stringContaining('no document lock'), zh: expect.stringContaining('文档锁') });
    expect(!out.ok && out.en).not.toMatch(/not bound/);
    expect(fake.book.sheets).toHaveLength(1);
  });
});

describe('Apps Script’s 6-minute limit (issue 17, item 2)', () => {
  it('writes a long tab in bands, stops between two bands near the limit with our message, and the next runs finish it without a duplicate row', () => {
    // 300 opportunities standing for tens of thousands: every cell 400 times its reported cost
    // (test/gsheets/fake/cost.ts), calls as reported, so the milestone tab alone needs more
    // than one execution.
    const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false, costs: { ...scaled(SHEETS_COSTS, 400), callMs: SHEETS_COSTS.callMs } });
    const rows = Array.from({ length: 300 }, (_, i) => [`机会${i}`, `客户${i}`, i % 2 ? '李明' : '张伟', 1000 + i, '2027-03-01', '需求调研']);
    fake.addSheet('销售机会跟踪', [ZH_HEADERS, ...rows]);
    const outcomes: Envelope[] = [];
    const minutes: number[] = [];
    for (let run = 0; run < 20; run++) {
      const start = fake.clock!.elapsedMs;
      const out = loadCodeJs(fake).call<Envelope>('pcssSetup', {});
      minutes.push((fake.clock!.elapsedMs - start) / 60_000);
      outcomes.push(out);
      if (out.ok) break;
    }
    const stopped = outcomes.filter((o) => !o.ok);
    expect(stopped.length).toBeGreaterThan(0);
    for (const o of stopped) expect(o).toMatchObject({ ok: false, code: 'SHEETS_TIME_LIMIT', zh: expect.stringContaining('6 分钟'), en: expect.stringContaining('6-minute limit') });
    expect(outcomes[outcomes.length - 1].ok).toBe(true);
    expect(fake.lock.holder).toBeNull();

    // Every tab once, none left empty or added again under another name.
    const names = fake.book.sheets.map((s) => s.name);
    // Ten tabs, and no Changes tab: the runs that complete a first set-up record no opportunity
    // as new, as a first set-up done in one run records none (setupAnchors.test.ts compares them).
    expect([...findOurTabs(snapshotOf(fake)).keys()].sort()).toEqual(['activity', 'brief', 'coaching', 'control', 'grading', 'intensity', 'milestones', 'rubrics', 'team', 'visits']);
    expect(names.filter((n) => / \d+$/.test(n))).toEqual([]);
    // Every opportunity exactly once on the milestone tab, in the tracker's order, each with its checkboxes.
    const ms = findOurTabs(snapshotOf(fake)).get('milestones')!.sheet;
    const model = fake.book.sheet(ms.name)!;
    const opportunities = ms.rows.slice(FIRST_DATA_ROW).filter((r) => r && r[0] !== null).map((r) => r![0]);
    expect(opportunities).toEqual(rows.map((r) => r[0]));
    for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + rows.length; r++) expect(model.validations.get(r, 5)?.spec.kind).toBe('checkbox');
    // More than one execution's worth of work.
    expect(minutes.reduce((a, b) => a + b, 0)).toBeGreaterThan(6);
  });

  // The calls over whole ranges (number formats, bold) are budgeted as the bands are, and the
  // budget learns Sheets' pace from them before the first band of a new tab is sized: with cells
  // 400 times dearer no execution runs past 6 modelled minutes, where Apps Script would end it
  // with its own message.
  it('each execution stays inside its 6 minutes, even with cells 400 times dearer', () => {
    const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false, costs: { ...scaled(SHEETS_COSTS, 400), callMs: SHEETS_COSTS.callMs } });
    const rows = Array.from({ length: 300 }, (_, i) => [`机会${i}`, `客户${i}`, i % 2 ? '李明' : '张伟', 1000 + i, '2027-03-01', '需求调研']);
    fake.addSheet('销售机会跟踪', [ZH_HEADERS, ...rows]);
    for (let run = 0; run < 20; run++) {
      const start = fake.clock!.elapsedMs;
      const out = loadCodeJs(fake).call<Envelope>('pcssSetup', {});
      expect((fake.clock!.elapsedMs - start) / 60_000).toBeLessThan(6);
      if (out.ok) break;
    }
  });
});
