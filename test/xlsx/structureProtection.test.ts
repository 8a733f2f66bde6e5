import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { isMethodError } from '../../core/errors';
import { runApply } from '../../xlsx/run';
import { excelLike } from './corpus/excelLike';

/** Protect Workbook › Structure: Excel adds no sheet to such a workbook, and neither do we. */
async function lockStructure(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', xml.replace(/<workbookProtection[^>]*\/>/, '<workbookProtection lockStructure="1"/>'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('a workbook whose structure is protected', () => {
  it('is refused with one bilingual message when tabs would have to be added, and nothing is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-locked-'));
    const input = join(dir, 'locked.xlsx');
    writeFileSync(input, await lockStructure(excelLike.build()));
    const error = await runApply({ input, output: join(dir, 'out.xlsx'), date: '2027-01-04' }).catch((e: unknown) => e);
    expect(isMethodError(error) && error.code).toBe('FILE_STRUCTURE_PROTECTED');
    expect(isMethodError(error) && error.zh).toMatch(/结构受保护/);
    expect(isMethodError(error) && error.en).toMatch(/structure .* is protected/);
    expect(readdirSync(dir)).toEqual(['locked.xlsx']);
  });

  it('is updated, protection kept, once our tabs are there (nothing to add)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-locked-'));
    const first = join(dir, 'first.xlsx');
    writeFileSync(join(dir, 'in.xlsx'), excelLike.build());
    await runApply({ input: join(dir, 'in.xlsx'), output: first, date: '2027-01-04' });
    const locked = join(dir, 'locked.xlsx');
    writeFileSync(locked, await lockStructure(readFileSync(first)));
    const result = await runApply({ input: locked, output: locked, date: '2027-01-11' });
    expect(result.setup.addSheets).toEqual([]);
    const xml = await (await JSZip.loadAsync(readFileSync(locked))).file('xl/workbook.xml')!.async('string');
    expect(xml).toContain('<workbookProtection lockStructure="1"/>');
  });
});
