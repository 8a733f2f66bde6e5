/** The built Apps Script project files, as clasp pushes them. */
import { readFileSync } from 'fs';
import { DIST, ensureBuilt } from '../functions/buildOnce';
import { loadCodeJs } from './codeJs';
import { FakeAppsScript } from './fake';
import { CATALOGUE } from '../../core/functions';

describe('dist/gsheets', () => {
  beforeAll(() => ensureBuilt());
  const sidebar = () => readFileSync(DIST.gsheetsSidebar, 'utf8');

  it('Sidebar.html is one self-contained page: script and styles inline, nothing loaded from elsewhere', () => {
    const html = sidebar();
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).toContain('.pcss-pane.host-sheets');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('pcssSetup');
  });

  it('Sidebar.html holds no template scriptlets: HtmlService serves it as it is', () => {
    expect(sidebar()).not.toContain('<?');
  });

  it('Sidebar.html sets cell text as text, never as HTML', () => {
    expect(sidebar()).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/);
  });

  it('Code.js starts with @OnlyCurrentDoc and defines the triggers, the menu items and the sidebar’s server functions at top level', () => {
    expect(readFileSync(DIST.gsheetsCode, 'utf8').startsWith('/** @OnlyCurrentDoc */')).toBe(true);
    const code = loadCodeJs(new FakeAppsScript());
    for (const name of ['onOpen', 'onInstall', 'pcssMenuSetup', 'pcssMenuFunnel', 'pcssShowSidebar', 'pcssDisplayLang', 'pcssInspect', 'pcssSetup', 'pcssFunnel', 'pcssProgress']) {
      expect({ name, defined: code.has(name) }).toEqual({ name, defined: true });
    }
  });

  it('Code.js carries each custom function’s description once, in the JSDoc Sheets shows, not again as data', () => {
    const code = readFileSync(DIST.gsheetsCode, 'utf8');
    for (const f of CATALOGUE) expect({ id: f.id, times: code.split(f.description.zh).length - 1 }).toEqual({ id: f.id, times: 1 });
  });
});
