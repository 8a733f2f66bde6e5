/**
 * The real pane in headless Chromium over the stand-in bridge (the real core on an in-memory
 * workbook): set up, reps tick items, generate the funnel; untrusted cell text stays text.
 */
import type { Browser, Page } from 'playwright-core';
import { evaluateMilestoneTab, findOurTabs, FIRST_DATA_ROW, milestoneTabRows, MS, type WorkbookSnapshot } from '../../core/layout';
import { periodForecasts } from '../../core/layout/periods';
import { defaultPeriods } from '../../core/cells/calendar';
import { chromiumForDescribe, describeInChromium, pageNotingDialogs } from '../support/chromium';
import { PANE_TRACKER, XSS } from '../support/paneTracker';
import { loadPane, startPane, type PaneWindow } from './standInPane';

function trackerWorkbook(): WorkbookSnapshot {
  return { sheets: [{ name: '销售机会跟踪', rows: PANE_TRACKER.map((row) => [...row]), tables: [] }] };
}

const describeIfChromium = describeInChromium('the pane browser test');

describeIfChromium('the pane in Chromium', () => {
  const browser = chromiumForDescribe();
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    page = await pageNotingDialogs(browser(), dialogs);
    await loadPane(page);
    await startPane(page, trackerWorkbook(), 'excel', 'zh');
  }, 120_000);

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
    const tabs = await page.evaluate(() => (window as unknown as PaneWindow).pcssTest.workbook().sheets.map((s: { name: string }) => s.name));
    expect(tabs).toEqual(expect.arrayContaining(['销售机会跟踪', '里程碑', '销售强度', '评分标准']));
  });

  it('generates the funnel after reps tick items, matching what core computes', async () => {
    await page.evaluate(() => {
      (window as unknown as PaneWindow).pcssTest.tick('ERP升级', 5);
      (window as unknown as PaneWindow).pcssTest.tick('仓储系统', 13);
    });
    await page.click('[data-test=funnel-run]');
    await page.waitForSelector('[data-test=funnel]');
    const workbook = await page.evaluate(() => (window as unknown as PaneWindow).pcssTest.workbook());
    const expected = evaluateMilestoneTab(workbook).funnel.forecast;
    expect(expected).toBe(500000 * 0.1 + 1200000 * 0.5);
    expect(await page.textContent('[data-test=forecast]')).toBe(expected.toLocaleString('zh-CN', { maximumFractionDigits: 0 }));
    expect(findOurTabs(workbook).has('funnel')).toBe(true);
    // What moved since the set-up is said beside the funnel, as recorded on the Changes tab.
    expect(await page.textContent('[data-test=movement]')).toContain('推进 2');
    // The forecast by period, as the funnel tab's period table: this quarter and the next, each with its months.
    expect(await page.$$('[data-test=period-row]')).toHaveLength(8);
    // Each with its open pipeline, as core and the funnel tab's 在途金额 give it (the stand-in's today is 2026-11-27).
    const open = periodForecasts(milestoneTabRows(workbook), defaultPeriods('2026-11-27')).map((p) => p.open.toLocaleString('zh-CN', { maximumFractionDigits: 0 }));
    expect(await page.$$eval('[data-test=period-open]', (tds) => tds.map((td) => td.textContent))).toEqual(open);
    expect(await page.textContent('.by-period thead')).toContain('在途金额');
    expect(findOurTabs(workbook).has('changes')).toBe(true);
  });

  it('brings an amount raised in the tracker in before the funnel, and says so beside it (issue 13: every run refreshes)', async () => {
    await page.evaluate(() => (window as unknown as PaneWindow).pcssTest.type('销售机会跟踪', 1, 3, 800000));
    await page.click('[data-test=funnel-run]');
    await page.waitForFunction(() => document.querySelector('[data-test=movement]')?.textContent?.includes('800000'));
    const workbook = await page.evaluate(() => (window as unknown as PaneWindow).pcssTest.workbook());
    const row = milestoneTabRows(workbook).find((r) => r.values[MS.opportunity] === 'ERP升级')!;
    expect(row.values[MS.amount]).toBe(800000);
    expect(await page.textContent('[data-test=movement]')).toContain('已按跟踪表更新 1 个机会的金额');
    const expected = evaluateMilestoneTab(workbook).funnel.forecast;
    expect(expected).toBe(800000 * 0.1 + 1200000 * 0.5);
    expect(await page.textContent('[data-test=forecast]')).toBe(expected.toLocaleString('zh-CN', { maximumFractionDigits: 0 }));
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
    await page.evaluate((name) => (window as unknown as PaneWindow).pcssTest.tick(name, 1, 'maybe'), XSS);
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

/** A page with the real pane over the stand-in bridge on `workbook`. */
async function openPane(browser: Browser, workbook: WorkbookSnapshot, host: 'excel' | 'sheets', lang: 'zh' | 'en'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: host === 'sheets' ? 300 : 320, height: 900 } });
  await loadPane(page);
  await startPane(page, workbook, host, lang);
  return page;
}

