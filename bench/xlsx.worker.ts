/**
 * One measurement in a fresh process, so each gets its own peak memory (xlsx.bench.ts runs it
 * bundled, as `pcss` runs; `tsx bench/xlsx.worker.ts …` runs the same from the sources):
 *   xlsx.worker make <rows> <file>   → a tracker workbook
 *   xlsx.worker roundtrip <file>     → ExcelJS only reading and writing it back
 *   xlsx.worker apply <file> <out>   → pcss apply
 * Prints {"ms":…, "rssMb":…}.
 */
import { readFileSync, writeFileSync } from 'fs';
import { sampleOpportunities } from '../samples/teamPipeline';
import { runApply } from '../xlsx/run';
import { peakRssMb } from './peakRss';

async function main(): Promise<void> {
  const [mode, a, b] = process.argv.slice(2);
  // ExcelJS is loaded only by the modes that use it, so the apply's peak memory is its own.
  const ExcelJS = mode === 'apply' ? undefined : (await import('exceljs')).default;
  if (mode === 'make' && ExcelJS) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('销售机会跟踪');
    ws.addRow(['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段']);
    const opps = sampleOpportunities(Number(a), 42);
    opps.forEach((o, i) => ws.addRow([`${o.name}-${i}`, o.customer, o.rep, o.amount, o.expectedClose, o.stage]));
    writeFileSync(b, Buffer.from(await wb.xlsx.writeBuffer()));
    return;
  }
  const start = process.hrtime.bigint();
  if (mode === 'roundtrip' && ExcelJS) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(a) as unknown as ArrayBuffer);
    writeFileSync(`${a}.roundtrip.xlsx`, Buffer.from(await wb.xlsx.writeBuffer()));
  } else if (mode === 'apply') {
    await runApply({ input: a, output: b, date: '2027-01-04' });
  } else throw new Error(`unknown mode ${mode}`);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ ms, rssMb: Math.round(peakRssMb()) }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
