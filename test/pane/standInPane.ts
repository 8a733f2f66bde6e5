/**
 * The real pane in a browser page for the pane's browser tests: pane/ bundled with the stand-in
 * bridge of page.ts (the real core on an in-memory workbook), with the pane's own stylesheet.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import type { WorkbookSnapshot } from '../../core/layout';
import { bundleForBrowser } from '../support/bundle';
import type { TestHooks } from './page';

/** The page's hooks, as the browser-side callbacks see them. */
export type PaneWindow = Window & { pcssTest: TestHooks };

let built: Promise<string> | undefined;

/** Loads the pane's bundle and stylesheet into `page`, not yet started (a test may watch the page first). */
export async function loadPane(page: Page): Promise<void> {
  const [bundle, css] = [await (built ??= bundleForBrowser(join(__dirname, 'page.ts'))), readFileSync(join(__dirname, '../../pane/pane.css'), 'utf8')];
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>${css}</style></head><body style="margin:0"><main id="pane"></main></body></html>`);
  await page.addScriptTag({ content: bundle });
}

/** Starts the loaded pane on `workbook`, as `host` starts it, in `lang`. */
export async function startPane(page: Page, workbook: WorkbookSnapshot, host: 'excel' | 'sheets', lang: 'zh' | 'en'): Promise<void> {
  await page.evaluate(([wb, h, l]) => (window as unknown as PaneWindow).pcssTest.start(wb, h, l), [workbook, host, lang] as const);
}
