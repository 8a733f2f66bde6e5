/**
 * A workbook as LibreOffice Calc 7 saves it (checked against LibreOffice 7.4's own export):
 * - boolean attributes written "true"/"false" everywhere (sheetPr, sheetView, rows, cols,
 *   xfs, &lt;b val="true"/&gt;, sheetProtection sheet="true", definedName function="false"…);
 * - a protected sheet whose stage column is unlocked (a cellXfs xf with
 *   &lt;protection locked="false" hidden="false"/&gt;);
 * - &lt;pageSetUpPr fitToPage="true"/&gt;, showGridLines="false", a print area;
 * - the tracker as a table with NO &lt;tableStyleInfo&gt; (LibreOffice writes none), tableParts
 *   without a count;
 * - numbers with an explicit t="n", a constant boolean column (t="b"), a formula with
 *   LibreOffice's aca="false";
 * - content-type overrides for the .rels parts themselves, [Content_Types].xml last, no theme.
 */
import { CT, NS, REL, SharedStrings, esc, ref, serial, trackerRows, type CorpusWorkbook, zipParts } from './parts';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const DECL_PLAIN = '<?xml version="1.0" encoding="UTF-8"?>\n';
const SHEET = '销售机会';
const HEADERS = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段', '已签约', '含税金额'];
const N = 10;

const ROW_ATTRS = 'customFormat="false" ht="15" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"';

function sheetXml(sst: SharedStrings): string {
  const rows = trackerRows('zh', N);
  const s = (r: number, c: number, text: string, style = 0) => `<c r="${ref(r, c)}" s="${style}" t="s"><v>${sst.add(text)}</v></c>`;
  const xml = [`<row r="1" ${ROW_ATTRS}>${HEADERS.map((h, c) => s(0, c, h, 1)).join('')}</row>`];
  rows.forEach((o, i) => {
    const r = i + 1;
    xml.push(
      `<row r="${r + 1}" ${ROW_ATTRS}>${s(r, 0, o.opportunity)}${s(r, 1, o.customer)}${s(r, 2, o.rep)}` +
        `<c r="${ref(r, 3)}" s="4" t="n"><v>${o.amount}</v></c><c r="${ref(r, 4)}" s="3" t="n"><v>${serial(o.close)}</v></c>${s(r, 5, o.stage, 2)}` +
        `<c r="${ref(r, 6)}" s="0" t="b"><v>${i % 3 === 0 ? 1 : 0}</v></c>` +
        `<c r="${ref(r, 7)}" s="4" t="n"><f aca="false">D${r + 1}*1.13</f><v>${o.amount * 1.13}</v></c></row>`,
    );
  });
  return (
    `${DECL}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:xdr="${NS.xdr}" xmlns:x14="${NS.x14}" xmlns:xr2="${NS.xr2}" xmlns:mc="${NS.mc}">` +
    '<sheetPr filterMode="false"><pageSetUpPr fitToPage="true"/></sheetPr>' +
    `<dimension ref="A1:H${N + 1}"/>` +
    '<sheetViews><sheetView showFormulas="false" showGridLines="false" showRowColHeaders="true" showZeros="true" rightToLeft="false" tabSelected="true" showOutlineSymbols="true" defaultGridColor="true" view="normal" topLeftCell="A1" colorId="64" zoomScale="100" zoomScaleNormal="100" zoomScalePageLayoutView="100" workbookViewId="0">' +
    '<pane xSplit="0" ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/><selection pane="bottomLeft" activeCell="F3" activeCellId="0" sqref="F3"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="15" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"></sheetFormatPr>' +
    '<cols><col collapsed="false" customWidth="true" hidden="false" outlineLevel="0" max="2" min="1" style="0" width="16.5"/><col collapsed="false" customWidth="true" hidden="false" outlineLevel="0" max="5" min="3" style="0" width="13.2"/><col collapsed="false" customWidth="true" hidden="false" outlineLevel="0" max="6" min="6" style="2" width="10.8"/></cols>' +
    `<sheetData>${xml.join('')}</sheetData>` +
    '<sheetProtection sheet="true" password="cc1a" objects="true" scenarios="true"/>' +
    '<printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" verticalCentered="false"/>' +
    '<pageMargins left="0.7875" right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" footer="0.7875"/>' +
    '<pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="0" pageOrder="downThenOver" orientation="landscape" blackAndWhite="false" draft="false" cellComments="none" horizontalDpi="300" verticalDpi="300" copies="1"/>' +
    '<headerFooter differentFirst="false" differentOddEven="false"><oddHeader>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12&amp;A</oddHeader><oddFooter>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12页 &amp;P</oddFooter></headerFooter>' +
    '<tableParts><tablePart r:id="rId1"/></tableParts></worksheet>'
  );
}

