import JSZip from 'jszip';
import type { ChartPlan } from '../core/layout';
import { injectRows, type DeferredRows } from './bulkRows';
import { addCharts, sheetPart } from './chartPart';
import { writeZip } from './zipWriter';
import { withDefinedNames } from './definedNames';

const WORKBOOK_PART = 'xl/workbook.xml';

/** The input's defined names (verbatim elements) and our anchors, for the output's workbook part. */
export interface DefinedNames {
  readonly input: readonly string[];
  readonly anchors: readonly string[];
}

/** ExcelJS's write options for a zip that finishXlsx compresses afterwards. */
export const STORED_ZIP = { zip: { compression: 'STORE' } } as const;

/**
 * What ExcelJS cannot do, done on the zip it wrote, in one pass: the bulk rows of our tabs, the
 * funnel chart, the defined names (definedNames.ts), then every part compressed once, natively (zipWriter.ts). `xlsx` is best
 * written by ExcelJS uncompressed (see STORED_ZIP). Returns the final file's bytes.
 */
export async function finishXlsx(xlsx: Buffer, charts: readonly ChartPlan[], deferred: readonly DeferredRows[], names?: DefinedNames): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  if (names) {
    const part = zip.file(WORKBOOK_PART);
    if (part) zip.file(WORKBOOK_PART, withDefinedNames(await part.async('string'), names.input, names.anchors));
  }
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
