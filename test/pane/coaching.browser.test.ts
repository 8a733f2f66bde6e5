/**
 * The coaching view (辅导) in the real pane, on the bundled sample: each rep's figures and each
 * open deal's milestone, next step, weakest factor and intensity are core's coaching view; the
 * funnel's rep filter picks one rep; cell text stays text; a workbook not set up is told so in
 * both languages, never an error.
 */
import type { Browser, Page } from 'playwright-core';
import type { WorkbookSnapshot } from '../../core/layout';
import { coachingView } from '../../core/report/coaching';
import { chromiumForDescribe, describeInChromium, pageNotingDialogs } from '../support/chromium';
import { PANE_TRACKER, XSS } from '../support/paneTracker';
import { sampleValues } from './sample';
import { loadPane, startPane } from './standInPane';

const SAMPLE = sampleValues();
const describeIfChromium = describeInChromium('the pane coaching test');
async function openPane(browser: Browser, dialogs: string[], workbook: WorkbookSnapshot, lang: 'zh' | 'en'): Promise<Page> {
  const page = await pageNotingDialogs(browser, dialogs);
  await page.setViewportSize({ width: 300, height: 900 });
  await loadPane(page);
  await startPane(page, workbook, 'sheets', lang);
  return page;
}

/** What the pane shows of each rep and deal, by the values it carries (data-value) and its text. */
function shown() {
  const value = (el: Element, test: string) => el.querySelector(`[data-test=${test}]`)?.getAttribute('data-value') ?? null;
  return Array.from(document.querySelectorAll('[data-test=coach-rep]')).map((card) => ({
    rep: card.getAttribute('data-rep'),
    open: Number(value(card, 'coach-open')),
    never: value(card, 'coach-never'),
    asks: value(card, 'coach-asks'),
    weakest: value(card, 'coach-weakest'),
    outOfOrder: value(card, 'coach-order'),
    deals: Array.from(card.querySelectorAll('[data-test=coach-deal]')).map((d) => ({
      opportunity: d.querySelector('[data-test=deal-opportunity]')?.textContent,
      milestone: value(d, 'deal-milestone'),
      next: value(d, 'deal-next'),
      weakest: value(d, 'deal-weakest'),
      intensity: value(d, 'deal-intensity'),
    })),
  }));
}

/** The same, from core's coaching view. */
function expected(rep?: string) {
  const view = coachingView(SAMPLE, rep);
  return view.reps.map((r) => ({
    rep: r.rep,
    open: r.openDeals,
    never: r.neverTaken.length ? r.neverTaken.map((s) => s.id).join(' ') : null,
    asks: r.activity ? String(r.activity.shares[4]) : null,
    weakest: r.weakest ? `${r.weakest.key} ${r.weakest.score}` : null,
    outOfOrder: r.outOfOrderDeals > 0 ? String(r.outOfOrderDeals) : null,
    deals: r.opportunities.map((o) => ({
      opportunity: o.opportunity,
      milestone: o.milestone.id,
      next: o.nextStep?.id ?? '',
      weakest: o.weakest ? `${o.weakest.key} ${o.weakest.score}` : '',
      intensity: o.intensity === null ? '' : String(o.intensity),
    })),
  }));
}

describeIfChromium('the coaching view in the pane, on the bundled sample', () => {
  const browser = chromiumForDescribe();
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    page = await openPane(browser(), dialogs, SAMPLE, 'zh');
    await page.waitForSelector('[data-test=tracker-found]');
  }, 120_000);

  it('shows every rep’s figures and every open deal as core’s coaching view computes them', async () => {
    await page.click('[data-test=coach-run]');
    await page.waitForSelector('[data-test=coaching]');
    const want = expected();
    expect(want.flatMap((r) => r.deals).length).toBeGreaterThan(20);
    expect(await page.evaluate(shown)).toEqual(want);
    const deals = want.reduce((n, r) => n + r.open, 0);
    expect(await page.textContent('[data-test=message]')).toBe(`辅导:6 位销售人员,${deals} 个进行中的机会。Coaching: reps 6, open deals ${deals}.`);
  });

  it('says in words that 丁磊 never asks for the business, with the team’s rate', async () => {
    const card = page.locator('[data-test=coach-rep][data-rep="丁磊"]');
    expect(await card.locator('[data-test=coach-never]').textContent()).toContain('S5 要求生意');
    expect(await card.locator('[data-test=coach-asks]').textContent()).toMatch(/^要求生意.占其业务动作的 0%.团队 \d+%.——从不要求生意$/);
  });

  it('coaches the rep chosen in the funnel’s rep filter only, in English after switching', async () => {
    await page.click('[data-test=lang]');
    await page.selectOption('[data-test=rep]', '丁磊');
    await page.click('[data-test=coach-run]');
    await page.waitForFunction(() => document.querySelectorAll('[data-test=coach-rep]').length === 1);
    expect(await page.evaluate(shown)).toEqual(expected('丁磊'));
    expect(await page.textContent('[data-test=coach-rep] [data-test=coach-asks]')).toMatch(/^Asks for the business: 0% of their activity \(team \d+%\): never asks$/);
    expect(await page.textContent('[data-test=coach-rep] [data-test=deal-next]')).toMatch(/^K\d\d /);
  });
});

describeIfChromium('the coaching view before set-up, and cell text in it', () => {
  const browser = chromiumForDescribe();
  const dialogs: string[] = [];
  const tracker: WorkbookSnapshot = { sheets: [{ name: '销售机会跟踪', rows: PANE_TRACKER.map((row) => [...row]), tables: [] }] };

  it('says the workbook is not set up, in both languages, as a state and not an error', async () => {
    const page = await openPane(browser(), dialogs, tracker, 'en');
    await page.waitForSelector('[data-test=tracker-found]');
    await page.click('[data-test=coach-run]');
    await page.waitForSelector('[data-test=coach-not-set-up]');
    const text = await page.textContent('[data-test=coach-not-set-up]');
    expect(text).toContain('not set up yet');
    expect(text).toContain('尚未设置');
    expect(await page.$('[data-test=message][role=alert]')).toBeNull();
  });

  it('shows a deal and a rep named like HTML as text once set up', async () => {
    const page = await openPane(browser(), dialogs, tracker, 'zh');
    await page.waitForSelector('[data-test=tracker-found]');
    await page.click('[data-test=setup]');
    await page.waitForSelector('[data-test=message].ok');
    await page.click('[data-test=coach-run]');
    await page.waitForSelector('[data-test=coaching]');
    expect(await page.$$eval('[data-test=coach-name]', (els) => els.map((e) => e.textContent))).toContain(XSS);
    expect(await page.$$eval('[data-test=deal-opportunity]', (els) => els.map((e) => e.textContent))).toContain(XSS);
    expect(await page.$$('#pane img')).toHaveLength(0);
    expect(dialogs).toEqual([]);
  });
});
