// The .xlsx host's part of the error catalogue (registers its codes).
import '../../core/fileErrors';
import { MethodError, isMethodError } from '../../core/errors';
import { parseRange } from '../../core/layout/a1';
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../core/layout';
import { CONTENT_TYPES_PART, Package, REL, isRelType } from '../package/opc';
import { ElementScan, type PartAround } from '../package/elementBounds';
import { attributes, firstElement } from '../package/xml';
import { ZipError, readZip } from '../package/zipRead';
import { dateStyles } from './dateStyles';
import type { SheetContext } from './sheetCells';
import { ReadPool } from './readPool';
import { readSharedStrings } from './sharedStrings';
import { SheetRowReader, readSheetRows } from './sheetRows';
import { textPieces, textPiecesAsync } from './textSource';
import { readWorkbookIndex, type SheetEntry, type WorkbookIndex } from './workbookIndex';

/** A table part of a worksheet, with where it is. */
export interface TablePart extends TableSnapshot {
  readonly part: string;
  readonly rid: string;
  readonly id: number;
}

/** A workbook package opened for reading, and for the editor: the package, its index, the snapshot core plans from. */
export interface OpenedPackage {
  readonly pkg: Package;
  readonly index: WorkbookIndex;
  readonly snapshot: WorkbookSnapshot;
  /** Each worksheet's entry and table parts, by sheet name. */
  readonly sheets: ReadonlyMap<string, { entry: SheetEntry; tables: readonly TablePart[] }>;
  /** Where sheetData lies in each worksheet part larger than EDIT_AS_INFLATED, by part name (readPackage): such a part is edited as it is inflated. */
  readonly around?: ReadonlyMap<string, PartAround>;
}

/** Worksheet parts larger than this are edited as they are inflated (a 50 000-row tab of ours: 57 MB; at 10 000, 11 MB, inflated whole as before). */
export const EDIT_AS_INFLATED = 16 << 20;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

function tablesOf(pkg: Package, sheetPart: string, path: string): TablePart[] {
  const out: TablePart[] = [];
  for (const rel of pkg.relationships(sheetPart)) {
    if (!isRelType(rel.type, REL.table) || !rel.part) continue;
    if (!pkg.has(rel.part)) throw new MethodError('FILE_PART_MISSING', { path, part: rel.part });
    const part = pkg.find(rel.part)!;
    const root = firstElement(pkg.text(part), 'table');
    if (!root) throw new MethodError('FILE_CORRUPT', { path, detail: `${part} holds no table` });
    const a = attributes(root.tag);
    const range = parseRange(a.get('ref') ?? '');
    if (!range) throw new MethodError('FILE_CORRUPT', { path, detail: `${part}: table range "${a.get('ref')}"` });
    const totals = Number(a.get('totalsRowCount') ?? 0) > 0;
    out.push({ name: a.get('displayName') ?? a.get('name') ?? '', ...range, ...(totals ? { totalsRow: true } : {}), part, rid: rel.id, id: Number(a.get('id') ?? 0) });
  }
  return out;
}

type Rows = SheetSnapshot['rows'];

/** A package whose index, shared strings and styles are read, taking its sheets' rows one after the other. */
interface Opening {
  readonly pkg: Package;
  /** The worksheets to read, in the workbook's order, with what reading one needs. */
  readonly sheets: readonly { entry: SheetEntry; part: string; ctx: SheetContext }[];
  add(entry: SheetEntry, rows: Rows): void;
  done(around?: ReadonlyMap<string, PartAround>): OpenedPackage;
}

