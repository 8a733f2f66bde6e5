/**
 * The real pane in headless Chromium over the stand-in bridge (the real core on an in-memory
 * workbook): set up, reps tick items, generate the funnel; untrusted cell text stays text.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { evaluateMilestoneTab, findOurTabs, type WorkbookSnapshot } from '../../core/layout';
import { bundleForBrowser } from '../support/bundle';
import { hasChromium, launchChromium, noticeIfMissing } from '../support/chromium';
import type { TestHooks } from './page';

/** The page's hooks, as the browser-side callbacks see them. */
type PcssWindow = Window & { pcssTest: TestHooks };

const XSS = '<img src=x onerror=alert(1)>';

function trackerWorkbook(): WorkbookSnapshot {
  const header = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段'];
  const rows = [
    ['ERP升级', '华东精密', '李明', 500000, '2027-03-01', '需求调研'],
    ['仓储系统', '博远科技', '张伟', '¥1,200,000', '2027-04-01', '方案交流'],
    [XSS, '云帆电子', XSS, 300000, '2027-05-01', '初步接触'],
  ];
  return { sheets: [{ name: '销售机会跟踪', rows: [header, ...rows], tables: [] }] };
}

const describeIfChromium = hasChromium ? describe : describe.skip;
noticeIfMissing('the pane browser test');

describeIfChromium('the pane in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    const [bundle, css] = [await bundleForBrowser(join(__dirname, 'page.ts')), readFileSync(join(__dirname, '../../pane/pane.css'), 'utf8')];
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><main id="pane"></main></body></html>`);
    await page.addScriptTag({ content: bundle });
    await page.evaluate((wb) => (window as unknown as PcssWindow).pcssTest.start(wb, 'excel', 'zh'), trackerWorkbook());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the tracker it found and the detected column mapping, in Chinese', async () => {
    await page.waitForSelector('[data-test=tracker-found]');
    expect(await page.textContent('[data-test=tracker-found]')).toContain('销售机会跟踪');
    expect(await page.$eval('#map-amount', (el) => (el as HTMLSelectElement).selectedOptions[0].textContent)).toBe('合同金额');
    expect(await page.textContent('h1')).toBe('销售进程管理');
  });

  it('sets up the workbook from the keyboard, with progress and a result message', async () => {
    await page.focus('[data-test=setup]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-test=message]');
    expect(await page.textContent('[data-test=message]')).toMatch(/新增 \d+ 个标签页、3 个机会/);
    const tabs = await page.evaluate(() => (window as unknown as PcssWindow).pcssTest.workbook().sheets.map((s: { name: string }) => s.name));
    expect(tabs).toEqual(expect.arrayContaining(['销售机会跟踪', '里程碑', '销售强度', '评分标准']));
  });

  it('generates the funnel after reps tick items, matching what core computes', async () => {
    await page.evaluate(() => {
      (window as unknown as PcssWindow).pcssTest.tick('ERP升级', 5);
      (window as unknown as PcssWindow).pcssTest.tick('仓储系统', 13);
    });
    await page.click('[data-test=funnel-run]');
    await page.waitForSelector('[data-test=funnel]');
    const workbook = await page.evaluate(() => (window as unknown as PcssWindow).pcssTest.workbook());
    const expected = evaluateMilestoneTab(workbook).funnel.forecast;
    expect(expected).toBe(500000 * 0.1 + 1200000 * 0.5);
    expect(await page.textContent('[data-test=forecast]')).toBe(expected.toLocaleString('zh-CN', { maximumFractionDigits: 0 }));
    expect(findOurTabs(workbook).has('funnel')).toBe(true);
  });

  it('shows an opportunity and rep named like HTML as text, never as markup', async () => {
    expect(await page.$$('#pane img')).toHaveLength(0);
    const reps = await page.$$eval('[data-test=rep-row] th', (ths) => ths.map((th) => th.textContent));
    expect(reps).toContain(XSS);
    const options = await page.$$eval('[data-test=rep] option', (os) => os.map((o) => o.textContent));
    expect(options).toContain(XSS);
    expect(dialogs).toEqual([]);
  });

  it('names a row whose tick it cannot read, by opportunity, and counts it as not ticked, as the workbook does', async () => {
    await page.evaluate((name) => (window as unknown as PcssWindow).pcssTest.tick(name, 1, 'maybe'), XSS);
    await page.click('[data-test=funnel-run]');
    await page.waitForSelector('[data-test=row-warnings]');
    const text = await page.textContent('[data-test=row-warnings]');
    expect(text).toContain(XSS);
    expect(text).toContain('maybe');
    expect(text).toContain('按未勾选计');
    expect(await page.$$('#pane img')).toHaveLength(0);
  });

  it('switches to English and keeps the results', async () => {
    await page.click('[data-test=lang]');
    expect(await page.textContent('h1')).toBe('Sales Process');
    expect(await page.textContent('[data-test=funnel] tbody tr:first-child th')).toBe('Not qualified');
    expect(await page.textContent('[data-test=row-warnings]')).toContain('counts as not ticked');
  });
});

describeIfChromium('the pane on a workbook with no tracker', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const [bundle, css] = [await bundleForBrowser(join(__dirname, 'page.ts')), readFileSync(join(__dirname, '../../pane/pane.css'), 'utf8')];
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><main id="pane"></main></body></html>`);
    await page.addScriptTag({ content: bundle });
    const empty: WorkbookSnapshot = { sheets: [{ name: 'Sheet1', rows: [['notes']], tables: [] }] };
    await page.evaluate((wb) => (window as unknown as PcssWindow).pcssTest.start(wb, 'sheets', 'en'), empty);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('says no tracker was found, in the display language', async () => {
    expect(await page.textContent('[data-test=tracker-missing]')).toContain('No opportunity list found');
  });

  it('refuses the funnel before set-up with the host’s bilingual message as an alert', async () => {
    await page.click('[data-test=funnel-run]');
    await page.waitForSelector('[data-test=message][role=alert]');
    const text = await page.textContent('[data-test=message]');
    expect(text).toMatch(/set up/i);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('sets up empty tabs and lists the set-up’s warnings', async () => {
    await page.click('[data-test=setup]');
    await page.waitForSelector('[data-test=warnings]');
    expect(await page.textContent('[data-test=warnings]')).toMatch(/opportunity list|tracker/i);
    expect(await page.textContent('[data-test=message]')).toMatch(/0 opportunities added/);
  });
});

