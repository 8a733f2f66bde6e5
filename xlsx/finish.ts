import JSZip from 'jszip';
import type { ChartPlan } from '../core/layout';
import { injectRows, type DeferredRows } from './bulkRows';
import { addCharts, sheetPart } from './chartPart';
import { writeZip } from './zipWriter';

/** ExcelJS's write options for a zip that finishXlsx compresses afterwards. */
export const STORED_ZIP = { zip: { compression: 'STORE' } } as const;

/**
 * What ExcelJS cannot do, done on the zip it wrote, in one pass: the bulk rows of our tabs and
 * the funnel chart, then every part compressed once, natively (zipWriter.ts). `xlsx` is best
 * written by ExcelJS uncompressed (see STORED_ZIP). Returns the final file's bytes.
 */
export async function finishXlsx(xlsx: Buffer, charts: readonly ChartPlan[], deferred: readonly DeferredRows[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  // The big sheets go straight to bytes: JSZip would encode a string in JavaScript.
  const big = new Map<string, Buffer>();
  for (const sheet of new Set(deferred.map((d) => d.sheet))) {
    const path = await sheetPart(zip, sheet);
    big.set(path, injectRows(await zip.file(path)!.async('string'), deferred.filter((d) => d.sheet === sheet)));
  }
  await addCharts(zip, charts);
  const entries: { name: string; data: Uint8Array }[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    entries.push({ name: file.name, data: big.get(file.name) ?? (await file.async('nodebuffer')) });
  }
  return writeZip(entries);
}
