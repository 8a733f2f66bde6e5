import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runApply } from '../../xlsx/run';

describe('pcss apply on a tracker table with a Total Row', () => {
  it('adds the opportunities and not the totals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-totals-'));
    const input = join(dir, 'deals.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Deals');
    ws.addTable({
      name: 'Deals',
      ref: 'A1',
      headerRow: true,
      totalsRow: true,
      columns: [{ name: 'Opportunity', totalsRowLabel: 'Total' }, { name: 'Customer' }, { name: 'Rep' }, { name: 'Amount', totalsRowFunction: 'sum' }],
      rows: [
        ['ERP upgrade', 'Acme', 'Lee', 120000],
        ['CRM rollout', 'Globex', 'Wang', 80000],
        ['Data platform', 'Initech', 'Lee', 50000],
      ],
    });
    await wb.xlsx.writeFile(input);
    const result = await runApply({ input, output: join(dir, 'out.xlsx'), date: '2027-01-04' });
    expect(result.setup.addedOpportunities).toBe(3);
    expect(result.view.count).toBe(3);
  });
});
