/**
 * Excel's shape of a tracker kept as a table (机会表), a pivot table of amounts by rep on its own
 * sheet (pivot cache definition and records), and an Excel 2010 slicer on the stage field
 * (slicer, slicer cache, the slicer's drawing frame with its fallback shape, the #N/A name
 * Excel defines for a slicer cache).
 */
import { EXCEL_STYLES, PAGE_MARGINS, SHEET_VIEW_COLS, WORKSHEET_OPEN, excelApp, excelCore, excelPackageRels, excelTypes, sharedStringsXml, trackerSheetData } from './excelBasics';
import { CT, DECL, HEADERS_ZH, NS, REL, SharedStrings, esc, relsXml, themeXml, trackerRows, zipParts, type CorpusWorkbook } from './parts';

const SHEET = '销售机会';
const PIVOT_SHEET = '按销售汇总';
const N = 12;
const CACHE_ID = 5;
const X14_CACHE_ID = 1;

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function pivotParts(sst: SharedStrings) {
  const rows = trackerRows('zh', N);
  const reps = unique(rows.map((r) => r.rep));
  const stages = unique(rows.map((r) => r.stage));
  const amounts = rows.map((r) => r.amount);
  const dates = rows.map((r) => r.close).sort();
  const sums = reps.map((rep) => rows.filter((r) => r.rep === rep).reduce((s, r) => s + r.amount, 0));
  const total = sums.reduce((a, b) => a + b, 0);

  const definition =
    `${DECL}<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="xr" xmlns:xr="${NS.xr}" r:id="rId1" refreshedBy="张伟" refreshedDate="46387.654321759261" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" recordCount="${N}" xr:uid="{9E8D7C6B-5A4F-4E3D-8C2B-1A0F9E8D7C6B}">` +
    '<cacheSource type="worksheet"><worksheetSource name="机会表"/></cacheSource>' +
    '<cacheFields count="6">' +
    `<cacheField name="${HEADERS_ZH[0]}" numFmtId="0"><sharedItems/></cacheField>` +
    `<cacheField name="${HEADERS_ZH[1]}" numFmtId="0"><sharedItems/></cacheField>` +
    `<cacheField name="${HEADERS_ZH[2]}" numFmtId="0"><sharedItems count="${reps.length}">${reps.map((r) => `<s v="${esc(r)}"/>`).join('')}</sharedItems></cacheField>` +
    `<cacheField name="${HEADERS_ZH[3]}" numFmtId="3"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="${Math.min(...amounts)}" maxValue="${Math.max(...amounts)}"/></cacheField>` +
    `<cacheField name="${HEADERS_ZH[4]}" numFmtId="176"><sharedItems containsSemiMixedTypes="0" containsNonDate="0" containsDate="1" containsString="0" minDate="${dates[0]}T00:00:00" maxDate="${dates[dates.length - 1]}T00:00:00"/></cacheField>` +
    `<cacheField name="${HEADERS_ZH[5]}" numFmtId="0"><sharedItems count="${stages.length}">${stages.map((s) => `<s v="${esc(s)}"/>`).join('')}</sharedItems></cacheField>` +
    '</cacheFields>' +
    `<extLst><ext uri="{725AE2AE-9491-48be-B2B4-4EB974FC3084}" xmlns:x14="${NS.x14}"><x14:pivotCacheDefinition pivotCacheId="${X14_CACHE_ID}"/></ext></extLst>` +
    '</pivotCacheDefinition>';

  const records =
    `${DECL}<pivotCacheRecords xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="xr" xmlns:xr="${NS.xr}" count="${N}">` +
    rows.map((r) => `<r><s v="${esc(r.opportunity)}"/><s v="${esc(r.customer)}"/><x v="${reps.indexOf(r.rep)}"/><n v="${r.amount}"/><d v="${r.close}T00:00:00"/><x v="${stages.indexOf(r.stage)}"/></r>`).join('') +
    '</pivotCacheRecords>';

  const table =
    `${DECL}<pivotTableDefinition xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="xr" xmlns:xr="${NS.xr}" name="数据透视表1" cacheId="${CACHE_ID}" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="8" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="8" indent="0" outline="1" outlineData="1" multipleFieldFilters="0" rowHeaderCaption="${HEADERS_ZH[2]}" xr:uid="{4B3A2918-0F7E-4D6C-9B5A-483726150F4E}">` +
    `<location ref="A3:B${4 + reps.length}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
    '<pivotFields count="6"><pivotField showAll="0"/><pivotField showAll="0"/>' +
    `<pivotField axis="axisRow" showAll="0"><items count="${reps.length + 1}">${reps.map((_, i) => `<item x="${i}"/>`).join('')}<item t="default"/></items></pivotField>` +
    '<pivotField dataField="1" numFmtId="3" showAll="0"/><pivotField numFmtId="176" showAll="0"/>' +
    `<pivotField showAll="0"><items count="${stages.length + 1}">${stages.map((_, i) => `<item x="${i}"/>`).join('')}<item t="default"/></items></pivotField></pivotFields>` +
    `<rowFields count="1"><field x="2"/></rowFields><rowItems count="${reps.length + 1}">${reps.map((_, i) => (i === 0 ? '<i><x/></i>' : `<i><x v="${i}"/></i>`)).join('')}<i t="grand"><x/></i></rowItems>` +
    '<colItems count="1"><i/></colItems>' +
    `<dataFields count="1"><dataField name="求和项:${HEADERS_ZH[3]}" fld="3" baseField="0" baseItem="0" numFmtId="3"/></dataFields>` +
    '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>' +
    `<extLst><ext uri="{962EF5D1-5CA2-4c93-8EF4-DBF5C05439D2}" xmlns:x14="${NS.x14}"><x14:pivotTableDefinition hideValuesRow="1" xmlns:xm="${NS.xm}"/></ext></extLst>` +
    '</pivotTableDefinition>';

  // The pivot's cells as Excel leaves them in the sheet (its last refresh).
  const cellRows = [
    `<row r="3" spans="1:2" x14ac:dyDescent="0.2"><c r="A3" s="1" t="s"><v>${sst.add(HEADERS_ZH[2])}</v></c><c r="B3" t="s"><v>${sst.add(`求和项:${HEADERS_ZH[3]}`)}</v></c></row>`,
    ...reps.map((rep, i) => `<row r="${4 + i}" spans="1:2" x14ac:dyDescent="0.2"><c r="A${4 + i}" t="s"><v>${sst.add(rep)}</v></c><c r="B${4 + i}" s="3"><v>${sums[i]}</v></c></row>`),
    `<row r="${4 + reps.length}" spans="1:2" x14ac:dyDescent="0.2"><c r="A${4 + reps.length}" s="1" t="s"><v>${sst.add('总计')}</v></c><c r="B${4 + reps.length}" s="3"><v>${total}</v></c></row>`,
  ];
  const sheet =
    `${DECL}${WORKSHEET_OPEN} xr:uid="{00000000-0001-0000-0100-000000000000}">` +
    `<dimension ref="A3:B${4 + reps.length}"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A3" sqref="A3"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><cols><col min="1" max="1" width="11.625" bestFit="1" customWidth="1"/><col min="2" max="2" width="18.875" bestFit="1" customWidth="1"/></cols>' +
    `<sheetData>${cellRows.join('')}</sheetData>${PAGE_MARGINS}<drawing r:id="rId2"/>` +
    `<extLst><ext uri="{A8765BA9-456A-4dab-B4F3-ACF838C121DE}" xmlns:x14="${NS.x14}"><x14:slicerList><x14:slicer r:id="rId3"/></x14:slicerList></ext></extLst></worksheet>`;

  const slicerCache =
    `${DECL}<slicerCacheDefinition xmlns="${NS.x14}" xmlns:mc="${NS.mc}" mc:Ignorable="x xr10" xmlns:x="${NS.main}" xmlns:xr10="${NS.xr10}" name="切片器_阶段" xr10:uid="{00000000-0013-0000-FFFF-FFFF01000000}" sourceName="${HEADERS_ZH[5]}">` +
    '<pivotTables><pivotTable tabId="2" name="数据透视表1"/></pivotTables>' +
    `<data><tabular pivotCacheId="${X14_CACHE_ID}"><items count="${stages.length}">${stages.map((_, i) => `<i x="${i}" s="1"/>`).join('')}</items></tabular></data></slicerCacheDefinition>`;
  const slicer = `${DECL}<slicers xmlns="${NS.x14}" xmlns:mc="${NS.mc}" mc:Ignorable="x xr10" xmlns:x="${NS.main}" xmlns:xr10="${NS.xr10}"><slicer name="阶段" xr10:uid="{7D6C5B4A-3928-4170-8F6E-5D4C3B2A1908}" cache="切片器_阶段" caption="阶段" rowHeight="241300"/></slicers>`;
  const anchor = '<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>';
  const drawing =
    `${DECL}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor editAs="oneCell">${anchor}` +
    `<mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer" Requires="sle15">` +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="阶段"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2010/slicer"><sle:slicer xmlns:sle="http://schemas.microsoft.com/office/drawing/2010/slicer" name="阶段"/></a:graphicData></a:graphic></xdr:graphicFrame></mc:Choice>' +
    '<mc:Fallback><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="0" name=""/><xdr:cNvSpPr><a:spLocks noTextEdit="1"/></xdr:cNvSpPr></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="2800000" y="380000"/><a:ext cx="1828800" cy="2524125"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:prstClr val="white"/></a:solidFill><a:ln w="1"><a:solidFill><a:prstClr val="green"/></a:solidFill></a:ln></xdr:spPr>' +
    '<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip"/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" sz="1100"/><a:t>此形状代表数据透视表切片器。Excel 2010 或更高版本支持切片器。</a:t></a:r></a:p></xdr:txBody></xdr:sp></mc:Fallback></mc:AlternateContent>' +
    '<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
  return { definition, records, table, sheet, slicerCache, slicer, drawing };
}

