/**
 * Debian's Chromium, driven by playwright-core. Where it is missing the browser tests skip,
 * and say so once, loudly: CI installs it (.ci/run), so there they always run.
 */
import { existsSync } from 'fs';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export function noticeIfMissing(what: string): void {
  if (!hasChromium) console.warn(`NOTICE: ${CHROMIUM} not found: skipping ${what}. Install Debian's chromium to run it.`);
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A new page of `browser` on which every alert, confirm or prompt is dismissed and its message noted in `dialogs` (untrusted text must never raise one). */
export async function pageNotingDialogs(browser: Browser, dialogs: string[]): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return page;
}

/** `describe` where Chromium is installed; elsewhere `describe.skip`, after the notice naming `what` is skipped. */
export function describeInChromium(what: string): jest.Describe {
  noticeIfMissing(what);
  return hasChromium ? describe : describe.skip;
}

/** One Chromium for the tests of the enclosing describe: launched before them, closed after them. */
export function chromiumForDescribe(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is launched in beforeAll: ask for the browser inside a hook or a test');
    return browser;
  };
}
