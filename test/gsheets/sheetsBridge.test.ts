/** The sidebar's bridge over google.script.run (test/support/scriptRun.ts), with a scripted stand-in for the server. */
import type { Progress } from '../../pane/bridge';
import { sheetsBridge } from '../../gsheets/sidebar/sheetsBridge';
import { isoToday } from '../../gsheets/server/operations';
import { scriptRun } from '../support/scriptRun';

describe('the Sheets bridge', () => {
  it('shows the stages the server leaves while a set-up runs, then its result', async () => {
    const stages = [
      { done: 0, zh: '另一位用户正在运行,正在等待其完成…', en: 'Another user’s run is in progress; waiting for it to finish…' },
      { done: 0.5, zh: '正在写入…', en: 'Writing…' },
    ];
    let polls = 0;
    // The set-up answers once the second stage has been polled (and seen: its answer comes first).
    let secondStagePolled = () => undefined as void;
    const secondStage = new Promise<void>((resolve) => (secondStagePolled = resolve));
    const summary = { tabs: {}, tabsAdded: ['里程碑'], opportunitiesAdded: 3, warnings: [] };
    const { runner, calls } = scriptRun((name) => {
      if (name !== 'pcssProgress') return { value: { ok: true, value: summary }, after: secondStage, afterMs: 20 };
      if (polls === stages.length - 1) secondStagePolled();
      return { value: stages[Math.min(polls++, stages.length - 1)] };
    });
    const seen: Progress[] = [];
    const result = await sheetsBridge(runner, { pollMs: 20 }).setup({ lang: 'zh', mapping: null }, (p) => seen.push(p));
    expect(result).toEqual(summary);
    expect(seen[0].en).toBe('Sending to Google Sheets…');
    expect(seen.map((p) => p.en)).toEqual(expect.arrayContaining(stages.map((s) => s.en)));
    // The token the progress is polled by is the one the set-up was sent with.
    const token = calls.find((c) => c.name === 'pcssSetup')!.args[1];
    expect(calls.filter((c) => c.name === 'pcssProgress').every((c) => c.args[0] === token)).toBe(true);
    expect(token).toMatch(/^[0-9a-f]{24}$/);
  });

  it('stops polling once the answer is in', async () => {
    const { runner, calls } = scriptRun((name) => (name === 'pcssProgress' ? { value: null } : { value: { ok: true, value: {} }, afterMs: 50 }));
    await sheetsBridge(runner, { pollMs: 10 }).setup({ lang: 'en', mapping: null }, () => undefined);
    const polls = calls.filter((c) => c.name === 'pcssProgress').length;
    await new Promise((r) => setTimeout(r, 80));
    expect(calls.filter((c) => c.name === 'pcssProgress').length).toBe(polls);
  });

  it('rejects with the server’s bilingual failure', async () => {
    const { runner } = scriptRun(() => ({ value: { ok: false, code: 'SHEETS_LOCK_TIMEOUT', zh: '另一位用户…', en: 'Another user…' } }));
    await expect(sheetsBridge(runner, { pollMs: 1000 }).setup({ lang: 'zh', mapping: null }, () => undefined)).rejects.toEqual({ zh: '另一位用户…', en: 'Another user…' });
  });

  it('turns a failure of the call itself into both languages', async () => {
    const { runner } = scriptRun(() => ({ error: new Error('Exceeded maximum execution time') }));
    await expect(sheetsBridge(runner).inspect()).rejects.toEqual({
      zh: 'Apps Script 调用失败:Exceeded maximum execution time',
      en: 'The Apps Script call failed: Exceeded maximum execution time',
    });
  });

  it('sends the funnel request with the rep and the user’s date', async () => {
    const { runner, calls } = scriptRun((name) => (name === 'pcssProgress' ? { value: null } : { value: { ok: true, value: { rows: [] } } }));
    await sheetsBridge(runner, { today: () => '2027-01-04' }).funnel({ lang: 'en', rep: '李明' }, () => undefined);
    await sheetsBridge(runner, { today: () => '2027-01-04' }).funnel({ lang: 'zh' }, () => undefined);
    expect(calls.filter((c) => c.name === 'pcssFunnel').map((c) => c.args[0])).toEqual([
      { lang: 'en', rep: '李明', date: '2027-01-04', mapping: null },
      { lang: 'zh', rep: null, date: '2027-01-04', mapping: null },
    ]);
  });

  it('unwraps the display language', async () => {
    const { runner } = scriptRun(() => ({ value: { ok: true, value: 'zh' } }));
    await expect(sheetsBridge(runner).displayLang()).resolves.toBe('zh');
  });
});

describe('the history row’s date', () => {
  it('is today in the spreadsheet’s time zone', () => {
    const late = new Date(Date.UTC(2027, 0, 3, 20, 0));
    expect(isoToday('Asia/Shanghai', late)).toBe('2027-01-04');
    expect(isoToday('America/New_York', late)).toBe('2027-01-03');
    expect(isoToday('Not/AZone', late)).toBe('2027-01-03');
  });
});
