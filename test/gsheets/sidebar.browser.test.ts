/**
 * The built sidebar (dist/gsheets/Sidebar.html, one self-contained file) in headless Chromium,
 * with a stand-in google.script.run that calls the built server bundle (dist/gsheets/Code.js in
 * a vm) against the fake Sheets: set up, reps tick items, generate the funnel; cell text that
 * looks like HTML shows as text.
 */
import { readFileSync } from 'fs';
import type { Browser, Page } from 'playwright-core';
import { MS } from '../../core/layout';
import { describeInChromium, launchChromium, pageNotingDialogs } from '../support/chromium';
import { PANE_TRACKER, XSS } from '../support/paneTracker';
import { coreCoachCards, shownCoachCards } from '../support/coachCards';
import { DIST, ensureBuilt } from '../functions/buildOnce';
import { coachingView } from '../../core/report/coaching';
import { loadCodeJs, type CodeJs } from './codeJs';
import { snapshotOf } from './sheetsHost';
import { FakeAppsScript } from './fake';

const ORIGIN = 'https://sidebar.test';

/** google.script.run as the sandboxed page sees it, forwarding each call to the vm (pcssServer). */
function standInScriptRun(): void {
  type Handler = (v: unknown) => void;
  const w = window as unknown as { pcssServer(name: string, args: unknown[]): Promise<string>; google: unknown; pcssCalls: string[] };
  w.pcssCalls = [];
  const runner = (ok: Handler, fail: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_t, name: string) {
          if (name === 'withSuccessHandler') return (h: Handler) => runner(h, fail);
          if (name === 'withFailureHandler') return (h: Handler) => runner(ok, h);
          return (...args: unknown[]) => {
            w.pcssCalls.push(name);
            // Arguments and results cross as JSON, as google.script.run serializes them.
            w.pcssServer(name, JSON.parse(JSON.stringify(args))).then(
              (text) => setTimeout(() => ok(text === undefined ? undefined : JSON.parse(text)), 0),
              (e: Error) => setTimeout(() => fail(e), 0),
            );
          };
        },
      },
    );
  w.google = { script: { get run() { return runner(() => undefined, () => undefined); } } };
}

const describeIfChromium = describeInChromium('the built Sheets sidebar test');

describeIfChromium('the built Sheets sidebar over google.script.run and the built Code.js', () => {
  let browser: Browser;
  let page: Page;
  let fake: FakeAppsScript;
  let code: CodeJs;
  const dialogs: string[] = [];
  let trackerBefore: unknown[][];
  const trackerCells = () => {
    const tracker = fake.book.sheet('销售机会跟踪')!;
    return PANE_TRACKER.map((row, r) => row.map((_, c) => tracker.values.get(r, c)));
  };
  const requests: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    fake = new FakeAppsScript({ locale: 'zh_CN' });
    fake.addSheet('销售机会跟踪', PANE_TRACKER);
    trackerBefore = trackerCells();
    code = loadCodeJs(fake);
    const html = readFileSync(DIST.gsheetsSidebar, 'utf8');
    browser = await launchChromium();
    page = await pageNotingDialogs(browser, dialogs);
    await page.exposeFunction('pcssServer', (name: string, args: unknown[]) => JSON.stringify(code.call(name, ...args)));
    await page.addInitScript(standInScriptRun);
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html', body: html });
      return route.abort();
    });
    await page.goto(`${ORIGIN}/`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('is one self-contained page: no other request, Google’s add-on look', async () => {
    await page.waitForSelector('[data-test=tracker-found]');
    expect(requests).toEqual([`${ORIGIN}/`]);
    expect(await page.getAttribute('#pane', 'class')).toContain('host-sheets');
  });

  it('follows the spreadsheet’s locale (zh_CN) and shows the tracker it found', async () => {
    expect(await page.textContent('h1')).toBe('销售进程管理');
    expect(await page.textContent('[data-test=tracker-found]')).toContain('销售机会跟踪');
  });

  it('switches to English and back', async () => {
    await page.click('[data-test=lang]');
    expect(await page.textContent('h1')).toBe('Sales Process');
    await page.click('[data-test=lang]');
    expect(await page.textContent('h1')).toBe('销售进程管理');
  });

  it('sets up the workbook beside the tracker, leaving every tracker cell as it was', async () => {
    await page.click('[data-test=setup]');
    await page.waitForSelector('[data-test=message]');
    expect(await page.textContent('[data-test=message]')).toMatch(/3 个机会/);
    const names = fake.book.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['销售机会跟踪', '里程碑', '销售强度', '评分标准']));
    expect(trackerCells()).toEqual(trackerBefore);
    expect(await page.evaluate(() => (window as unknown as { pcssCalls: string[] }).pcssCalls)).toContain('pcssSetup');
  });

  it('generates the funnel after reps tick items on the milestone tab', async () => {
    const ms = fake.book.sheet('里程碑')!;
    const tick = (opportunity: string, count: number) => {
      const r = ms.values.rows.findIndex((row) => row?.[MS.opportunity] === opportunity);
      for (let c = MS.checklist; c < MS.checklist + count; c++) ms.values.set(r, c, true);
    };
    tick('ERP升级', 5);
    tick('仓储系统', 13);
    await page.click('[data-test=funnel-run]');
    await page.waitForSelector('[data-test=funnel]', { timeout: 30_000 });
    expect(await page.textContent('[data-test=forecast]')).toBe((500000 * 0.1 + 1200000 * 0.5).toLocaleString('zh-CN'));
    expect(fake.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['漏斗', '漏斗历史']));
    expect(fake.book.sheet('漏斗')!.charts).toHaveLength(1);
  });

  it('shows the coaching view as core computes it from the spreadsheet, through pcssCoach in the built Code.js', async () => {
    await page.click('[data-test=coach-run]');
    await page.waitForSelector('[data-test=coaching]', { timeout: 30_000 });
    const view = coachingView(snapshotOf(fake));
    const cards = await shownCoachCards(page);
    expect(cards).toEqual(coreCoachCards(view));
    expect(cards.flatMap((c) => c.milestones).sort()).toEqual(['M0', 'M1', 'M3']);
    expect(await page.evaluate(() => (window as unknown as { pcssCalls: string[] }).pcssCalls)).toContain('pcssCoach');
  });

  it('shows an opportunity and rep named like HTML as text, never as markup', async () => {
    expect(await page.$$('img')).toHaveLength(0);
    expect(await page.$$eval('[data-test=rep] option', (os) => os.map((o) => o.textContent))).toContain(XSS);
    expect(await page.$$eval('[data-test=rep-row] th', (ths) => ths.map((th) => th.textContent))).toContain(XSS);
    expect(dialogs).toEqual([]);
  });

  it('shows a server failure in both languages and changes nothing', async () => {
    fake.lock.holder = 'another-user';
    const before = fake.book.sheets.length;
    await page.click('[data-test=setup]');
    await page.waitForSelector('[data-test=message][role=alert]');
    const text = await page.textContent('[data-test=message]');
    expect(text).toContain('另一次运行');
    expect(text).toContain('Another run');
    expect(fake.book.sheets.length).toBe(before);
    fake.lock.holder = null;
  });
});
