/**
 * A workbook as Excel 365 (Chinese UI) saves it: shared strings with phonetic properties,
 * styles with val="0" font flags, legacy and threaded comments, an internal and an external
 * hyperlink, a legacy sheet password, a structure-locked workbook, a custom validation, an
 * Excel 2010 list validation pointing at another sheet and a sparkline group (both in the
 * sheet's extLst), a chart and a text box in one drawing, custom document properties, a
 * customXml item, printer settings, a named constant and a hidden name.
 *
 * Shapes follow ECMA-376 Part 1 and Microsoft's [MS-XLSX] extensions as Excel writes them.
 */
import { COMMENTS, PERSONS, THREADED, vml } from './excelLikeComments';
import { DRAWING, chart } from './excelLikeDrawing';
import { excelPackageRels, excelTypes } from './excelBasics';
import { CT, DECL, HEADERS_ZH, NS, REL, STAGES_ZH, SharedStrings, esc, ref, relsXml, serial, themeXml, trackerRows, zipParts, type CorpusWorkbook } from './parts';

const SHEET = '销售机会';
const LISTS = '选项';
const N = 12;
const TAX = 0.13;

const GUID = {
  doc: '{2D0F6B4E-1F3C-4B8A-9C77-5E2A1B3C4D5E}',
  view: '{8A1C2D3E-4F50-4A6B-8C7D-9E0F1A2B3C4D}',
  sheet1: '{00000000-0001-0000-0000-000000000000}',
  sheet2: '{00000000-0001-0000-0100-000000000000}',
  dv: '{6C1F3E5A-7B2D-4E9F-8A1B-2C3D4E5F6A7B}',
  spark: '{3B5D7F9A-1C2E-4F6A-8B0C-D1E2F3A4B5C6}',
  link1: '{A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D}',
  link2: '{B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E}',
  item: '{5A7C9E1B-3D5F-4A6C-8E0B-2D4F6A8C0E1B}',
};

function sharedStringsXml(sst: SharedStrings, phonetic: Set<string>): string {
  const items = sst.list.map((s) => {
    if (s === '重点客户') {
      // A rich text string: one bold run, one plain.
      return '<si><r><rPr><b/><sz val="11"/><color rgb="FFC00000"/><rFont val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></rPr><t>重点</t></r>' +
        '<r><rPr><sz val="11"/><color theme="1"/><rFont val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></rPr><t>客户</t></r><phoneticPr fontId="1" type="noConversion"/></si>';
    }
    const space = s !== s.trim() ? ' xml:space="preserve"' : '';
    return `<si><t${space}>${esc(s)}</t>${phonetic.has(s) ? '<phoneticPr fontId="1" type="noConversion"/>' : ''}</si>`;
  });
  return `${DECL}<sst xmlns="${NS.main}" count="${sst.count}" uniqueCount="${sst.list.length}">${items.join('')}</sst>`;
}

const STYLES =
  `${DECL}<styleSheet xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="${NS.x14ac}" xmlns:x16r2="${NS.x16r2}" xmlns:xr="${NS.xr}">` +
  '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy/m/d;@"/></numFmts>' +
  '<fonts count="4" x14ac:knownFonts="1">' +
  '<font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>' +
  '<font><b/><sz val="11"/><color theme="1"/><name val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></font>' +
  '<font><u/><sz val="11"/><color theme="10"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>' +
  // Flags written off explicitly (as Excel does after a style is cleared): not bold, not italic, not struck.
  '<font><b val="0"/><i val="0"/><strike val="0"/><sz val="11"/><color rgb="FF595959"/><name val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></font>' +
  '</fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left/><right/><top/><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" applyNumberFormat="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"/></cellStyleXfs>' +
  '<cellXfs count="7">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"><alignment vertical="center"/></xf>' +
  '<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf>' +
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="1"><alignment vertical="center"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><alignment vertical="center"/><protection locked="0"/></xf>' +
  '<xf numFmtId="3" fontId="3" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"><alignment vertical="center"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="2"><cellStyle name="常规" xfId="0" builtinId="0"/><cellStyle name="超链接" xfId="1" builtinId="8"/></cellStyles>' +
  '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  `<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="${NS.x14}"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>` +
  `<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="${NS.x15}"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst>` +
  '</styleSheet>';

const WS_OPEN = `<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:xdr="${NS.xdr}" xmlns:x14="${NS.x14}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="${NS.x14ac}" xmlns:xr="${NS.xr}" xmlns:xr2="${NS.xr2}" xmlns:xr3="${NS.xr3}"`;

