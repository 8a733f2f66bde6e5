/**
 * A macro-enabled workbook (.xlsm) as Excel saves it: the macro-enabled main content type, the
 * VBA project as a binary part (xl/vbaProject.bin, Default content type for "bin"), code
 * names on the workbook and the sheet. The VBA project's bytes are opaque to any host; here a
 * compound-file header followed by filler, enough to tell if a single byte changed.
 */
import { EXCEL_STYLES, PAGE_MARGINS, SHEET_VIEW_COLS, WORKSHEET_OPEN, excelApp, excelCore, excelPackageRels, excelTypes, sharedStringsXml, trackerSheetData } from './excelBasics';
import { CT, DECL, NS, REL, SharedStrings, relsXml, themeXml, zipParts, type CorpusWorkbook } from './parts';

const SHEET = '销售机会';
const N = 10;

export function vbaProjectBytes(): Buffer {
  const b = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x003e, 24); // minor version
  b.writeUInt16LE(0x0003, 26); // major version 3
  b.writeUInt16LE(0xfffe, 28); // little-endian
  b.writeUInt16LE(9, 30); // 512-byte sectors
  Buffer.from('Attribute VB_Name = "Module1"\r\nSub 刷新()\r\n    ThisWorkbook.RefreshAll\r\nEnd Sub\r\n', 'utf16le').copy(b, 512);
  for (let i = 1200; i < b.length; i++) b[i] = (i * 131 + 7) & 0xff;
  return b;
}

export function buildMacroEnabled(): Buffer {
  const sst = new SharedStrings();
  const sheet =
    `${DECL}${WORKSHEET_OPEN} xr:uid="{00000000-0001-0000-0000-000000000000}"><sheetPr codeName="Sheet1"/>` +
    `<dimension ref="A1:F${N + 1}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `${SHEET_VIEW_COLS}${trackerSheetData(sst, N)}${PAGE_MARGINS}</worksheet>`;
  const workbook =
    `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="${NS.x15}" xmlns:xr="${NS.xr}" xmlns:xr6="${NS.xr6}" xmlns:xr10="${NS.xr10}" xmlns:xr2="${NS.xr2}">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28025" codeName="{2A4B6C8D-0E1F-4A3B-5C7D-9E0F1A2B3C4D}"/><workbookPr codeName="ThisWorkbook" defaultThemeVersion="166925"/>' +
    `<xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{6E5D4C3B-2A19-4807-F6E5-D4C3B2A19087}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>` +
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>' +
    `<sheets><sheet name="${SHEET}" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/>` +
    `<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="${NS.x15}"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`;
  const types = excelTypes([['bin', CT.vbaProject], ['rels', CT.rels], ['xml', CT.xml]], { sheets: [1], workbook: CT.workbookMacro });
  return zipParts([
    ['[Content_Types].xml', types],
    ['_rels/.rels', excelPackageRels()],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', relsXml([
      { id: 'rId3', type: REL.styles, target: 'styles.xml' },
      { id: 'rId2', type: REL.theme, target: 'theme/theme1.xml' },
      { id: 'rId1', type: REL.worksheet, target: 'worksheets/sheet1.xml' },
      { id: 'rId5', type: REL.vbaProject, target: 'vbaProject.bin' },
      { id: 'rId4', type: REL.sharedStrings, target: 'sharedStrings.xml' },
    ])],
    ['xl/worksheets/sheet1.xml', sheet],
    ['xl/theme/theme1.xml', themeXml()],
    ['xl/styles.xml', EXCEL_STYLES],
    ['xl/sharedStrings.xml', sharedStringsXml(sst)],
    ['xl/vbaProject.bin', vbaProjectBytes()],
    ['docProps/core.xml', excelCore('刘洋')],
    ['docProps/app.xml', excelApp([SHEET])],
  ]);
}

export const macroEnabled: CorpusWorkbook = {
  name: 'macroEnabled',
  ext: 'xlsm',
  about: 'Excel .xlsm: a VBA project and the macro-enabled content type',
  build: buildMacroEnabled,
};
