import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildSampleWorkbook, SAMPLE_SEEN } from '../../samples/sampleWorkbook';
import { readSnapshot } from './excelJsSnapshot';
import { runApply } from '../../xlsx/run';
import { sampleOpportunities } from '../../samples/teamPipeline';
import { workbookFile } from './xlsxHost';
import { EN_HEADERS } from '../scenarios/scenarios';
import { FIRST_DATA_ROW, FORMATS, MS } from '../../core/layout';

async function snapshotOf(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return readSnapshot(wb);
}

describe('the bundled sample workbook', () => {
  it('is what samples/build-sample-workbook.ts generates (run `npm run sample` after changing it)', async () => {
    const committed = await snapshotOf(readFileSync(join(__dirname, '../../samples/team-pipeline.xlsx')));
    const fresh = await snapshotOf(await buildSampleWorkbook());
    expect(JSON.parse(JSON.stringify(committed))).toEqual(JSON.parse(JSON.stringify(fresh)));
  });

  it('shows a set-up run with ticks, and opportunities that appeared since', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-sample-'));
    const r = await runApply({ input: join(__dirname, '../../samples/team-pipeline.xlsx'), output: join(dir, 'out.xlsx'), date: '2027-01-04' });
    expect(r.setup.addedOpportunities).toBe(sampleOpportunities().length - SAMPLE_SEEN);
    expect(r.view.rows.slice(1).some((row) => row.count > 0)).toBe(true);
  });

  it("writes the milestone dates it records on the rows an earlier version set up as dates, as on the rows it adds, and the run's date above them", async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pcss-sample-')), 'out.xlsx');
    await runApply({ input: join(__dirname, '../../samples/team-pipeline.xlsx'), output: out, date: '2027-01-04' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('里程碑')!;
    // Row 1 holds the run's date; rows 3 to 2 + SAMPLE_SEEN are the sample's, the rows below them the run's.
    for (const row of [1, FIRST_DATA_ROW + 1, FIRST_DATA_ROW + SAMPLE_SEEN, FIRST_DATA_ROW + SAMPLE_SEEN + 1]) {
      const cell = sheet.getCell(row, MS.since + 1);
      expect([row, cell.numFmt, cell.value]).toEqual([row, FORMATS.date, new Date(Date.UTC(2027, 0, 4))]);
    }
  });
});

describe('ExcelJS round trip of a user table', () => {
  it('keeps the header row of a table whose XML omits headerRowCount (as Excel writes it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-table-'));
    const input = join(dir, 'in.xlsx');
    const rows = sampleOpportunities(5, 4).map((o) => [o.name, o.customer, o.rep, o.amount, o.expectedClose, o.stage]);
    await workbookFile({ sheets: [{ name: 'Deals', rows: [EN_HEADERS, ...rows], tables: [{ name: 'Deals', top: 0, left: 0, bottom: 5, right: 5 }] }] }, input);
    const zip = await JSZip.loadAsync(readFileSync(input));
    const tablePath = zip.file(/^xl\/tables\/.*\.xml$/)[0].name;
    zip.file(tablePath, (await zip.file(tablePath)!.async('string')).replace(/\sheaderRowCount="1"/, ''));
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));

    const out = join(dir, 'out.xlsx');
    await runApply({ input, output: out, date: '2027-01-04' });
    const written = await JSZip.loadAsync(readFileSync(out));
    const tables = await Promise.all(written.file(/^xl\/tables\/.*\.xml$/).map((f) => f.async('string')));
    const deals = tables.find((x) => /\sname="Deals"/.test(x))!;
    expect(deals).not.toMatch(/headerRowCount="0"/);
  });
});