const ALIGN = '<alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/>';
const STYLE_XF = (numFmt: number, font: number) => `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0" applyFont="true" applyBorder="false" applyAlignment="false" applyProtection="false"></xf>`;
const CELL_XF = (numFmt: number, font: number, locked: boolean, applyFont = false) =>
  `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0" xfId="0" applyFont="${applyFont}" applyBorder="false" applyAlignment="false" applyProtection="${!locked}">${ALIGN}<protection locked="${locked}" hidden="false"/></xf>`;

const STYLES =
  `${DECL}<styleSheet xmlns="${NS.main}"><numFmts count="2"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd"/></numFmts>` +
  '<fonts count="5"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/><charset val="1"/></font><font><sz val="10"/><name val="Arial"/><family val="0"/></font><font><sz val="10"/><name val="Arial"/><family val="0"/></font><font><sz val="10"/><name val="Arial"/><family val="0"/></font>' +
  '<font><b val="true"/><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/><charset val="1"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  `<cellStyleXfs count="20"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyFont="true" applyBorder="true" applyAlignment="true" applyProtection="true">${ALIGN}<protection locked="true" hidden="false"/></xf>` +
  [[0, 1], [0, 1], [0, 2], [0, 2], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [43, 1], [41, 1], [44, 1], [42, 1], [9, 1]].map(([n, f]) => STYLE_XF(n, f)).join('') +
  '</cellStyleXfs>' +
  `<cellXfs count="5">${CELL_XF(164, 0, true)}${CELL_XF(164, 4, true, true)}${CELL_XF(164, 0, false)}${CELL_XF(165, 0, true)}${CELL_XF(3, 0, true)}</cellXfs>` +
  '<cellStyles count="6"><cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="Comma" xfId="15" builtinId="3"/><cellStyle name="Comma [0]" xfId="16" builtinId="6"/><cellStyle name="Currency" xfId="17" builtinId="4"/><cellStyle name="Currency [0]" xfId="18" builtinId="7"/><cellStyle name="Percent" xfId="19" builtinId="5"/></cellStyles>' +
  '</styleSheet>';

const WORKBOOK =
  `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/><workbookProtection/>` +
  '<bookViews><workbookView showHorizontalScroll="true" showVerticalScroll="true" showSheetTabs="true" xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192" tabRatio="600" firstSheet="0" activeTab="0"/></bookViews>' +
  `<sheets><sheet name="${SHEET}" sheetId="1" state="visible" r:id="rId2"/></sheets>` +
  `<definedNames><definedName function="false" hidden="false" localSheetId="0" name="_xlnm.Print_Area" vbProcedure="false">${SHEET}!$A$1:$H$${N + 1}</definedName></definedNames>` +
  '<calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.0001"/>' +
  '<extLst><ext xmlns:loext="http://schemas.libreoffice.org/" uri="{7626C862-2A13-11E5-B345-FEFF819CDC9F}"><loext:extCalcPr stringRefSyntax="ExcelA1"/></ext></extLst></workbook>';

