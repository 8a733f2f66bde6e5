/** The menu, the sidebar's opening and the server functions google.script.run calls, in the built Code.js. */
import { loadCodeJs } from './codeJs';
import { FakeAppsScript } from './fake';
import { ZH_HEADERS } from '../scenarios/scenarios';

function withTracker(locale = 'zh_CN') {
  const fake = new FakeAppsScript({ locale });
  fake.addSheet('销售机会跟踪', [ZH_HEADERS, ['ERP升级', '华东精密', '李明', 500000, '2027-03-01', '需求调研']]);
  return { fake, code: loadCodeJs(fake) };
}

describe('the add-on menu', () => {
  const expected = [
    { caption: '设置工作簿 Set up workbook', functionName: 'pcssMenuSetup' },
    { caption: '生成漏斗 Generate funnel', functionName: 'pcssMenuFunnel' },
    { caption: '---', functionName: '' },
    { caption: '打开侧栏 Open sidebar', functionName: 'pcssShowSidebar' },
  ];

  it('is built on open even in AuthMode.NONE, where the spreadsheet cannot be read', () => {
    const fake = new FakeAppsScript();
    const globals = fake.globalsFor() as { SpreadsheetApp: Record<string, unknown> };
    const app = globals.SpreadsheetApp;
    // In AuthMode.NONE any access to the document throws; only the Ui is there.
    const refusing = new Proxy(app, {
      get: (t, k) => (k === 'getUi' ? Reflect.get(t, k) : () => { throw new Error('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet'); }),
    });
    loadCodeJs(fake, 'user-a', { SpreadsheetApp: refusing }).call('onOpen', { authMode: 'NONE' });
    expect(fake.ui.menus).toEqual([{ items: expected, added: true }]);
    expect(fake.log.byMethod.get('SpreadsheetApp.getActiveSpreadsheet')).toBeUndefined();
  });

  it('is built by onInstall too (it calls onOpen)', () => {
    const fake = new FakeAppsScript();
    loadCodeJs(fake).call('onInstall', { authMode: 'FULL' });
    expect(fake.ui.menus).toEqual([{ items: expected, added: true }]);
  });

  it('names only functions Code.js defines', () => {
    const { code } = withTracker();
    for (const item of expected.filter((i) => i.functionName)) expect(code.has(item.functionName)).toBe(true);
  });

  it('sets up and generates the funnel from the menu, answering in a bilingual toast', () => {
    const { fake, code } = withTracker();
    code.call('pcssMenuSetup');
    code.call('pcssMenuFunnel');
    expect(fake.book.toasts.map((t) => t.message)).toEqual([
      '完成:新增 10 个标签页、1 个机会。\nDone: tabs added: 10, opportunities added: 1.',
      expect.stringMatching(/^漏斗已生成:1 个机会,预测 0。\nFunnel generated: opportunities: 1, forecast: 0\.$/),
    ]);
  });
});

describe('the sidebar', () => {
  it('opens the project’s Sidebar file with a bilingual title', () => {
    const { fake, code } = withTracker();
    code.call('pcssShowSidebar');
    expect(fake.ui.sidebars).toEqual([{ file: 'Sidebar', title: '销售进程管理 · Sales Process' }]);
  });

  it('is told the spreadsheet’s language: zh for a Chinese locale, en otherwise', () => {
    expect(withTracker('zh_TW').code.call('pcssDisplayLang')).toEqual({ ok: true, value: 'zh' });
    expect(withTracker('en_GB').code.call('pcssDisplayLang')).toEqual({ ok: true, value: 'en' });
    expect(withTracker('de').code.call('pcssDisplayLang')).toEqual({ ok: true, value: 'en' });
  });

  it('finds the tracker and its headers', () => {
    const info = withTracker().code.call<{ ok: true; value: { mapping: { sheet: string }; headers: string[] } }>('pcssInspect');
    expect(info.value.mapping.sheet).toBe('销售机会跟踪');
    expect(info.value.headers).toEqual(ZH_HEADERS);
  });

  it('can poll the stage a run reached, by the token it chose', () => {
    const { code } = withTracker();
    const token = 'abcdef0123456789';
    expect(code.call('pcssProgress', token)).toBeNull();
    code.call('pcssSetup', { lang: 'zh' }, token);
    expect(code.call('pcssProgress', token)).toEqual({ done: 1, zh: '完成', en: 'Done' });
    expect(code.call('pcssProgress', '<script>')).toBeNull();
  });

  it('refuses a malformed request in both languages and writes nothing', () => {
    const { fake, code } = withTracker();
    const sheets = fake.book.sheets.length;
    expect(code.call('pcssSetup', { lang: 'fr' })).toEqual({ ok: false, code: 'SHEETS_BAD_REQUEST', zh: '侧栏发送的请求无效:lang', en: 'The sidebar sent an invalid request: lang' });
    expect(code.call('pcssSetup', { mapping: { sheet: 3 } })).toMatchObject({ ok: false, en: 'The sidebar sent an invalid request: mapping' });
    expect(code.call('pcssFunnel', { date: 'tomorrow' })).toMatchObject({ ok: false, en: 'The sidebar sent an invalid request: date' });
    expect(fake.book.sheets.length).toBe(sheets);
  });

  it('refuses the funnel before the set-up, in both languages, writing nothing', () => {
    const { fake, code } = withTracker();
    const r = code.call<{ ok: boolean; zh: string; en: string }>('pcssFunnel', {});
    expect(r.ok).toBe(false);
    expect(r.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(r.en).toMatch(/set up/i);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['销售机会跟踪']);
  });

  it('sets up with the mapping the user corrected', () => {
    const fake = new FakeAppsScript({ locale: 'en_US' });
    fake.addSheet('Deals', [['Deal', 'Client', 'Owner', 'Value'], ['Alpha', 'A Corp', 'Ann', 100], ['Beta', 'B Corp', 'Bob', 200]]);
    const code = loadCodeJs(fake);
    const mapping = { sheet: 'Deals', headerRow: 0, lastRow: 2, columns: { opportunity: 0, customer: 1, rep: 2, amount: 3 }, headers: { opportunity: 'Deal', customer: 'Client', rep: 'Owner', amount: 'Value' } };
    const r = code.call<{ ok: boolean; value: { opportunitiesAdded: number } }>('pcssSetup', { lang: 'en', mapping });
    expect(r).toMatchObject({ ok: true, value: { opportunitiesAdded: 2 } });
  });
});
