import { isDeepStrictEqual } from 'util';
import { openPackage, openPackageAsync } from '../../xlsx/read/openPackage';
import { ZipError, inflateEntry, inflateEntryAsync, readZip } from '../../xlsx/package/zipRead';
import { writeZip } from '../../xlsx/zipWriter';
import { CORPUS } from './corpus';
import { trackerWorkbook } from './corpus/broken';

/** The message a promise rejects with, or the one a call throws. */
async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (e) {
    return `${(e as { code?: string }).code ?? ''} ${(e as Error).message}`;
  }
  return 'nothing refused';
}

describe('opening a package with its parts inflated on the thread pool', () => {
  it.each([...CORPUS.map((w) => [w.name, () => w.build()] as const), ['a tracker', () => trackerWorkbook()] as const])('reads %s as the synchronous opening does', async (_, build) => {
    const buf = build();
    const [sync, pooled] = [openPackage(buf, 'book.xlsx'), await openPackageAsync(buf, 'book.xlsx')];
    expect(isDeepStrictEqual(pooled.snapshot, sync.snapshot)).toBe(true);
    expect([...pooled.sheets.keys()]).toEqual([...sync.sheets.keys()]);
    expect(pooled.pkg.names()).toEqual(sync.pkg.names());
  });

  it('refuses a package with a missing sheet part or a damaged part as the synchronous opening does', async () => {
    const missing = trackerWorkbook({ missingSheets: 1 });
    expect(await refusal(() => openPackageAsync(missing, 'book.xlsx'))).toBe(await refusal(() => openPackage(missing, 'book.xlsx')));
    // The sheet's bytes changed after its checksum was taken: the inflated part is refused.
    const damaged = trackerWorkbook();
    const at = damaged.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 40;
    damaged[at] ^= 0xff;
    const sync = await refusal(() => openPackage(damaged, 'book.xlsx'));
    expect(sync).toMatch(/^FILE_/);
    expect(await refusal(() => openPackageAsync(damaged, 'book.xlsx'))).toBe(sync);
  });

  it('inflates an entry to the same bytes, and stops one that inflates past its declared size', async () => {
    const data = Buffer.from('<a>'.repeat(100_000));
    const [entry] = readZip(writeZip([{ name: 'x.xml', data }]));
    expect((await inflateEntryAsync(entry)).equals(inflateEntry(entry))).toBe(true);
    await expect(inflateEntryAsync({ ...entry, size: 10 })).rejects.toThrow(/past its declared size/);
    await expect(inflateEntryAsync({ ...entry, crc: entry.crc ^ 1 })).rejects.toThrow(ZipError);
  });
});
