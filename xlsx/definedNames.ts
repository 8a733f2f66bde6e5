import { TAB_KINDS, anchorName, findOurTabs, quoteSheet, type WorkbookSnapshot } from '../core/layout';

/**
 * The workbook's defined names, kept as the user had them, plus our anchors.
 *
 * ExcelJS keeps only names that are plain cell ranges: a named constant (税率 = 0.13), a named
 * formula or a hidden flag would be lost on the way through. So the names are taken from the
 * input's workbook.xml as they were, our own PCSS_<kind> anchors (core/layout/tabs.ts) are
 * replaced by ones pointing at our tabs as they are now, and the block goes back into the
 * output's workbook.xml. Sheets are only ever appended, so a name's localSheetId still points at
 * the same sheet.
 */

const BLOCK = /<definedNames\s*\/>|<definedNames>([\s\S]*?)<\/definedNames>/;
const NAME = /<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g;
const NAME_ATTR = /\bname="([^"]*)"/;

/** What comes after definedNames in a workbook part, in schema order: the block goes before the first present. */
const AFTER = ['<calcPr', '<oleSize', '<customWorkbookViews', '<pivotCaches', '<smartTagPr', '<smartTagTypes', '<webPublishing', '<fileRecoveryPr', '<webPublishObjects', '<extLst', '</workbook>'];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The <definedName> elements of a workbook part, verbatim. */
export function definedNameElements(workbookXml: string): string[] {
  const block = BLOCK.exec(workbookXml);
  return block?.[1] ? block[1].match(NAME) ?? [] : [];
}

/** A hidden anchor per tab of ours in `after`, pointing at its marker cell. */
export function anchorElements(after: WorkbookSnapshot): string[] {
  return [...findOurTabs(after)].map(([kind, tab]) => `<definedName name="${anchorName(kind)}" hidden="1">${escapeXml(`${quoteSheet(tab.sheet.name)}!$A$1`)}</definedName>`);
}

/** The output's workbook part with the input's names (ours replaced) and `anchors`. */
export function withDefinedNames(outputXml: string, inputNames: readonly string[], anchors: readonly string[]): string {
  const ours = new Set(TAB_KINDS.map((k) => anchorName(k).toLowerCase()));
  const kept = inputNames.filter((el) => !ours.has((NAME_ATTR.exec(el)?.[1] ?? '').toLowerCase()));
  const names = [...kept, ...anchors];
  const without = outputXml.replace(BLOCK, '');
  if (names.length === 0) return without;
  const block = `<definedNames>${names.join('')}</definedNames>`;
  const at = AFTER.map((tag) => without.indexOf(tag)).filter((i) => i >= 0);
  const i = Math.min(...at);
  return `${without.slice(0, i)}${block}${without.slice(i)}`;
}