function begin(buf: Buffer, path: string): Opening {
  let pkg: Package;
  try {
    pkg = new Package(readZip(buf));
  } catch (e) {
    if (e instanceof ZipError) throw new MethodError(e.limit ? 'FILE_LIMIT' : 'FILE_CORRUPT', { path, detail: e.message });
    throw e;
  }
  if (!pkg.has(CONTENT_TYPES_PART)) throw new MethodError('FILE_NOT_XLSX', { path });
  const index = readWorkbookIndex(pkg, path);
  const shared = index.sharedStringsPart ? readSharedStrings(pkg.text(index.sharedStringsPart), path) : [];
  const dates = dateStyles(index.stylesPart ? pkg.text(index.stylesPart) : undefined);
  const sheets = new Map<string, { entry: SheetEntry; tables: TablePart[] }>();
  const snapshots: SheetSnapshot[] = [];
  const pool = new ReadPool();
  return {
    pkg,
    sheets: index.sheets.flatMap((entry) => (entry.part ? [{ entry, part: entry.part, ctx: { path, sheet: entry.name, shared, dateStyles: dates, date1904: index.date1904, pool } }] : [])),
    add(entry, rows) {
      const tables = tablesOf(pkg, entry.part!, path);
      sheets.set(entry.name, { entry, tables });
      snapshots.push({ name: entry.name, rows, tables: tables.map(({ name, top, left, bottom, right, totalsRow }) => ({ name, top, left, bottom, right, ...(totalsRow ? { totalsRow } : {}) })) });
    },
    done: (around) => ({ pkg, index, snapshot: { sheets: snapshots }, sheets, ...(around ? { around } : {}) }),
  };
}

function refuseNonZip(buf: Buffer, path: string): void {
  if (startsWith(buf, CFB_MAGIC)) {
    // An OLE container: an encrypted xlsx (EncryptedPackage stream) or a legacy .xls.
    const encrypted = buf.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new MethodError(encrypted ? 'FILE_ENCRYPTED' : 'FILE_NOT_XLSX', { path });
  }
  if (!startsWith(buf, ZIP_MAGIC)) throw new MethodError('FILE_NOT_XLSX', { path });
}

function asFileError(e: unknown, path: string): never {
  if (isMethodError(e)) throw e;
  throw new MethodError('FILE_CORRUPT', { path, detail: (e as Error).message });
}

/**
 * Opens an .xlsx or .xlsm: refuses, with one bilingual line, what is not an OOXML workbook,
 * encrypted, damaged, past Excel's limits or missing a declared part. Nothing is refused for
 * what it holds besides: every part we do not own goes back as it came.
 */
export function openPackage(buf: Buffer, path: string): OpenedPackage {
  refuseNonZip(buf, path);
  try {
    const opening = begin(buf, path);
    // Each sheet's text a megabyte at a time from its bytes, never as one string.
    for (const { entry, part, ctx } of opening.sheets) opening.add(entry, readSheetRows(textPieces([opening.pkg.bytes(part)]), ctx));
    return opening.done();
  } catch (e) {
    return asFileError(e, path);
  }
}

/** The pieces as they come, each shown to `scan` on its way. */
async function* tapped(pieces: AsyncIterable<Buffer>, scan: ElementScan): AsyncGenerator<Buffer> {
  for await (const piece of pieces) {
    scan.push(piece);
    yield piece;
  }
}

/**
 * The same, each sheet read as its part is inflated, a megabyte at a time on the thread pool:
 * neither the text nor the bytes of a 50 000-row tab exist whole (`pcss apply` and `funnel`).
 */
export async function readPackage(buf: Buffer, path: string): Promise<OpenedPackage> {
  refuseNonZip(buf, path);
  try {
    const opening = begin(buf, path);
    const around = new Map<string, PartAround>();
    for (const { entry, part, ctx } of opening.sheets) {
      const reader = new SheetRowReader(ctx);
      const scan = (opening.pkg.size(part) ?? 0) > EDIT_AS_INFLATED ? new ElementScan('sheetData') : undefined;
      for await (const text of textPiecesAsync(scan ? tapped(opening.pkg.pieces(part), scan) : opening.pkg.pieces(part))) reader.push(text);
      opening.add(entry, reader.end());
      const found = scan?.end();
      if (found) around.set(part, found);
    }
    return opening.done(around);
  } catch (e) {
    return asFileError(e, path);
  }
}
