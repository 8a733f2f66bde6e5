/**
 * What the corpus builders share: namespaces, escaping, the tracker's rows, a shared-string
 * table, content types, relationships, a theme, and zipping. Each builder still writes its
 * parts' XML itself, in its producer's own shape: these helpers only spare repeating data.
 */
import { writeZip } from '../../../xlsx/zipWriter';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  x14ac: 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac',
  x14: 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main',
  x15: 'http://schemas.microsoft.com/office/spreadsheetml/2010/11/main',
  xm: 'http://schemas.microsoft.com/office/excel/2006/main',
  xr: 'http://schemas.microsoft.com/office/spreadsheetml/2014/revision',
  xr2: 'http://schemas.microsoft.com/office/spreadsheetml/2015/revision2',
  xr3: 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision3',
  xr6: 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision6',
  xr10: 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision10',
  x16r2: 'http://schemas.microsoft.com/office/spreadsheetml/2015/02/main',
  tc: 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ep: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  custom: 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  vt: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  cp: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
} as const;

/** Relationship types (ECMA-376 Part 1 §15, and Microsoft's extensions [MS-XLSX]). */
export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  coreProps: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  appProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  customProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  customXml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',
  customXmlProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  pivotTable: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable',
  pivotCacheDefinition: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition',
  pivotCacheRecords: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheRecords',
  slicer: 'http://schemas.microsoft.com/office/2007/relationships/slicer',
  slicerCache: 'http://schemas.microsoft.com/office/2007/relationships/slicerCache',
  vbaProject: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
  threadedComment: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
  person: 'http://schemas.microsoft.com/office/2017/10/relationships/person',
} as const;

/** Content types (ECMA-376 Part 1 §12–15, Part 2 for the package ones, [MS-XLSX] for Microsoft's). */
export const CT = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  workbookMacro: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  pivotTable: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  pivotCacheDefinition: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  pivotCacheRecords: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
  slicer: 'application/vnd.ms-excel.slicer+xml',
  slicerCache: 'application/vnd.ms-excel.slicerCache+xml',
  vbaProject: 'application/vnd.ms-office.vbaProject',
  threadedComments: 'application/vnd.ms-excel.threadedcomments+xml',
  person: 'application/vnd.ms-excel.person+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  custom: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  customXmlProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
} as const;

export const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/**
 * Text for an element or attribute value. Characters XML 1.0 cannot carry (controls) are
 * written as SpreadsheetML's _xHHHH_ escape (ECMA-376 Part 1 §22.9.2.19), as Excel does.
 */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function colName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** An A1 reference from 0-based row and column. */
