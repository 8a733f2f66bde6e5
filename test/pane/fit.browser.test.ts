/**
 * The pane fits its host (issue 14): at Sheets' 300 px sidebar and Excel's 320 px task pane, in
 * Chinese and English, on the bundled sample, nothing scrolls sideways — before any action,
 * after a funnel, in the coaching view, after switching language; the control used from the
 * keyboard keeps the focus; the answer appears beside it; the progress bar always has a name.
 */
import type { Page } from 'playwright-core';
import { chromiumForDescribe, describeInChromium } from '../support/chromium';
import { sampleValues } from './sample';
import { loadPane, startPane, type PaneWindow } from './standInPane';

type PcssWindow = PaneWindow & { pcssBars: { shown: number; unlabeled: string[] } };

/** Everything that sticks out sideways: the document, the body, each part of the pane, and any element past the right edge. */
function overflow(): string[] {
  const out: string[] = [];
  const de = document.documentElement;
  if (de.scrollWidth > de.clientWidth) out.push(`document ${de.scrollWidth} > ${de.clientWidth}`);
  if (document.body.scrollWidth > document.body.clientWidth) out.push(`body ${document.body.scrollWidth} > ${document.body.clientWidth}`);
  for (const part of Array.from(document.querySelectorAll('#pane, #pane > *, #pane section *'))) {
    if (part.scrollWidth > part.clientWidth && part.clientWidth > 0 && getComputedStyle(part).display !== 'inline') out.push(`${part.tagName}.${part.className} ${part.scrollWidth} > ${part.clientWidth}`);
  }
  for (const el of Array.from(document.querySelectorAll('#pane *'))) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > de.clientWidth + 0.5) out.push(`${el.tagName}.${el.className} ends at ${Math.round(r.right)} of ${de.clientWidth}`);
  }
  return out.slice(0, 8);
}

