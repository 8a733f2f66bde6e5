import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FIRST_DATA_ROW, IN, MS, inputColumn } from '../../core/layout';
import { milestoneLevel } from '../../core/checklist';
import { fiveKIndex, salesIntensity } from '../../core/intensity';
import { levelOption, rubricScore } from '../../core/rubric';
import { FACTORS, PROBABILITY_BY_LEVEL, RUBRICS } from '../../core/methodology';
import { sampleOpportunities } from '../../samples/teamPipeline';
import { runApply } from '../../xlsx/run';
import { computeWithLibreOffice, csvNumber, findSoffice, toOds, toPdf } from './libreoffice';
import { workbookFile } from './xlsxHost';

const soffice = findSoffice();
const maybe = soffice ? describe : describe.skip;
if (!soffice) console.warn('LibreOffice (soffice) not found: the LibreOffice checks are skipped. Install libreoffice-calc to run them.');

interface Filled {
  file: string;
  amounts: number[];
  ticks: boolean[][];
  scores: number[][];
}

const ROLE_FACTORS = FACTORS.filter((f) => f.byRole).map((f) => f.key as string);

/** A random team workbook, set up by `pcss apply`, then filled in by "reps" with random ticks and levels. */
async function randomWorkbook(dir: string, seed: number): Promise<Filled> {
  const rand = fc.sample(fc.integer({ min: 0, max: 2 ** 31 }), { numRuns: 1, seed })[0];
  const n = 12;
  const opps = sampleOpportunities(n, rand);
  const input = join(dir, `in-${seed}.xlsx`);
  const file = join(dir, `book${seed}.xlsx`);
  const headers = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期'];
  await workbookFile({ sheets: [{ name: '跟踪', rows: [headers, ...opps.map((o, i) => [o.name, `客户${i}`, o.rep, o.amount, o.expectedClose])], tables: [] }] }, input);
  await runApply({ input, output: file, date: '2027-01-04' });

  const [ticks, levels, roles] = fc.sample(
    fc.tuple(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 21 })), { minLength: n, maxLength: n }),
      fc.array(fc.tuple(...FACTORS.map((f) => fc.option(fc.integer({ min: 0, max: RUBRICS[f.key].length - 1 }), { nil: null }))), { minLength: n, maxLength: n }),
      fc.array(fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()), { minLength: n, maxLength: n }),
    ),
    { numRuns: 1, seed: seed + 1 },
  )[0];
  // Edit the cells in the zip ExcelJS would rewrite anyway: open, set, save (the chart is not needed here).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ms = wb.getWorksheet('里程碑')!;
  const it = wb.getWorksheet('销售强度')!;
  const filled: Filled = { file, amounts: [], ticks: [], scores: [] };
  for (let i = 0; i < n; i++) {
    const row = FIRST_DATA_ROW + i + 1;
    const [prefix, extra] = ticks[i];
    const t = Array.from({ length: 22 }, (_, k) => k < prefix || k === extra);
    t.forEach((v, k) => (ms.getCell(row, MS.checklist + k + 1).value = v));
    filled.ticks.push(t);
    filled.amounts.push(Number(ms.getCell(row, MS.amount + 1).value));
    filled.scores.push(
      FACTORS.map((f, fi) => {
        const l = levels[i][fi];
        const ri = ROLE_FACTORS.indexOf(f.key);
        const dm = ri >= 0 && roles[i][ri];
        if (ri >= 0) it.getCell(row, inputColumn(f.key, 'role') + 1).value = dm ? '决策者' : '经办人';
        if (l === null) return 0;
        it.getCell(row, inputColumn(f.key, 'level') + 1).value = levelOption(RUBRICS[f.key][l], 'zh');
        return rubricScore(f.key, RUBRICS[f.key][l].code, dm ? 'decisionMaker' : 'contact');
      }),
    );
  }
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return filled;
}

maybe('LibreOffice computes from our formulas what core computes', () => {
  it('milestone, probability, weighted amount, factor scores and totals, on random workbooks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-lo-books-'));
    const books = await Promise.all([1, 2, 3].map((seed) => randomWorkbook(dir, seed * 101)));
    const computed = computeWithLibreOffice(soffice!, books.map((b) => b.file));
    for (const book of books) {
      const sheets = computed.get(book.file)!;
      const ms = sheets.get('里程碑')!;
      const it = sheets.get('销售强度')!;
      book.ticks.forEach((ticks, i) => {
        const row = ms[FIRST_DATA_ROW + i];
        const level = milestoneLevel(ticks);
        expect(csvNumber(row[MS.level])).toBe(level);
        expect(csvNumber(row[MS.probability])).toBeCloseTo(PROBABILITY_BY_LEVEL[level], 9);
        expect(csvNumber(row[MS.weighted])).toBeCloseTo(book.amounts[i] * PROBABILITY_BY_LEVEL[level], 4);
        const scores = book.scores[i];
        const irow = it[FIRST_DATA_ROW + i];
        scores.forEach((s, fi) => expect(csvNumber(irow[IN.firstScore + fi])).toBe(s));
        expect(csvNumber(irow[IN.total])).toBe(salesIntensity(scores));
        expect(csvNumber(irow[IN.fiveK])).toBeCloseTo(fiveKIndex(scores), 3);
      });
    }
  }, 180_000);

  it('reads the rows written straight into the sheet XML, and computes their shared formulas', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-lo-bulk-'));
    const input = join(dir, 'in.xlsx');
    const opps = sampleOpportunities(300, 77);
    const headers = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期'];
    await workbookFile({ sheets: [{ name: '跟踪', rows: [headers, ...opps.map((o, i) => [o.name, `客户${i}`, o.rep, o.amount, o.expectedClose])], tables: [] }] }, input);
    const out = join(dir, 'bulk.xlsx');
    await runApply({ input, output: out, date: '2027-01-04' });
    const ms = computeWithLibreOffice(soffice!, [out]).get(out)!.get('里程碑')!;
    const rows = ms.slice(FIRST_DATA_ROW).filter((r) => r[0] !== '');
    expect(rows.map((r) => r[MS.opportunity])).toEqual(opps.map((o) => o.name));
    for (const r of rows) {
      expect(r[MS.level]).toBe('0');
      expect(r[MS.milestone]).toBe('M0 未合格');
      expect(r[MS.nextStep]).toMatch(/^K01 /);
    }
  }, 180_000);

  it('renders the funnel tab to PDF without error, with the chart in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-lo-pdf-in-'));
    const out = join(dir, 'result.xlsx');
    await runApply({ input: join(__dirname, '../../samples/team-pipeline.xlsx'), output: out, date: '2027-01-04' });
    const pdf = readFileSync(toPdf(soffice!, out));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    // LibreOffice's own model of the file: the chart it drew is a stacked bar chart of our two series.
    const ods = await JSZip.loadAsync(readFileSync(toOds(soffice!, out)));
    const chart = await ods.file('Object 1/content.xml')!.async('string');
    expect(chart).toMatch(/chart:class="chart:bar"/);
    expect(chart).toMatch(/chart:stacked="true"/);
    expect(chart).toContain('漏斗.G7:漏斗.G12');
    expect(chart).toContain('漏斗.H7:漏斗.H12');
    expect(ods.file('ObjectReplacements/Object 1')).toBeTruthy();
  }, 180_000);
});
