import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { MethodError } from '../core/errors';
import { tablesOf } from './snapshot';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** Parts of a workbook ExcelJS would silently drop on write; ours (pcss*) are recreated. */
const UNSUPPORTED: { pattern: RegExp; label: string }[] = [
  { pattern: /^xl\/charts\/(?!pcss)[^/]+\.xml$/, label: 'charts 图表' },
  { pattern: /^xl\/pivotTables\//, label: 'pivot tables 数据透视表' },
  { pattern: /^xl\/vbaProject\.bin$/, label: 'macros 宏' },
  { pattern: /^xl\/slicers\//, label: 'slicers 切片器' },
  { pattern: /^xl\/timelines\//, label: 'timelines 日程表' },
  { pattern: /^xl\/externalLinks\//, label: 'external links 外部链接' },
  { pattern: /^xl\/model\//, label: 'data model 数据模型' },
];

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  zip: JSZip;
}

/**
 * Opens an .xlsx for a run that writes it back: refuses, with one bilingual line and nothing
 * written, what is not an xlsx, encrypted, damaged, or holds parts ExcelJS cannot carry over
 * (they would vanish from the user's workbook).
 */
export async function openWorkbook(buf: Buffer, path: string, forWriting: boolean): Promise<OpenedWorkbook> {
  if (startsWith(buf, CFB_MAGIC)) {
    // An OLE container: an encrypted xlsx (EncryptedPackage stream) or a legacy .xls.
    const encrypted = buf.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new MethodError(encrypted ? 'FILE_ENCRYPTED' : 'FILE_NOT_XLSX', { path });
  }
  if (!startsWith(buf, ZIP_MAGIC)) throw new MethodError('FILE_NOT_XLSX', { path });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch (e) {
    throw new MethodError('FILE_CORRUPT', { path, detail: (e as Error).message });
  }
  if (!zip.file('xl/workbook.xml')) throw new MethodError('FILE_NOT_XLSX', { path });
  if (forWriting) {
    const found = new Set<string>();
    zip.forEach((name) => {
      for (const u of UNSUPPORTED) if (u.pattern.test(name)) found.add(u.label);
    });
    if (found.size > 0) throw new MethodError('FILE_UNSUPPORTED', { path, parts: [...found].join(', ') });
  }
  const headerless = await headerlessTables(zip);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new MethodError('FILE_CORRUPT', { path, detail: (e as Error).message });
  }
  // ExcelJS reads a table without the (optional, default 1) headerRowCount attribute as having
  // no header row, and would write it back so: the user's header would turn into data.
  workbook.eachSheet((ws) => {
    for (const t of tablesOf(ws)) t.headerRow = !headerless.has(t.name);
  });
  return { workbook, zip };
}

async function headerlessTables(zip: JSZip): Promise<Set<string>> {
  const out = new Set<string>();
  const files = zip.file(/^xl\/tables\/[^/]+\.xml$/);
  for (const f of files) {
    const xml = await f.async('string');
    if (/<table\b[^>]*\sheaderRowCount="0"/.test(xml)) {
      const name = /<table\b[^>]*\sname="([^"]*)"/.exec(xml);
      if (name) out.add(name[1]);
    }
  }
  return out;
}
