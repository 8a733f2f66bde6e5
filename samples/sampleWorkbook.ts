import ExcelJS from 'exceljs';
import { FACTORS } from '../core/methodology/factors';
import { RUBRICS } from '../core/methodology/rubrics';
import { levelOption } from '../core/rubric';
import { FIRST_DATA_ROW, MS, inputColumn, planSetup } from '../core/layout';
import { applyToWorkbook } from '../xlsx/applyToWorkbook';
import { readSnapshot } from '../xlsx/snapshot';
import { sampleActivity, sampleOpportunities } from './teamPipeline';

export const SAMPLE_TRACKER = '销售机会跟踪';
export const SAMPLE_HEADERS = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段', '备注'];
/** Opportunities the previous set-up run saw; the rest "appeared since", so `npm start` adds them. */
export const SAMPLE_SEEN = 42;
const FIXED_DATE = new Date(Date.UTC(2026, 10, 2));

/**
 * The bundled team workbook, with one source of truth (samples/teamPipeline.ts): a Chinese
 * tracker, then our own set-up run on it as it stood earlier, then the reps' ticks and rubric
 * levels typed into the 里程碑 and 销售强度 tabs.
 */
export async function buildSampleWorkbook(): Promise<Buffer> {
  const opps = sampleOpportunities();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'pcss sample';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(SAMPLE_TRACKER);
  ws.getRow(1).values = ['华东区 2027 年销售机会跟踪表'];
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(2).values = SAMPLE_HEADERS;
  ws.getRow(2).font = { bold: true };
  opps.forEach((o, i) => {
    const [y, m, d] = o.expectedClose.split('-').map(Number);
    ws.getRow(3 + i).values = [o.name, o.customer, o.rep, o.amount, new Date(Date.UTC(y, m - 1, d)), o.stage, i % 7 === 3 ? '客户预算待批' : null];
    ws.getCell(3 + i, 5).numFmt = 'yyyy-mm-dd';
  });
  [26, 22, 10, 14, 14, 10, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 2 }];

  // The earlier run saw only the first SAMPLE_SEEN rows of the tracker.
  const earlier = readSnapshot(wb);
  const trackerSheet = earlier.sheets[0];
  const seen = { ...earlier, sheets: [{ ...trackerSheet, rows: trackerSheet.rows.slice(0, 2 + SAMPLE_SEEN) }] };
  applyToWorkbook(wb, planSetup(seen));

  const milestones = wb.getWorksheet('里程碑')!;
  const intensity = wb.getWorksheet('销售强度')!;
  opps.slice(0, SAMPLE_SEEN).forEach((o, i) => {
    const row = FIRST_DATA_ROW + i + 1;
    o.checklist.forEach((ticked, k) => (milestones.getCell(row, MS.checklist + k + 1).value = ticked));
    FACTORS.forEach((f, fi) => {
      const code = o.levels[fi];
      const level = RUBRICS[f.key].find((l) => l.code === code);
      if (level) intensity.getCell(row, inputColumn(f.key, 'level') + 1).value = levelOption(level, 'zh');
    });
    const byRole = FACTORS.filter((f) => f.byRole);
    byRole.forEach((f, ri) => (intensity.getCell(row, inputColumn(f.key, 'role') + 1).value = o.roles[ri]));
  });
  const activity = wb.getWorksheet('业务动作追踪')!;
  for (const { rep, counts } of sampleActivity()) {
    activity.eachRow((row) => {
      if (row.getCell(1).value === rep) counts.forEach((n, s) => (row.getCell(2 + s).value = n));
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
