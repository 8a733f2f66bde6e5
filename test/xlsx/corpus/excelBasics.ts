/**
 * The plain parts of a workbook Excel saved (styles, shared strings, a tracker sheet, document
 * properties), shared by the builders whose point is elsewhere (pivot and slicer, macros).
 */
import { CT, DECL, HEADERS_ZH, NS, REL, SharedStrings, esc, ref, relsXml, serial, trackerRows, typesXml, type Rel } from './parts';

export const EXCEL_STYLES =
  `${DECL}<styleSheet xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="${NS.x14ac}" xmlns:x16r2="${NS.x16r2}" xmlns:xr="${NS.xr}">` +
  '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy/m/d;@"/></numFmts>' +
  '<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>' +
  '<font><b/><sz val="11"/><color theme="1"/><name val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment vertical="center"/></xf>' +
  '<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf>' +
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="1"><dxf><numFmt numFmtId="3" formatCode="#,##0"/></dxf></dxfs>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  `<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="${NS.x14}"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst>` +
  '</styleSheet>';

export const WORKSHEET_OPEN = `<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="${NS.x14ac}" xmlns:xr="${NS.xr}" xmlns:xr2="${NS.xr2}" xmlns:xr3="${NS.xr3}"`;

export function sharedStringsXml(sst: SharedStrings): string {
  return `${DECL}<sst xmlns="${NS.main}" count="${sst.count}" uniqueCount="${sst.list.length}">${sst.list.map((s) => `<si><t>${esc(s)}</t><phoneticPr fontId="1" type="noConversion"/></si>`).join('')}</sst>`;
}

/** The tracker's &lt;sheetData&gt; rows as Excel writes them (header row 1, data from row 2). */
export function trackerSheetData(sst: SharedStrings, n: number): string {
  const header = `<row r="1" spans="1:6" x14ac:dyDescent="0.2">${HEADERS_ZH.map((h, c) => `<c r="${ref(0, c)}" s="1" t="s"><v>${sst.add(h)}</v></c>`).join('')}</row>`;
  const rows = trackerRows('zh', n).map((o, i) => {
    const r = i + 1;
    return (
      `<row r="${r + 1}" spans="1:6" x14ac:dyDescent="0.2">` +
      `<c r="${ref(r, 0)}" t="s"><v>${sst.add(o.opportunity)}</v></c><c r="${ref(r, 1)}" t="s"><v>${sst.add(o.customer)}</v></c>` +
      `<c r="${ref(r, 2)}" t="s"><v>${sst.add(o.rep)}</v></c><c r="${ref(r, 3)}" s="3"><v>${o.amount}</v></c>` +
      `<c r="${ref(r, 4)}" s="2"><v>${serial(o.close)}</v></c><c r="${ref(r, 5)}" t="s"><v>${sst.add(o.stage)}</v></c></row>`
    );
  });
  return `<sheetData>${header}${rows.join('')}</sheetData>`;
}

export const SHEET_VIEW_COLS =
  '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/>' +
  '<cols><col min="1" max="2" width="16.625" customWidth="1"/><col min="3" max="3" width="9" customWidth="1"/><col min="4" max="5" width="13.375" customWidth="1"/><col min="6" max="6" width="9" customWidth="1"/></cols>';

export const PAGE_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

export function excelApp(sheets: string[]): string {
  return (
    `${DECL}<Properties xmlns="${NS.ep}" xmlns:vt="${NS.vt}"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${esc(s)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}

export function excelCore(creator: string): string {
  return (
    `${DECL}<cp:coreProperties xmlns:cp="${NS.cp}" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${esc(creator)}</dc:creator><cp:lastModifiedBy>${esc(creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-10-09T02:11:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-30T07:45:31Z</dcterms:modified></cp:coreProperties>`
  );
}

/** The package's own relationships as Excel writes them: app and core properties, the workbook, then `more`. */
export function excelPackageRels(more: Rel[] = []): string {
  return relsXml([
    { id: 'rId3', type: REL.appProps, target: 'docProps/app.xml' },
    { id: 'rId2', type: REL.coreProps, target: 'docProps/core.xml' },
    { id: 'rId1', type: REL.officeDocument, target: 'xl/workbook.xml' },
    ...more,
  ]);
}

/**
 * The content types Excel lists for a workbook: the workbook (`workbook`: its type, a
 * macro-enabled one's differs), sheets 1…`sheets`, theme, styles and shared strings, the
 * builder's own `parts`, then the document properties and `props`.
 */
export function excelTypes(defaults: [string, string][], o: { sheets: number[]; workbook?: string; theme?: boolean; parts?: [string, string][]; props?: [string, string][] }): string {
  return typesXml(defaults, [
    ['/xl/workbook.xml', o.workbook ?? CT.workbook],
    ...o.sheets.map((n): [string, string] => [`/xl/worksheets/sheet${n}.xml`, CT.worksheet]),
    ...(o.theme === false ? [] : [['/xl/theme/theme1.xml', CT.theme] as [string, string]]),
    ['/xl/styles.xml', CT.styles],
    ['/xl/sharedStrings.xml', CT.sharedStrings],
    ...(o.parts ?? []),
    ['/docProps/core.xml', CT.core],
    ['/docProps/app.xml', CT.app],
    ...(o.props ?? []),
  ]);
}
