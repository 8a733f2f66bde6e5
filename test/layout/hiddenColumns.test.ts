/**
 * Helper columns runs write and read back (the milestone tab's 已记录) are hidden on a new tab, in
 * every host: the plan says so, the .xlsx writes `hidden="1"` on the column, Excel sets
 * columnHidden, Sheets hides the column.
 */
import { readFileSync, mkdtempSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { MS, columnLetter, planSetup } from '../../core/layout';
import { setupWorkbook } from '../../excel-addin/workbook';
import { runApply } from '../../xlsx/run';
import { CORPUS } from '../xlsx/corpus';
import { fakeWith, zhTracker } from '../excel/support';
import { FakeAppsScript } from '../gsheets/fake';
import { loadCodeJs } from '../gsheets/codeJs';
import { ZH_HEADERS } from '../scenarios/scenarios';

describe('hidden helper columns', () => {
  it('the plan hides 已记录 on a new milestone tab, and nothing else', () => {
    const plan = planSetup(zhTracker(5), { date: '2027-01-04' });
    const layout = plan.layouts.find((l) => l.sheet === plan.tabs.milestones)!;
    expect(layout.hiddenColumns).toEqual([MS.recorded]);
    expect(plan.layouts.filter((l) => l.sheet !== plan.tabs.milestones).every((l) => (l.hiddenColumns ?? []).length === 0)).toBe(true);
  });

  it('pcss apply writes the column hidden', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-hidden-'));
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, CORPUS.find((w) => w.name === 'openpyxlLike')!.build());
    const result = await runApply({ input, output: join(dir, 'out.xlsx'), date: '2027-01-04' });
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out.xlsx')));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const rid = new RegExp(`<sheet[^>]*name="${result.setup.tabs.milestones}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)![1];
    const xml = await zip.file(`xl/${target}`)!.async('string');
    const n = MS.recorded + 1;
    expect(xml).toMatch(new RegExp(`<col min="${n}" max="${n}"[^>]* hidden="1"/>`));
    expect([...xml.matchAll(/hidden="1"\/>/g)]).toHaveLength(1);
  });

  it('Excel hides the column', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(5));
    const summary = await setupWorkbook(context, { requirements });
    expect([...excel.model.sheet(summary.tabs.milestones)!.hiddenCols]).toEqual([MS.recorded]);
  });

  it('Sheets hides the column', () => {
    const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false });
    fake.addSheet('销售机会跟踪', [ZH_HEADERS, ['ERP升级', '华东精密', '李明', 100000, '2027-03-31', '方案']]);
    const out = loadCodeJs(fake).call<{ ok: boolean; en?: string; value: { tabs: Record<string, string> } }>('pcssSetup', {});
    if (!out.ok) throw new Error(out.en);
    const sheet = fake.book.sheets.find((s) => s.name === out.value.tabs.milestones)!;
    expect([...sheet.hiddenColumns]).toEqual([MS.recorded]);
    expect(columnLetter(MS.recorded)).toBe('AM');
  });
});
