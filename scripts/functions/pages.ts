import { readFileSync } from 'fs';
import { join } from 'path';

const PAGES_DIR = join(__dirname, '..', '..', 'assets', 'pages');

/** The pages shipped beside the add-in, zh and en: help and support (the SupportUrl), privacy. */
export const PAGES = ['support.html', 'privacy.html'] as const;

/**
 * Each page as served: assets/pages/<name> with {{version}} filled in. The pages link to each
 * other and to help.html by relative address only, so they hold on whatever origin serves them.
 */
export function pageFiles(version: string): Record<(typeof PAGES)[number], string> {
  const fill = (name: string) => readFileSync(join(PAGES_DIR, name), 'utf8').replace(/\{\{version\}\}/g, version);
  return { 'support.html': fill('support.html'), 'privacy.html': fill('privacy.html') };
}