/** Notes every moment the progress bar shows, and each time it shows with no accessible name. */
function watchProgressBars(): void {
  const w = window as unknown as PcssWindow;
  w.pcssBars = { shown: 0, unlabeled: [] };
  new MutationObserver(() => {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[role=progressbar]'))) {
      if (el.hidden) continue;
      w.pcssBars.shown++;
      if (!(el.getAttribute('aria-label') ?? '').trim() && !el.getAttribute('aria-labelledby')) w.pcssBars.unlabeled.push(el.outerHTML.slice(0, 120));
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-test') ?? document.activeElement?.tagName ?? null);
const idle = (page: Page, test: string) => page.waitForFunction((t) => !(document.querySelector(`[data-test=${t}]`) as HTMLButtonElement | null)?.disabled, test);
/** Whether the message shown is in the same section as the control `test`. */
const messageBeside = (page: Page, test: string) =>
  page.evaluate((t) => {
    const m = document.querySelector('[data-test=message]');
    const section = m?.closest('section');
    return !!section && !!section.querySelector(`[data-test=${t}]`) && !!m?.closest('[aria-live]');
  }, test);

/** Presses `key` on the button `test` and waits for `answer`: the focus stays on the button, the message shows beside it, nothing sticks out. */
async function pressAndCheck(page: Page, test: string, key: 'Space' | 'Enter', answer: string): Promise<void> {
  await page.focus(`[data-test=${test}]`);
  await page.keyboard.press(key);
  await page.waitForSelector(answer);
  await idle(page, test);
  expect(await focused(page)).toBe(test);
  expect(await messageBeside(page, test)).toBe(true);
  expect(await page.evaluate(overflow)).toEqual([]);
}

const describeIfChromium = describeInChromium('the pane fit test');
const SAMPLE = sampleValues();

describe.each([
  ['sheets', 300],
  ['excel', 320],
] as const)('the pane in %s at %i px', (host, width) => {
  describeIfChromium.each(['zh', 'en'] as const)('in %s', (lang) => {
    const browser = chromiumForDescribe();
    let page: Page;

    beforeAll(async () => {
      page = await browser().newPage({ viewport: { width, height: 800 } });
      await loadPane(page);
      await page.evaluate(watchProgressBars);
      await startPane(page, SAMPLE, host, lang);
      await page.waitForSelector('[data-test=tracker-found]');
    }, 120_000);

    it('fits before any action', async () => {
      expect(await page.evaluate(overflow)).toEqual([]);
    });

    it('sets up from the keyboard (Space), keeps the focus on the button, answers beside it, and still fits', async () => {
      await pressAndCheck(page, 'setup', 'Space', '[data-test=message].ok');
    });

    it('keeps the focus on the sheet picker after a sheet is picked from the keyboard', async () => {
      await page.focus('#tracker-sheet');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => !(document.querySelector('#tracker-sheet') as HTMLSelectElement).disabled);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tracker-sheet');
      await page.keyboard.press('ArrowUp');
      await page.waitForFunction(() => document.querySelector('[data-test=tracker-found]')?.textContent?.includes('销售机会跟踪'));
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tracker-sheet');
    });

    it('generates the funnel from the keyboard (Enter), keeps the focus on the button, answers beside it, and still fits', async () => {
      await pressAndCheck(page, 'funnel-run', 'Enter', '[data-test=funnel]');
    });

    it('shows the coaching view from the keyboard (Space), keeps the focus on its button, answers beside it, and still fits', async () => {
      await pressAndCheck(page, 'coach-run', 'Space', '[data-test=coaching]');
      expect(await page.$$('[data-test=coach-rep]')).toHaveLength(6);
    });

    it('switches language from the keyboard, keeps the focus on the switch, and fits in the other language too', async () => {
      await page.focus('[data-test=lang]');
      await page.keyboard.press('Enter');
      expect(await page.textContent('h1')).toBe(lang === 'zh' ? 'Sales Process' : '销售进程管理');
      expect(await focused(page)).toBe('lang');
      expect(await page.evaluate(overflow)).toEqual([]);
    });

    it('names its progress bar every time it shows, in the language shown', async () => {
      const bars = await page.evaluate(() => (window as unknown as PcssWindow).pcssBars);
      expect(bars.shown).toBeGreaterThan(0);
      expect(bars.unlabeled).toEqual([]);
      expect(await page.getAttribute('[role=progressbar]', 'aria-label')).toBe(lang === 'zh' ? 'Progress' : '进度');
    });
  });
});

describeIfChromium('the pane at 300 px with amounts over a trillion and names without spaces', () => {
  const browser = chromiumForDescribe();
  let page: Page;
  const long = 'Enterprise-wide-resource-planning-upgrade-phase-two';
  const tracker = [
    ['Opportunity', 'Customer', 'Sales Rep', 'Amount', 'Expected close', 'Stage'],
    [long, 'Consolidated-Holdings-International-Group', 'Alexandria-Montgomery-Fitzgerald', 987_654_321_098, '2027-03-01', ''],
    ['Warehouse', 'Globex', 'Bob', 123_456_789_012, '2027-04-01', ''],
  ];

  beforeAll(async () => {
    page = await browser().newPage({ viewport: { width: 300, height: 800 } });
    await loadPane(page);
    await startPane(page, { sheets: [{ name: 'Pipeline', rows: tracker, tables: [] }] }, 'sheets', 'en');
    await page.waitForSelector('[data-test=tracker-found]');
  }, 120_000);

  it('sets up, generates the funnel and shows the coaching view without scrolling sideways', async () => {
    expect(await page.evaluate(overflow)).toEqual([]);
    await page.click('[data-test=setup]');
    await page.waitForSelector('[data-test=message].ok');
    await page.click('[data-test=funnel-run]');
    await page.waitForSelector('[data-test=funnel]');
    expect(await page.textContent('[data-test=funnel]')).toContain('1,111,111,110,110');
    expect(await page.evaluate(overflow)).toEqual([]);
    await page.click('[data-test=coach-run]');
    await page.waitForSelector('[data-test=coaching]');
    expect(await page.textContent('[data-test=coaching]')).toContain(long);
    expect(await page.evaluate(overflow)).toEqual([]);
  });
});