export function ref(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

/** The 1900 date system's serial number of a calendar date (no time). */
export function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export const HEADERS_ZH = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段'] as const;
export const HEADERS_EN = ['Opportunity', 'Account', 'Owner', 'Amount', 'Close Date', 'Stage'] as const;
export const STAGES_ZH = ['线索', '需求确认', '方案', '谈判', '赢单', '输单'] as const;
export const STAGES_EN = ['Lead', 'Discovery', 'Proposal', 'Negotiation', 'Won', 'Lost'] as const;

export interface TrackerRow {
  opportunity: string;
  customer: string;
  rep: string;
  amount: number;
  /** ISO date; builders store it as a serial number with a date style. */
  close: string;
  stage: string;
}

const OPPS_ZH = ['ERP 升级', '数据中台', 'CRM 替换', '供应链协同', '智能客服', '财务共享', 'OA 升级', '安全审计', 'MES 二期', '电子签章', 'HR SaaS', '渠道门户', '云迁移', '质量追溯', '车联网平台'];
const CUSTOMERS_ZH = ['华东电力', '南方航空', '星河地产', '远洋物流', '恒信银行', '蓝海制药', '北辰汽车', '锦江酒店', '天合光能', '新华书店', '青松教育', '云帆科技', '长城证券', '海信家电', '四方重工'];
const REPS_ZH = ['李明', '王芳', '张伟', '刘洋'];
const OPPS_EN = ['ERP upgrade', 'Data platform', 'CRM replacement', 'Supply chain', 'Service desk', 'Shared finance', 'Intranet', 'Security audit', 'MES phase 2', 'E-signature', 'HR SaaS', 'Partner portal', 'Cloud move', 'Traceability', 'Fleet telematics'];
const CUSTOMERS_EN = ['Eastern Power', 'Southern Air', 'Galaxy Estates', 'Ocean Logistics', 'Hengxin Bank', 'Bluesea Pharma', 'Polaris Motors', 'Jinjiang Hotels', 'Trina Solar', 'Xinhua Books', 'Pine Education', 'Cloudsail Tech', 'Great Wall Securities', 'Hisense Appliances', 'Sifang Heavy'];
const REPS_EN = ['Alice Chen', 'Bob Li', 'Carol Wang', 'Dan Zhao'];

/** The team's opportunities: deterministic, n ≤ 15, amounts in yuan, close dates in 2027. */
export function trackerRows(lang: 'zh' | 'en', n: number): TrackerRow[] {
  const opps = lang === 'zh' ? OPPS_ZH : OPPS_EN;
  const customers = lang === 'zh' ? CUSTOMERS_ZH : CUSTOMERS_EN;
  const reps = lang === 'zh' ? REPS_ZH : REPS_EN;
  const stages = lang === 'zh' ? STAGES_ZH : STAGES_EN;
  if (n > opps.length) throw new Error(`at most ${opps.length} rows`);
  return Array.from({ length: n }, (_, i) => ({
    opportunity: opps[i],
    customer: customers[i],
    rep: reps[i % reps.length],
    amount: 120_000 + ((i * 7919) % 23) * 45_000 + (i % 3) * 500.5,
    close: `2027-${String(1 + (i % 6)).padStart(2, '0')}-${String(5 + ((i * 3) % 23)).padStart(2, '0')}`,
    stage: stages[(i * 5) % stages.length],
  }));
}

/** A shared-string table as Excel keeps it: unique strings in first-use order, and a use count. */
export class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;

  add(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

export function typesXml(defaults: [string, string][], overrides: [string, string][], decl = DECL): string {
  return (
    `${decl}<Types xmlns="${NS.ct}">` +
    defaults.map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('') +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}

/** A relationship: Id, Type, Target (and TargetMode for an external one). */
export interface Rel {
  id: string;
  type: string;
  target: string;
  external?: boolean;
}

/** Relationships as Excel writes them: Id, Type, Target (and TargetMode for external ones). */
export function relsXml(rels: Rel[], decl = DECL): string {
  return (
    `${decl}<Relationships xmlns="${NS.rels}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('') +
    '</Relationships>'
  );
}

/** A small but complete DrawingML theme (clrScheme, fontScheme, fmtScheme with three of each style). */
export function themeXml(decl = DECL, name = 'Office 主题'): string {
  const solid = (mod = '') => `<a:solidFill><a:schemeClr val="phClr">${mod}</a:schemeClr></a:solidFill>`;
  const clr = (n: string, v: string) => `<a:${n}><a:srgbClr val="${v}"/></a:${n}>`;
  return (
    `${decl}<a:theme xmlns:a="${NS.a}" name="${name}"><a:themeElements>` +
    '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
    clr('dk2', '44546A') + clr('lt2', 'E7E6E6') + clr('accent1', '4472C4') + clr('accent2', 'ED7D31') + clr('accent3', 'A5A5A5') +
    clr('accent4', 'FFC000') + clr('accent5', '5B9BD5') + clr('accent6', '70AD47') + clr('hlink', '0563C1') + clr('folHlink', '954F72') +
    '</a:clrScheme>' +
    '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="等线 Light"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont>' +
    '<a:minorFont><a:latin typeface="等线"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont></a:fontScheme>' +
    '<a:fmtScheme name="Office">' +
    `<a:fillStyleLst>${solid()}${solid('<a:tint val="50000"/>')}${solid('<a:shade val="80000"/>')}</a:fillStyleLst>` +
    `<a:lnStyleLst>${[6350, 12700, 19050].map((w) => `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr">${solid()}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`).join('')}</a:lnStyleLst>` +
    '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>' +
    `<a:bgFillStyleLst>${solid()}${solid('<a:tint val="95000"/>')}${solid('<a:shade val="90000"/>')}</a:bgFillStyleLst>` +
    '</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
  );
}

export type PartData = string | Uint8Array;

/** Zips parts in the given order (producers differ: openpyxl writes [Content_Types].xml last). */
export function zipParts(parts: [string, PartData][]): Buffer {
  return writeZip(parts.map(([name, data]) => ({ name, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data })));
}

export interface CorpusWorkbook {
  name: string;
  ext: 'xlsx' | 'xlsm';
  /** What the workbook stands for, for test titles. */
  about: string;
  build(): Buffer;
}