const TABLE =
  `${DECL}<table xmlns="${NS.main}" id="1" name="机会区域" displayName="机会区域" ref="A1:H${N + 1}" headerRowCount="1" totalsRowCount="0" totalsRowShown="0">` +
  `<autoFilter ref="A1:H${N + 1}"></autoFilter><tableColumns count="${HEADERS.length}">${HEADERS.map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`).join('')}</tableColumns></table>`;

function rels(list: [string, string, string][], decl = DECL_PLAIN): string {
  return `${decl}<Relationships xmlns="${NS.rels}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}\n</Relationships>`;
}

const TYPES =
  `${DECL_PLAIN}<Types xmlns="${NS.ct}"><Default Extension="xml" ContentType="${CT.xml}"/><Default Extension="rels" ContentType="${CT.rels}"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>` +
  [
    ['/_rels/.rels', CT.rels],
    ['/xl/workbook.xml', CT.workbook],
    ['/xl/styles.xml', CT.styles],
    ['/xl/worksheets/_rels/sheet1.xml.rels', CT.rels],
    ['/xl/worksheets/sheet1.xml', CT.worksheet],
    ['/xl/_rels/workbook.xml.rels', CT.rels],
    ['/xl/sharedStrings.xml', CT.sharedStrings],
    ['/xl/tables/table1.xml', CT.table],
    ['/docProps/core.xml', CT.core],
    ['/docProps/app.xml', CT.app],
    ['/docProps/custom.xml', CT.custom],
  ]
    .map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`)
    .join('') +
  '\n</Types>';

export function buildLibreOfficeLike(): Buffer {
  const sst = new SharedStrings();
  const sheet = sheetXml(sst);
  const strings = `${DECL}<sst xmlns="${NS.main}" count="${sst.count}" uniqueCount="${sst.list.length}">${sst.list.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('')}</sst>`;
  return zipParts([
    ['_rels/.rels', rels([['rId1', REL.officeDocument, 'xl/workbook.xml'], ['rId2', REL.coreProps, 'docProps/core.xml'], ['rId3', REL.appProps, 'docProps/app.xml'], ['rId4', REL.customProps, 'docProps/custom.xml']])],
    ['xl/workbook.xml', WORKBOOK],
    ['xl/styles.xml', STYLES],
    ['xl/worksheets/_rels/sheet1.xml.rels', rels([['rId1', REL.table, '../tables/table1.xml']])],
    ['xl/worksheets/sheet1.xml', sheet],
    ['xl/_rels/workbook.xml.rels', rels([['rId1', REL.styles, 'styles.xml'], ['rId2', REL.worksheet, 'worksheets/sheet1.xml'], ['rId3', REL.sharedStrings, 'sharedStrings.xml']])],
    ['xl/sharedStrings.xml', strings],
    ['xl/tables/table1.xml', TABLE],
    [
      'docProps/core.xml',
      `${DECL}<cp:coreProperties xmlns:cp="${NS.cp}" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-02T08:12:40Z</dcterms:created><dc:creator>陈静</dc:creator><dc:description></dc:description><dc:language>zh-CN</dc:language><cp:lastModifiedBy>陈静</cp:lastModifiedBy>' +
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-29T10:41:07Z</dcterms:modified><cp:revision>7</cp:revision><dc:subject></dc:subject><dc:title></dc:title></cp:coreProperties>',
    ],
    ['docProps/app.xml', `${DECL}<Properties xmlns="${NS.ep}" xmlns:vt="${NS.vt}"><Template></Template><TotalTime>38</TotalTime><Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application><AppVersion>15.0000</AppVersion></Properties>`],
    ['docProps/custom.xml', `${DECL}<Properties xmlns="${NS.custom}" xmlns:vt="${NS.vt}"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="团队"><vt:lpwstr>华南二组</vt:lpwstr></property></Properties>`],
    ['[Content_Types].xml', TYPES],
  ]);
}

export const libreOfficeLike: CorpusWorkbook = {
  name: 'libreOfficeLike',
  ext: 'xlsx',
  about: 'LibreOffice Calc 7: true/false attributes, protected sheet with unlocked cells, fit to page, no gridlines, a table with no style',
  build: buildLibreOfficeLike,
};
