/**
 * The built task pane (dist/excel-addin/taskpane.html + taskpane.js + functions.js), as Excel
 * would load it, in headless Chromium against the fake Excel: set up, reps tick items,
 * generate the funnel; untrusted cell text shows as text.
 */
import { readFileSync } from 'fs';
import { extname, join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { MS, type WorkbookSnapshot } from '../../core/layout';
import { coachingView } from '../../core/report/coaching';
import { bundleForBrowser } from '../support/bundle';
import { describeInChromium, launchChromium, pageNotingDialogs } from '../support/chromium';
import { PANE_TRACKER, XSS } from '../support/paneTracker';
import { coreCoachCards, shownCoachCards } from '../support/coachCards';
import { DIST, ensureBuilt } from '../functions/buildOnce';


interface FakeHooks {
  seedTracker(rows: unknown[][]): void;
  cell(sheet: string, row: number, col: number): unknown;
  tick(sheet: string, firstCell: string, col: number, count: number): void;
  sheetNames(): string[];
  snapshot(): WorkbookSnapshot;
}
type TestWindow = Window & { pcssFake: FakeHooks; pcssStart: () => void };

const describeIfChromium = describeInChromium('the built Excel task pane test');

describeIfChromium('the built Excel task pane against the fake Excel', () => {
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    const officeStandIn = await bundleForBrowser(join(__dirname, 'paneOffice.ts'));
    const distDir = join(DIST.excelTaskpaneHtml, '..');
    browser = await launchChromium();
    page = await pageNotingDialogs(browser, dialogs);
    // Nothing leaves the machine: the CDN's office.js is the stand-in, the add-in's origin is dist/.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      requests.push(url.href);
      if (url.host === 'appsforoffice.microsoft.com') return route.fulfill({ contentType: 'text/javascript', body: officeStandIn });
      if (url.host === 'localhost:3000') {
        const file = join(distDir, url.pathname === '/' ? 'taskpane.html' : url.pathname);
        const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };
        try {
          return route.fulfill({ contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
        } catch {
          return route.fulfill({ status: 404, body: 'not found' });
        }
      }
      return route.abort();
    });
    await page.goto('https://localhost:3000/taskpane.html');
    await page.evaluate((rows) => {
      const w = window as unknown as TestWindow;
      w.pcssFake.seedTracker(rows);
      w.pcssStart();
    }, PANE_TRACKER);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads office.js, the custom functions and the pane from the add-in origin only', () => {
    const hosts = new Set(requests.map((r) => new URL(r).host));
    expect([...hosts].sort()).toEqual(['appsforoffice.microsoft.com', 'localhost:3000']);
    expect(requests.some((r) => r.endsWith('/functions.js'))).toBe(true);
    expect(requests.some((r) => r.endsWith('/taskpane.js'))).toBe(true);
  });

  it('shows the detected tracker in Office’s language (Chinese)', async () => {
    await page.waitForSelector('[data-test=tracker-found]');
    expect(await page.textContent('[data-test=tracker-found]')).toContain('销售机会跟踪');
    expect(await page.textContent('h1')).toBe('销售进程管理');
  });

  it('sets up the workbook beside the tracker, leaving every tracker cell as it was', async () => {
    await page.click('[data-test=setup]');
    await page.waitForSelector('[data-test=message]');
    expect(await page.textContent('[data-test=message]')).toMatch(/3 个机会/);
    const names = await page.evaluate(() => (window as unknown as TestWindow).pcssFake.sheetNames());
    expect(names).toEqual(expect.arrayContaining(['销售机会跟踪', '里程碑', '销售强度', '评分标准']));
    const tracker = await page.evaluate(
      (size) => Array.from({ length: size.rows }, (_, r) => Array.from({ length: size.cols }, (_, c) => (window as unknown as TestWindow).pcssFake.cell('销售机会跟踪', r, c))),
      { rows: PANE_TRACKER.length, cols: PANE_TRACKER[0].length },
    );
    expect(tracker).toEqual(PANE_TRACKER);
  });

  it('generates the funnel after reps tick items on the milestone tab', async () => {
    await page.evaluate(
      ({ col }) => {
        const fake = (window as unknown as TestWindow).pcssFake;
        fake.tick('里程碑', 'ERP升级', col, 5);
        fake.tick('里程碑', '仓储系统', col, 13);
      },
      { col: MS.checklist },
    );
    await page.click('[data-test=funnel-run]');
    await page.waitForSelector('[data-test=funnel]', { timeout: 30_000 });
    expect(await page.textContent('[data-test=forecast]')).toBe((500000 * 0.1 + 1200000 * 0.5).toLocaleString('zh-CN'));
    const names = await page.evaluate(() => (window as unknown as TestWindow).pcssFake.sheetNames());
    expect(names).toContain('漏斗');
  });

  it('shows the coaching view as core computes it from the workbook Excel holds, through the Excel bridge', async () => {
    await page.click('[data-test=coach-run]');
    await page.waitForSelector('[data-test=coaching]', { timeout: 30_000 });
    const view = coachingView(await page.evaluate(() => (window as unknown as TestWindow).pcssFake.snapshot()));
    const cards = await shownCoachCards(page);
    expect(cards).toEqual(coreCoachCards(view));
    // The ticks made above: ERP升级 at M1 (five items), 仓储系统 at M3.
    expect(cards.flatMap((c) => c.milestones).sort()).toEqual(['M0', 'M1', 'M3']);
  });

  it('follows Office’s theme: dark here', async () => {
    expect(await page.getAttribute('#pane', 'class')).toContain('theme-dark');
    expect(await page.$eval('#pane', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(41, 41, 41)');
    expect(await page.$eval('body', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(41, 41, 41)');
  });

  it('shows an opportunity and rep named like HTML as text, never as markup', async () => {
    expect(await page.$$('img')).toHaveLength(0);
    expect(await page.$$eval('[data-test=rep] option', (os) => os.map((o) => o.textContent))).toContain(XSS);
    expect(await page.$$eval('[data-test=rep-row] th', (ths) => ths.map((th) => th.textContent))).toContain(XSS);
    expect(dialogs).toEqual([]);
  });
});
