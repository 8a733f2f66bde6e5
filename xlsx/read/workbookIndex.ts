// The .xlsx host's part of the error catalogue (registers its codes).
import '../../core/fileErrors';
import { MethodError } from '../../core/errors';
import { REL, isRelType, type Package } from '../package/opc';
import { attributes, elements, firstElement, relId } from '../package/xml';

/** One `<sheet>` of the workbook part, with the part holding its cells. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string;
  /** The worksheet part; undefined for a chart sheet or dialog sheet (no cells). */
  readonly part?: string;
}

/** What the package says about its workbook: the parts every reader and writer starts from. */
export interface WorkbookIndex {
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  /** Dates count from 1904-01-01 (old Mac workbooks). */
  readonly date1904: boolean;
  readonly sharedStringsPart?: string;
  readonly stylesPart?: string;
}

function workbookPartOf(pkg: Package, path: string): string {
  const main = pkg.relationships('').find((r) => isRelType(r.type, REL.officeDocument));
  if (!main?.part) throw new MethodError('FILE_NOT_XLSX', { path });
  if (!pkg.has(main.part)) throw new MethodError('FILE_PART_MISSING', { path, part: main.part });
  return pkg.find(main.part)!;
}

export function readWorkbookIndex(pkg: Package, path: string): WorkbookIndex {
  const workbookPart = workbookPartOf(pkg, path);
  const xml = pkg.text(workbookPart);
  const rels = pkg.relationships(workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const sheetsBlock = firstElement(xml, 'sheets');
  if (sheetsBlock) {
    for (const e of elements(xml, 'sheet', sheetsBlock.innerStart, sheetsBlock.innerEnd)) {
      const a = attributes(e.tag);
      const rid = relId(e.tag) ?? '';
      const rel = byId.get(rid);
      if (!rel?.part) throw new MethodError('FILE_PART_MISSING', { path, part: `sheet "${a.get('name') ?? '?'}" (${rid || 'no r:id'})` });
      const isWorksheet = isRelType(rel.type, REL.worksheet);
      if (isWorksheet && !pkg.has(rel.part)) throw new MethodError('FILE_PART_MISSING', { path, part: rel.part });
      sheets.push({ name: a.get('name') ?? '', sheetId: Number(a.get('sheetId') ?? 0), rid, ...(isWorksheet ? { part: pkg.find(rel.part)! } : {}) });
    }
  }
  const part = (type: string) => {
    const rel = rels.find((r) => isRelType(r.type, type));
    if (!rel?.part) return undefined;
    if (!pkg.has(rel.part)) throw new MethodError('FILE_PART_MISSING', { path, part: rel.part });
    return pkg.find(rel.part);
  };
  const pr = firstElement(xml, 'workbookPr');
  const date1904 = pr ? /^(1|true)$/.test(attributes(pr.tag).get('date1904') ?? '') : false;
  return { workbookPart, sheets, date1904, sharedStringsPart: part(REL.sharedStrings), stylesPart: part(REL.styles) };
}
