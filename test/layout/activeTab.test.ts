/**
 * After a funnel run the funnel tab is the one shown (issue 14): the plan names it; Excel
 * activates it and Sheets selects it; a set-up leaves the user on the sheet they were on.
 */
import { planRun } from '../../core/layout';
import { generateFunnel, setupWorkbook } from '../../excel-addin/workbook';
import { fakeWith, zhTracker } from '../excel/support';
import { FakeAppsScript } from '../gsheets/fake';
import { loadCodeJs } from '../gsheets/codeJs';
import { ZH_HEADERS } from '../scenarios/scenarios';

type Result = { ok: boolean; en?: string; value: { tabs: Record<string, string> } };

describe('the tab shown after a run', () => {
  it('the funnel plan names the funnel tab; the set-up plan names none', () => {
    const { setup, funnel } = planRun(zhTracker(3), { date: '2027-01-04' });
    expect(funnel.activate).toBe(funnel.tabs.funnel);
    expect(setup.activate).toBeUndefined();
  });

  it('Excel shows the funnel tab after a funnel run, and stays put after a set-up', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(5));
    await setupWorkbook(context, { requirements });
    expect(excel.model.activeSheet).toBeUndefined();
    const funnel = await generateFunnel(context, { requirements, date: '2027-01-04' });
    expect(excel.model.activeSheet).toBe(funnel.tabs.funnel);
  });

  it('Sheets selects the funnel tab after a funnel run, and stays put after a set-up', () => {
    const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false });
    fake.addSheet('销售机会跟踪', [ZH_HEADERS, ['ERP升级', '华东精密', '李明', 100000, '2027-03-31', '方案']]);
    const code = loadCodeJs(fake);
    const setup = code.call<Result>('pcssSetup', {});
    if (!setup.ok) throw new Error(setup.en);
    expect(fake.book.active?.name ?? fake.book.sheets[0].name).toBe('销售机会跟踪');
    const funnel = code.call<Result>('pcssFunnel', { date: '2027-01-04' });
    if (!funnel.ok) throw new Error(funnel.en);
    expect(fake.book.active?.name).toBe(funnel.value.tabs.funnel);
  });
});
