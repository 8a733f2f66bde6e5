/**
 * `pcss funnel` says what `pcss apply` says about the milestone tab (issue 12): the rows whose
 * cells count as nothing — an amount that is not a number, a tick that is no tick mark — and why.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FIRST_DATA_ROW, MS } from '../../core/layout';
import { workbookFile } from './xlsxHost';

const ROOT = join(__dirname, '../..');

function pcss(args: string[]): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/pcss.js'), ...args], { encoding: 'utf8', cwd: ROOT, timeout: 120_000 });
  expect(r.status).toBe(0);
  return `${r.stdout}\n${r.stderr}`;
}

/** The lines about cells the funnel counts as nothing, in the order printed. */
const tabLines = (out: string) => out.split('\n').filter((l) => l.includes('工作簿中的公式也如此') || l.includes('同样按上述规则计'));

describe('pcss funnel prints the warnings pcss apply prints', () => {
  it('lists the same rows, for the same reasons, in a set-up workbook and in one not set up yet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-warn-'));
    const input = join(dir, 'team.xlsx');
    const headers = ['机会名称', '客户名称', '销售人员', '合同金额'];
    await workbookFile({ sheets: [{ name: '跟踪', rows: [headers, ['ERP', '华东', 'Ann*', '3956.65x'], ['WMS', '华南', 'Ann', 1200], ['CRM', '华北', 'Anna', 'n/a']], tables: [] }] }, input);

    // Not set up: the funnel the set-up would give, and what apply would say.
    const before = tabLines(pcss(['funnel', input]));
    const out = join(dir, 'out.xlsx');
    const applied = tabLines(pcss(['apply', input, '--out', out, '--date', '2027-01-04']));
    expect(applied.length).toBe(2);
    expect(before).toEqual(applied);

    // Set up, then a rep types a tick no spreadsheet reads as one: both commands list it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    wb.getWorksheet('里程碑')!.getCell(FIRST_DATA_ROW + 2, MS.checklist + 1).value = '对勾';
    writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
    const funnel = tabLines(pcss(['funnel', out]));
    expect(funnel.some((l) => l.includes('K01 “对勾”'))).toBe(true);
    expect(tabLines(pcss(['apply', out, '--in-place', '--date', '2027-01-11']))).toEqual(funnel);
  }, 120_000);
});
