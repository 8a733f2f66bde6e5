import { CATALOGUE, FUNCTION_BY_ID } from '../../core/functions';
import { asExcelArgs, loadExcel, loadGsheets, type Outcome } from './artifacts';
import { CALLS, type Call } from './callTable';

const hosts = {
  en: { sheets: loadGsheets('en_US'), excel: loadExcel({ displayLanguage: 'en-US' }) },
  zh: { sheets: loadGsheets('zh_CN'), excel: loadExcel({ displayLanguage: 'zh-CN' }) },
};

function run(call: Call): { sheets: Outcome; excel: Outcome } {
  const { sheets, excel } = hosts[call.lang ?? 'en'];
  const paramCount = FUNCTION_BY_ID.get(call.fn)!.params.length;
  return { sheets: sheets.call(call.fn, call.args), excel: excel.call(call.fn, asExcelArgs(call.args, paramCount)) };
}

function label(call: Call, i: number): string {
  return `#${i} ${call.fn}(${JSON.stringify(call.args).slice(0, 60)})${call.lang === 'zh' ? ' [zh]' : ''}${call.note ? ` — ${call.note}` : ''}`;
}

describe('the shared table of calls, through the built Code.js and functions.js', () => {
  it('has at least 100 calls, errors included, and covers every function', () => {
    expect(CALLS.length).toBeGreaterThanOrEqual(100);
    expect(CALLS.filter((c) => 'error' in c.expect).length).toBeGreaterThanOrEqual(30);
    expect(new Set(CALLS.map((c) => c.fn))).toEqual(new Set(CATALOGUE.map((f) => f.id)));
  });

  it.each(CALLS.map((c, i) => [label(c, i), c] as const))('%s: both hosts answer alike and as expected', (_label, call) => {
    const { sheets, excel } = run(call);
    expect(excel).toEqual(sheets);
    if ('value' in call.expect) {
      expect(sheets).toEqual({ value: call.expect.value });
    } else {
      expect(sheets).toHaveProperty('error');
      expect((sheets as { error: string }).error).toMatch(call.expect.error);
    }
  });

  it('gives every error in both languages, the user’s first', () => {
    for (const call of CALLS.filter((c) => 'error' in c.expect)) {
      const { sheets } = run(call);
      const message = (sheets as { error: string }).error;
      const [first, second] = message.split(' / ');
      expect(second).toBeDefined();
      const cjk = /[\u4e00-\u9fff]/;
      // English first for an English user: the first half reads in English words.
      expect(first).toMatch(/[a-z]{3,}/);
      expect(second).toMatch(cjk);
    }
    const zh = hosts.zh.sheets.call('SALES_INTENSITY', [21, 0, 0, 0, 0]);
    expect((zh as { error: string }).error).toMatch(/^问题得分 21 超出范围.* \/ .*out of range/);
  });
});