const workbookNow = (page: Page) => page.evaluate(() => (window as unknown as PaneWindow).pcssTest.workbook());
const sheetNames = async (page: Page) => (await workbookNow(page)).sheets.map((s) => s.name);
/** The opportunities on our milestone tab, in order. */
async function milestoneOpportunities(page: Page): Promise<unknown[]> {
  const tab = findOurTabs(await workbookNow(page)).get('milestones');
  if (!tab) return [];
  return tab.sheet.rows.slice(FIRST_DATA_ROW).map((r) => r?.[MS.opportunity]).filter((v) => v !== null && v !== undefined && v !== '');
}
const optionTexts = (page: Page, selector: string) => page.$$eval(`${selector} option`, (os) => os.map((o) => o.textContent ?? ''));
const selectedText = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

/** A notes sheet, a list without amounts (taken: more rows, a rep), a short one with amounts, and a sheet whose headers no one would recognise. */
function twoListsWorkbook(): WorkbookSnapshot {
  return {
    sheets: [
      { name: 'Notes', rows: [['Pipeline review on Monday'], ['Bring the Q3 numbers']], tables: [] },
      {
        name: 'Pipeline',
        rows: [['Opportunity', 'Customer', 'Sales Rep', 'Close date'], ['ERP upgrade', 'Acme', 'Ann', '2027-03-01'], ['Warehouse', 'Globex', 'Bob', '2027-04-01'], ['CRM rollout', 'Initech', 'Ann', '2027-05-01'], ['Data lake', 'Umbrella', 'Cy', '2027-06-01']],
        tables: [],
      },
      { name: 'Old deals', rows: [['Opportunity', 'Customer', 'Amount'], ['Kiosk', 'Stark', 90000], ['Signage', 'Wayne', 60000]], tables: [] },
    ],
  };
}

describeIfChromium('the pane before set-up: the list it will take, and the choice of another', () => {
  const browser = chromiumForDescribe();
  let page: Page;

  beforeAll(async () => {
    page = await openPane(browser(), twoListsWorkbook(), 'excel', 'en');
    await page.waitForSelector('[data-test=tracker-found]');
  }, 120_000);

  it('shows the sheet taken, each column found, and what the missing amount costs, before anything is written', async () => {
    expect(await page.textContent('[data-test=tracker-found]')).toContain('"Pipeline" (headers on row 1) · opportunities: 4');
    expect(await selectedText(page, '#map-rep')).toBe('Sales Rep');
    expect(await selectedText(page, '#map-expectedClose')).toBe('Close date');
    expect(await page.textContent('[data-test=cost-amount]')).toBe('Not found: the forecast is 0');
    expect(await page.$('[data-test=cost-rep]')).toBeNull();
    expect(await sheetNames(page)).toEqual(['Notes', 'Pipeline', 'Old deals']);
  });

  it('warns before set-up that the amount is missing and that two lists look alike, naming both', async () => {
    const findings = await page.textContent('[data-test=findings]');
    expect(findings).toContain('no amount column in the opportunity list "Pipeline"');
    expect(findings).toMatch(/two lists look like the opportunity list: took "Pipeline".*the other is "Old deals"/);
  });

  it('offers every sheet, the likeliest list first, each with why', async () => {
    expect(await optionTexts(page, '#tracker-sheet')).toEqual([
      'Pipeline — likeliest · opportunities: 4, columns recognised: 4',
      'Old deals — opportunities: 2, columns recognised: 3',
      'Notes — no opportunity headers recognised',
    ]);
    expect(await selectedText(page, '#tracker-sheet')).toMatch(/^Pipeline — /);
  });

  it('says what a column costs once the user sets it to none, and keeps the focus on that control', async () => {
    await page.focus('#map-rep');
    await page.selectOption('#map-rep', '');
    expect(await page.textContent('[data-test=cost-rep]')).toBe('Not found: no per-rep view');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('map-rep');
    await page.selectOption('#map-rep', { label: 'Sales Rep' });
    expect(await page.$('[data-test=cost-rep]')).toBeNull();
  });

  it('takes the list from the sheet the user picks: its columns, its costs, and the set-up writes its opportunities', async () => {
    await page.selectOption('#tracker-sheet', 'Old deals');
    await page.waitForFunction(() => document.querySelector('[data-test=tracker-found]')?.textContent?.includes('Old deals'));
    expect(await selectedText(page, '#map-amount')).toBe('Amount');
    expect(await page.$('[data-test=cost-amount]')).toBeNull();
    expect(await page.textContent('[data-test=cost-rep]')).toBe('Not found: no per-rep view');
    expect(await page.textContent('[data-test=findings]')).toContain('no rep column in the opportunity list "Old deals"');
    expect(await page.textContent('[data-test=findings]')).not.toContain('two lists');

    await page.click('[data-test=setup]');
    await page.waitForSelector('[data-test=message]');
    expect(await page.textContent('[data-test=message]')).toMatch(/Done: tabs added: \d+, opportunities added: 2\./);
    expect(await milestoneOpportunities(page)).toEqual(['Kiosk', 'Signage']);
    // The pick is kept after the set-up: the pane still shows the list it set up from.
    expect(await page.textContent('[data-test=tracker-found]')).toContain('Old deals');
  });
});

