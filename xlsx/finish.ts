import JSZip from 'jszip';
import type { ChartPlan } from '../core/layout';
import { injectRows, type DeferredRows } from './bulkRows';
import { addCharts, sheetPart } from './chartPart';

/**
 * What ExcelJS cannot do, done on the zip it wrote, in one pass: the bulk rows of our tabs and
 * the funnel chart. Returns the final file's bytes.
 */
export async function finishXlsx(xlsx: Buffer, charts: readonly ChartPlan[], deferred: readonly DeferredRows[]): Promise<Buffer> {
  if (charts.length === 0 && deferred.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const sheets = [...new Set(deferred.map((d) => d.sheet))];
  for (const sheet of sheets) {
    const path = await sheetPart(zip, sheet);
    const xml = await zip.file(path)!.async('string');
    zip.file(path, injectRows(xml, deferred.filter((d) => d.sheet === sheet)));
  }
  await addCharts(zip, charts);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