export function buildPivotAndSlicer(): Buffer {
  const sst = new SharedStrings();
  const tracker =
    `${DECL}${WORKSHEET_OPEN} xr:uid="{00000000-0001-0000-0000-000000000000}">` +
    `<dimension ref="A1:F${N + 1}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `${SHEET_VIEW_COLS}${trackerSheetData(sst, N)}${PAGE_MARGINS}<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
  const pivot = pivotParts(sst);
  const table =
    `${DECL}<table xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="xr xr3" xmlns:xr="${NS.xr}" xmlns:xr3="${NS.xr3}" id="1" xr:uid="{1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F}" name="机会表" displayName="机会表" ref="A1:F${N + 1}" totalsRowShown="0">` +
    `<autoFilter ref="A1:F${N + 1}" xr:uid="{2D3E4F5A-6B7C-4D8E-9F0A-1B2C3D4E5F6A}"/><tableColumns count="6">` +
    HEADERS_ZH.map((h, i) => `<tableColumn id="${i + 1}" xr3:uid="{3E4F5A6B-7C8D-4E9F-0A1B-2C3D4E5F6A7${i}}" name="${h}"${i === 3 ? ' dataDxfId="0"' : ''}/>`).join('') +
    '</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
  const workbook =
    `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="${NS.x15}" xmlns:xr="${NS.xr}" xmlns:xr6="${NS.xr6}" xmlns:xr10="${NS.xr10}" xmlns:xr2="${NS.xr2}">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28025"/><workbookPr defaultThemeVersion="166925"/>' +
    `<xr:revisionPtr revIDLastSave="0" documentId="8_{4F3E2D1C-0B9A-4877-A665-544332211000}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>` +
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="1" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>' +
    `<sheets><sheet name="${SHEET}" sheetId="1" r:id="rId1"/><sheet name="${PIVOT_SHEET}" sheetId="2" r:id="rId2"/></sheets>` +
    '<definedNames><definedName name="切片器_阶段">#N/A</definedName></definedNames>' +
    `<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="${CACHE_ID}" r:id="rId3"/></pivotCaches>` +
    `<extLst><ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}" xmlns:x14="${NS.x14}"><x14:slicerCaches><x14:slicerCache r:id="rId4"/></x14:slicerCaches></ext>` +
    `<ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="${NS.x15}"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`;
  const types = excelTypes([['rels', CT.rels], ['xml', CT.xml]], {
    sheets: [1, 2],
    parts: [
      ['/xl/tables/table1.xml', CT.table],
      ['/xl/pivotTables/pivotTable1.xml', CT.pivotTable],
      ['/xl/pivotCache/pivotCacheDefinition1.xml', CT.pivotCacheDefinition],
      ['/xl/pivotCache/pivotCacheRecords1.xml', CT.pivotCacheRecords],
      ['/xl/drawings/drawing1.xml', CT.drawing],
      ['/xl/slicers/slicer1.xml', CT.slicer],
      ['/xl/slicerCaches/slicerCache1.xml', CT.slicerCache],
    ],
  });
  return zipParts([
    ['[Content_Types].xml', types],
    ['_rels/.rels', excelPackageRels()],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', relsXml([
      { id: 'rId3', type: REL.pivotCacheDefinition, target: 'pivotCache/pivotCacheDefinition1.xml' },
      { id: 'rId7', type: REL.sharedStrings, target: 'sharedStrings.xml' },
      { id: 'rId2', type: REL.worksheet, target: 'worksheets/sheet2.xml' },
      { id: 'rId1', type: REL.worksheet, target: 'worksheets/sheet1.xml' },
      { id: 'rId6', type: REL.styles, target: 'styles.xml' },
      { id: 'rId5', type: REL.theme, target: 'theme/theme1.xml' },
      { id: 'rId4', type: REL.slicerCache, target: 'slicerCaches/slicerCache1.xml' },
    ])],
    ['xl/worksheets/sheet1.xml', tracker],
    ['xl/worksheets/_rels/sheet1.xml.rels', relsXml([{ id: 'rId1', type: REL.table, target: '../tables/table1.xml' }])],
    ['xl/worksheets/sheet2.xml', pivot.sheet],
    ['xl/worksheets/_rels/sheet2.xml.rels', relsXml([
      { id: 'rId3', type: REL.slicer, target: '../slicers/slicer1.xml' },
      { id: 'rId2', type: REL.drawing, target: '../drawings/drawing1.xml' },
      { id: 'rId1', type: REL.pivotTable, target: '../pivotTables/pivotTable1.xml' },
    ])],
    ['xl/tables/table1.xml', table],
    ['xl/pivotTables/pivotTable1.xml', pivot.table],
    ['xl/pivotTables/_rels/pivotTable1.xml.rels', relsXml([{ id: 'rId1', type: REL.pivotCacheDefinition, target: '../pivotCache/pivotCacheDefinition1.xml' }])],
    ['xl/pivotCache/pivotCacheDefinition1.xml', pivot.definition],
    ['xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', relsXml([{ id: 'rId1', type: REL.pivotCacheRecords, target: 'pivotCacheRecords1.xml' }])],
    ['xl/pivotCache/pivotCacheRecords1.xml', pivot.records],
    ['xl/drawings/drawing1.xml', pivot.drawing],
    ['xl/slicers/slicer1.xml', pivot.slicer],
    ['xl/slicerCaches/slicerCache1.xml', pivot.slicerCache],
    ['xl/theme/theme1.xml', themeXml()],
    ['xl/styles.xml', EXCEL_STYLES],
    ['xl/sharedStrings.xml', sharedStringsXml(sst)],
    ['docProps/core.xml', excelCore('王芳')],
    ['docProps/app.xml', excelApp([SHEET, PIVOT_SHEET])],
  ]);
}

export const pivotAndSlicer: CorpusWorkbook = {
  name: 'pivotAndSlicer',
  ext: 'xlsx',
  about: 'Excel: a table, a pivot table with its cache, a slicer with its cache',
  build: buildPivotAndSlicer,
};