describeIfChromium('the pane on a workbook with no tracker', () => {
  const browser = chromiumForDescribe();
  let page: Page;
  const workbook: WorkbookSnapshot = {
    sheets: [
      { name: 'Notes', rows: [['Pipeline review on Monday']], tables: [] },
      { name: 'Deals export', rows: [['Thing', 'Who', 'Money'], ['Kiosk', 'Ann', 90000], ['Signage', 'Bob', 60000]], tables: [] },
    ],
  };

  beforeAll(async () => {
    page = await openPane(browser(), workbook, 'sheets', 'en');
    await page.waitForSelector('[data-test=tracker-missing]');
  }, 120_000);

  it('says no opportunity list was found and offers the sheets to choose from', async () => {
    expect(await page.textContent('[data-test=tracker-missing]')).toContain('No opportunity list found');
    expect(await optionTexts(page, '#tracker-sheet')).toEqual(['(choose a sheet)', 'Notes — no opportunity headers recognised', 'Deals export — no opportunity headers recognised']);
    expect(await page.$('[data-test=tracker-found]')).toBeNull();
  });

  it('refuses the funnel before set-up with the host’s bilingual message as an alert', async () => {
    await page.click('[data-test=funnel-run]');
    await page.waitForSelector('[data-test=message][role=alert]');
    const text = await page.textContent('[data-test=message]');
    expect(text).toMatch(/set up/i);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('never reports success for a set-up with no list: an alert in both languages, nothing written, the choice of sheet still there', async () => {
    await page.click('[data-test=setup]');
    await page.waitForSelector('[data-test=message][role=alert]');
    const text = await page.textContent('[data-test=message]');
    expect(text).toContain('no opportunity list found, so nothing was written');
    expect(text).toContain('未找到机会列表');
    expect(text).toContain('"Notes", "Deals export"');
    expect(await page.$('.message.ok')).toBeNull();
    expect(await page.textContent('#pane')).not.toMatch(/Done:/);
    expect(await sheetNames(page)).toEqual(['Notes', 'Deals export']);
    expect(await page.$('#tracker-sheet')).not.toBeNull();
  });

  it('offers the other sheets when no opportunity list was found: the user picks one, names its columns, and sets up from it', async () => {
    await page.selectOption('#tracker-sheet', 'Deals export');
    await page.waitForSelector('[data-test=tracker-problem]');
    expect(await page.textContent('[data-test=tracker-problem]')).toContain('no header row found in the first 10 rows of the sheet "Deals export"');
    expect(await optionTexts(page, '#map-opportunity')).toEqual(['(not used)', 'Thing', 'Who', 'Money']);
    expect(await page.textContent('[data-test=cost-amount]')).toBe('Not found: the forecast is 0');

    // Without a name column the set-up is still refused, and says which column it needs.
    await page.click('[data-test=setup]');
    await page.waitForSelector('[data-test=message][role=alert]');
    expect(await page.textContent('[data-test=message]')).toContain('has neither an opportunity nor a customer column');
    expect(await sheetNames(page)).toEqual(['Notes', 'Deals export']);

    await page.selectOption('#map-opportunity', { label: 'Thing' });
    await page.selectOption('#map-rep', { label: 'Who' });
    await page.selectOption('#map-amount', { label: 'Money' });
    expect(await page.$('[data-test=cost-amount]')).toBeNull();
    await page.click('[data-test=setup]');
    await page.waitForSelector('[data-test=message].ok');
    expect(await page.textContent('[data-test=message]')).toMatch(/opportunities added: 2\./);
    expect(await milestoneOpportunities(page)).toEqual(['Kiosk', 'Signage']);
  });
});