function trackerSheet(sst: SharedStrings): string {
  const rows = trackerRows('zh', N);
  const header = [...HEADERS_ZH, '含税金额', '说明', '趋势'];
  const xml: string[] = [];
  xml.push(`<row r="1" spans="1:9" ht="18" customHeight="1" x14ac:dyDescent="0.2">${header.map((h, c) => `<c r="${ref(0, c)}" s="1" t="s"><v>${sst.add(h)}</v></c>`).join('')}</row>`);
  rows.forEach((o, i) => {
    const r = i + 1;
    const cells = [
      `<c r="${ref(r, 0)}" t="s"><v>${sst.add(o.opportunity)}</v></c>`,
      `<c r="${ref(r, 1)}" t="s"><v>${sst.add(o.customer)}</v></c>`,
      `<c r="${ref(r, 2)}" t="s"><v>${sst.add(o.rep)}</v></c>`,
      `<c r="${ref(r, 3)}" s="3"><v>${o.amount}</v></c>`,
      `<c r="${ref(r, 4)}" s="2"><v>${serial(o.close)}</v></c>`,
      `<c r="${ref(r, 5)}" s="5" t="s"><v>${sst.add(o.stage)}</v></c>`,
      // A shared formula filled down, using the named constant 税率.
      r === 1 ? `<c r="G2" s="6"><f t="shared" ref="G2:G${N + 1}" si="0">D2*(1+税率)</f><v>${o.amount * (1 + TAX)}</v></c>` : `<c r="${ref(r, 6)}" s="6"><f t="shared" si="0"/><v>${o.amount * (1 + TAX)}</v></c>`,
    ];
    if (r === 1) cells.push(`<c r="H2" s="4" t="s"><v>${sst.add('阶段说明')}</v></c>`);
    if (r === 2) cells.push(`<c r="H3" s="4" t="s"><v>${sst.add('CRM 记录')}</v></c>`);
    if (r === 3) cells.push(`<c r="H4" t="s"><v>${sst.add('重点客户')}</v></c>`);
    xml.push(`<row r="${r + 1}" spans="1:9" x14ac:dyDescent="0.2">${cells.join('')}</row>`);
  });
  return (
    `${DECL}${WS_OPEN} xr:uid="${GUID.sheet1}">` +
    `<dimension ref="A1:I${N + 1}"/>` +
    '<sheetViews><sheetView tabSelected="1" zoomScale="110" zoomScaleNormal="110" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B3" sqref="B3"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/>' +
    '<cols><col min="1" max="2" width="16.625" customWidth="1"/><col min="3" max="3" width="9" customWidth="1"/><col min="4" max="4" width="12.625" customWidth="1"/><col min="5" max="5" width="13.375" customWidth="1"/><col min="6" max="6" width="9" style="5" customWidth="1"/><col min="7" max="7" width="12.625" customWidth="1"/><col min="8" max="8" width="11" customWidth="1"/><col min="9" max="9" width="14" customWidth="1"/></cols>' +
    `<sheetData>${xml.join('')}</sheetData>` +
    // The legacy (pre-2013) password hash form.
    '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>' +
    `<conditionalFormatting sqref="D2:D${N + 1}"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>1000000</formula></cfRule></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="custom" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="名称过长" error="机会名称不超过 50 个字" sqref="A2:A${N + 1}"><formula1>LEN(A2)&lt;=50</formula1></dataValidation></dataValidations>` +
    `<hyperlinks><hyperlink ref="H2" location="${LISTS}!A1" display="阶段说明" xr:uid="${GUID.link1}"/><hyperlink ref="H3" r:id="rId6" xr:uid="${GUID.link2}"/></hyperlinks>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" r:id="rId5"/>' +
    '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>' +
    '<extLst>' +
    `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${NS.x14}"><x14:dataValidations count="1" xmlns:xm="${NS.xm}">` +
    `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" xr:uid="${GUID.dv}"><x14:formula1><xm:f>${LISTS}!$A$1:$A$${STAGES_ZH.length}</xm:f></x14:formula1><xm:sqref>F2:F${N + 1}</xm:sqref></x14:dataValidation></x14:dataValidations></ext>` +
    `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${NS.x14}"><x14:sparklineGroups xmlns:xm="${NS.xm}">` +
    `<x14:sparklineGroup displayEmptyCellsAs="gap" markers="1" xr2:uid="${GUID.spark}"><x14:colorSeries theme="4" tint="-0.499984740745262"/><x14:colorNegative theme="5"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers theme="4" tint="-0.499984740745262"/><x14:colorFirst theme="4" tint="0.39997558519241921"/><x14:colorLast theme="4" tint="0.39997558519241921"/><x14:colorHigh theme="4"/><x14:colorLow theme="4"/>` +
    `<x14:sparklines><x14:sparkline><xm:f>${SHEET}!D2:D${N + 1}</xm:f><xm:sqref>I2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>` +
    '</extLst></worksheet>'
  );
}

