/**
 * One truth (issue 12), recalculated by LibreOffice: workbooks set up by `pcss apply`, then typed
 * over the way users type — tick marks of both languages and their opposites, junk, money text
 * and junk in amounts, reps named Ann*, >5, "ann " — and a rep chosen in the funnel tab's filter,
 * then `pcss apply` again. LibreOffice's numbers for every milestone row, the funnel rows, the
 * totals and the rep table are core's (what `pcss funnel` prints). Skipped with a notice
 * without soffice.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FIRST_DATA_ROW, FUNNEL, MS, cellValue, evaluateMilestoneTab, findOurTabs, funnelRep, milestoneFormulas, runDay, staleThresholds, type PlanCell, type SnapshotCell } from '../../core/layout';
import { openPackage } from '../../xlsx/read/openPackage';
import { runApply, runFunnel } from '../../xlsx/run';
import { computeWithLibreOffice, findSoffice, sameAsCore } from './libreoffice';
import { workbookFile } from './xlsxHost';
import { checklistCells, repFilter, tabEdit, trackerRow } from '../layout/typedCells';

const soffice = findSoffice();
const maybe = soffice ? describe : describe.skip;
if (!soffice) console.warn('LibreOffice (soffice) not found: the one-truth LibreOffice checks are skipped. Install libreoffice-calc to run them.');

const HEADERS = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段'];

/** A typed workbook: set up, typed over with ExcelJS (text stays text, TRUE a boolean), applied again. */
async function typedBook(dir: string, seed: number): Promise<{ file: string; rep: string | undefined }> {
  const [tracker, ticks, edits, rep] = fc.sample(
    fc.tuple(fc.array(trackerRow, { minLength: 6, maxLength: 10 }), fc.array(checklistCells, { minLength: 3, maxLength: 3 }), fc.array(fc.option(tabEdit, { nil: null, freq: 2 }), { minLength: 3, maxLength: 3 }), repFilter),
    { numRuns: 1, seed },
  )[0];
  const input = join(dir, `in-${seed}.xlsx`);
  const file = join(dir, `book${seed}.xlsx`);
  // Never a wholly blank tracker row: such a row is not a list entry, and the sample needs opportunities.
  const rows = tracker.map((r, i): SnapshotCell[] => (i % 2 === 0 ? [`机会${i}`, ...r.slice(1)] : r));
  await workbookFile({ sheets: [{ name: '跟踪', rows: [HEADERS, ...rows], tables: [] }] }, input);
  await runApply({ input, output: file, date: '2027-01-04' });

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ms = wb.getWorksheet('里程碑')!;
  const count = ms.rowCount;
  for (let r = FIRST_DATA_ROW; r < count; r++) {
    const i = r - FIRST_DATA_ROW;
    ticks[i % ticks.length].forEach((v, k) => (ms.getCell(r + 1, MS.checklist + k + 1).value = (v === '' ? null : v) as ExcelJS.CellValue));
    const e = edits[i % edits.length];
    if (e) for (const [field, v] of Object.entries(e)) ms.getCell(r + 1, MS[field as 'rep'] + 1).value = (v === '' ? null : v) as ExcelJS.CellValue;
  }
  wb.getWorksheet('漏斗')!.getCell(FUNNEL.filterRow + 1, FUNNEL.filterCol + 1).value = rep ?? null;
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  await runApply({ input: file, output: file, date: '2027-01-11' });
  return { file, rep };
}


maybe('one truth: LibreOffice recalculates what core computes, on typed workbooks', () => {
  it('milestone rows, funnel rows, totals and the rep table, with the rep filter the workbook holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-lo-truth-'));
    const books = [];
    for (const seed of [12, 1207, 4242, 90210, 31337, 777]) books.push(await typedBook(dir, seed));
    const computed = computeWithLibreOffice(soffice!, books.map((b) => b.file), { recalculate: true });
    for (const book of books) {
      const { snapshot } = openPackage(readFileSync(book.file), book.file);
      const sheets = computed.get(book.file)!;
      const ms = sheets.get('里程碑')!;
      const fn = sheets.get('漏斗')!;
      const tab = findOurTabs(snapshot).get('milestones')!.sheet;
      // Days at a milestone and the attention flags as of the last run's date, by the rubric tab's thresholds.
      const aging = { asOf: runDay('2027-01-11'), thresholds: staleThresholds(findOurTabs(snapshot).get('rubrics')!.sheet.rows) };
      const columns = milestoneFormulas({ lang: 'zh', tabs: { rubrics: '评分标准' } as never }, aging);
      for (let r = FIRST_DATA_ROW; r < tab.rows.length; r++) {
        const cells = (tab.rows[r] ?? []).map(cellValue) as PlanCell[];
        for (const c of columns) sameAsCore(ms[r]?.[c.col], c.value!(cells), `${book.file} 里程碑 R${r + 1}C${c.col + 1} ${JSON.stringify(cells.slice(0, MS.level))}`);
      }
      const rep = funnelRep(snapshot);
      const view = evaluateMilestoneTab(snapshot, rep).funnel;
      view.rows.forEach((row, level) => {
        const line = fn[FUNNEL.firstLevelRow + level];
        sameAsCore(line[FUNNEL.col.count], row.count, `${book.file} count at ${level} (rep ${JSON.stringify(rep)})`);
        sameAsCore(line[FUNNEL.col.amount], row.amount, `${book.file} amount at ${level}`);
        sameAsCore(line[FUNNEL.col.weighted], row.weighted, `${book.file} weighted at ${level}`);
      });
      sameAsCore(fn[FUNNEL.totalRow][FUNNEL.col.count], view.count, `${book.file} total count`);
      sameAsCore(fn[FUNNEL.totalRow][FUNNEL.col.weighted], view.forecast, `${book.file} forecast`);
      evaluateMilestoneTab(snapshot).funnel.byRep.forEach((r, i) => {
        const line = fn[FUNNEL.firstRepRow + i];
        sameAsCore(line[0], r.rep, `${book.file} rep ${i}`);
        sameAsCore(line[1], r.count, `${book.file} count of ${r.rep}`);
        sameAsCore(line[2], r.amount, `${book.file} amount of ${r.rep}`);
        sameAsCore(line[3], r.forecast, `${book.file} forecast of ${r.rep}`);
      });
      // And the terminal says it: pcss funnel's funnel is core's, with the rows counted as nothing listed.
      const terminal = await runFunnel(book.file);
      expect(terminal.funnel).toEqual(view);
    }
  }, 300_000);
});