function listsSheet(sst: SharedStrings): string {
  const rows = STAGES_ZH.map((s, i) => `<row r="${i + 1}" spans="1:1" x14ac:dyDescent="0.2"><c r="A${i + 1}" t="s"><v>${sst.add(s)}</v></c></row>`);
  return (
    `${DECL}${WS_OPEN} xr:uid="${GUID.sheet2}">` +
    `<dimension ref="A1:A${STAGES_ZH.length}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/>` +
    `<sheetData>${rows.join('')}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

const WORKBOOK =
  `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="${NS.x15}" xmlns:xr="${NS.xr}" xmlns:xr6="${NS.xr6}" xmlns:xr10="${NS.xr10}" xmlns:xr2="${NS.xr2}">` +
  '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28025"/><workbookPr filterPrivacy="1" defaultThemeVersion="164011"/>' +
  `<mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice Requires="x15"><x15ac:absPath url="D:\\销售\\2027\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>` +
  `<xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_${GUID.doc}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>` +
  '<workbookProtection lockWindows="1"/>' +
  `<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" xr2:uid="${GUID.view}"/></bookViews>` +
  `<sheets><sheet name="${SHEET}" sheetId="1" r:id="rId1"/><sheet name="${LISTS}" sheetId="2" r:id="rId2"/></sheets>` +
  `<definedNames><definedName name="内部范围" hidden="1">${SHEET}!$A$1:$F$${N + 1}</definedName><definedName name="税率">${TAX}</definedName></definedNames>` +
  '<calcPr calcId="191029"/>' +
  `<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="${NS.x15}"><x15:workbookPr chartTrackingRefBase="1"/></ext>` +
  '<ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures"><xcalcf:calcFeatures><xcalcf:feature name="microsoft.com:RD"/><xcalcf:feature name="microsoft.com:Single"/><xcalcf:feature name="microsoft.com:FV"/><xcalcf:feature name="microsoft.com:CNMTM"/><xcalcf:feature name="microsoft.com:LET_WF"/></xcalcf:calcFeatures></ext></extLst>' +
  '</workbook>';

const APP =
  `${DECL}<Properties xmlns="${NS.ep}" xmlns:vt="${NS.vt}"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
  `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
  `<TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>${SHEET}</vt:lpstr><vt:lpstr>${LISTS}</vt:lpstr></vt:vector></TitlesOfParts>` +
  '<Company>示例科技</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>';

const CORE =
  `${DECL}<cp:coreProperties xmlns:cp="${NS.cp}" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
  '<dc:creator>张伟</dc:creator><cp:lastModifiedBy>李娜</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-09-01T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-28T09:30:12Z</dcterms:modified></cp:coreProperties>';

const CUSTOM =
  `${DECL}<Properties xmlns="${NS.custom}" xmlns:vt="${NS.vt}">` +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="部门"><vt:lpwstr>华东销售部</vt:lpwstr></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="密级"><vt:lpwstr>内部</vt:lpwstr></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="版本"><vt:i4>7</vt:i4></property></Properties>';

const CUSTOM_XML_ITEM = '<?xml version="1.0" encoding="utf-8"?><crm:销售 xmlns:crm="urn:example:crm:2026"><crm:区域>华东</crm:区域><crm:负责人>张伟</crm:负责人></crm:销售>';
const CUSTOM_XML_PROPS = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n<ds:datastoreItem ds:itemID="${GUID.item}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:example:crm:2026"/></ds:schemaRefs></ds:datastoreItem>`;

/** A DEVMODE-like blob: Excel stores the printer's settings verbatim. */
function printerSettings(): Uint8Array {
  const b = Buffer.alloc(220);
  Buffer.from('Microsoft Print to PDF', 'utf16le').copy(b, 0);
  b.writeUInt16LE(0x0401, 64);
  b.writeUInt16LE(220, 68);
  for (let i = 72; i < b.length; i++) b[i] = (i * 37) & 0xff;
  return b;
}

export function buildExcelLike(): Buffer {
  const sst = new SharedStrings();
  const sheet1 = trackerSheet(sst);
  const sheet2 = listsSheet(sst);
  const types = excelTypes([['bin', 'application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings'], ['rels', CT.rels], ['vml', CT.vml], ['xml', CT.xml]], {
    sheets: [1, 2],
    parts: [
      ['/xl/drawings/drawing1.xml', CT.drawing],
      ['/xl/charts/chart1.xml', CT.chart],
      ['/xl/comments1.xml', CT.comments],
      ['/xl/threadedComments/threadedComment1.xml', CT.threadedComments],
      ['/xl/persons/person.xml', CT.person],
      ['/customXml/itemProps1.xml', CT.customXmlProps],
    ],
    props: [['/docProps/custom.xml', CT.custom]],
  });
  return zipParts([
    ['[Content_Types].xml', types],
    ['_rels/.rels', excelPackageRels([{ id: 'rId4', type: REL.customProps, target: 'docProps/custom.xml' }])],
    ['xl/workbook.xml', WORKBOOK],
    ['xl/_rels/workbook.xml.rels', relsXml([
      { id: 'rId8', type: REL.customXml, target: '../customXml/item1.xml' },
      { id: 'rId3', type: REL.theme, target: 'theme/theme1.xml' },
      { id: 'rId7', type: REL.person, target: 'persons/person.xml' },
      { id: 'rId2', type: REL.worksheet, target: 'worksheets/sheet2.xml' },
      { id: 'rId1', type: REL.worksheet, target: 'worksheets/sheet1.xml' },
      { id: 'rId5', type: REL.sharedStrings, target: 'sharedStrings.xml' },
      { id: 'rId4', type: REL.styles, target: 'styles.xml' },
    ])],
    ['xl/worksheets/sheet1.xml', sheet1],
    ['xl/worksheets/sheet2.xml', sheet2],
    ['xl/worksheets/_rels/sheet1.xml.rels', relsXml([
      { id: 'rId3', type: REL.comments, target: '../comments1.xml' },
      { id: 'rId2', type: REL.vmlDrawing, target: '../drawings/vmlDrawing1.vml' },
      { id: 'rId1', type: REL.drawing, target: '../drawings/drawing1.xml' },
      { id: 'rId6', type: REL.hyperlink, target: 'https://crm.example.com/opportunities/1002?tab=notes&lang=zh', external: true },
      { id: 'rId5', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings', target: '../printerSettings/printerSettings1.bin' },
      { id: 'rId4', type: REL.threadedComment, target: '../threadedComments/threadedComment1.xml' },
    ])],
    ['xl/theme/theme1.xml', themeXml()],
    ['xl/styles.xml', STYLES],
    ['xl/sharedStrings.xml', sharedStringsXml(sst, new Set([...HEADERS_ZH, '含税金额', '说明', '趋势']))],
    ['xl/drawings/drawing1.xml', DRAWING],
    ['xl/drawings/_rels/drawing1.xml.rels', relsXml([{ id: 'rId1', type: REL.chart, target: '../charts/chart1.xml' }])],
    ['xl/charts/chart1.xml', chart(SHEET, N)],
    ['xl/drawings/vmlDrawing1.vml', vml()],
    ['xl/comments1.xml', COMMENTS],
    ['xl/threadedComments/threadedComment1.xml', THREADED],
    ['xl/persons/person.xml', PERSONS],
    ['xl/printerSettings/printerSettings1.bin', printerSettings()],
    ['customXml/item1.xml', CUSTOM_XML_ITEM],
    ['customXml/itemProps1.xml', CUSTOM_XML_PROPS],
    ['customXml/_rels/item1.xml.rels', relsXml([{ id: 'rId1', type: REL.customXmlProps, target: 'itemProps1.xml' }], '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n')],
    ['docProps/core.xml', CORE],
    ['docProps/app.xml', APP],
    ['docProps/custom.xml', CUSTOM],
  ]);
}

export const excelLike: CorpusWorkbook = {
  name: 'excelLike',
  ext: 'xlsx',
  about: 'Excel 365: comments, threaded comments, links, protection, x14 validation, sparklines, chart, text box, custom properties, customXml, named constant',
  build: buildExcelLike,
};
