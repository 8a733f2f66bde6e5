import { TAB_KINDS, anchorName } from '../../core/layout';
import { attributes, elements, escapeXml, rootPrefix, splice, withAttribute } from '../package/xml';
import { PartFrame } from './frame';

/** CT_Workbook's children in schema order. */
const ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences', 'definedNames', 'calcPr',
  'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
];

/**
 * The workbook part, where a run adds entries: our sheets at the end of the sheet list, our
 * anchors among the defined names, and a request to recalculate on open. Every element already
 * there keeps its bytes (a user's named constants, hidden names, protection, views).
 */
export class WorkbookFrame extends PartFrame {
  constructor(xml: string) {
    super(xml, rootPrefix(xml), ORDER, 'workbook');
  }

  /** Protect Workbook › Structure is on: sheets may not be added (Excel refuses it too). */
  structureLocked(): boolean {
    const [protection] = this.find('workbookProtection');
    return protection ? /^(1|true)$/i.test(attributes(protection.tag).get('lockStructure') ?? '') : false;
  }

  sheetIds(): number[] {
    const [sheets] = this.find('sheets');
    if (!sheets) return [];
    return [...elements(this.xml, 'sheet', sheets.innerStart, sheets.innerEnd)].map((e) => Number(attributes(e.tag).get('sheetId') ?? 0));
  }

  addSheet(name: string, rid: string): void {
    const id = Math.max(0, ...this.sheetIds()) + 1;
    const entry = `<${this.q('sheet')} name="${escapeXml(name)}" sheetId="${id}" ${this.rid(rid)}/>`;
    const [sheets] = this.find('sheets');
    if (!sheets) {
      this.replace('sheets', `<${this.q('sheets')}>${entry}</${this.q('sheets')}>`);
      return;
    }
    if (sheets.tag.endsWith('/>')) this.xml = splice(this.xml, sheets.start, sheets.end, `${sheets.tag.slice(0, -2)}>${entry}</${this.q('sheets')}>`);
    else this.xml = splice(this.xml, sheets.innerEnd, sheets.innerEnd, entry);
  }

  /** Our anchors (PCSS_<kind>) replaced by `anchors`; every other name stays as it was. */
  setAnchors(anchors: readonly { name: string; ref: string }[]): void {
    const ours = new Set(TAB_KINDS.map((k) => anchorName(k).toLowerCase()));
    const [block] = this.find('definedNames');
    const kept: string[] = [];
    if (block) {
      for (const e of elements(this.xml, 'definedName', block.innerStart, block.innerEnd)) {
        if (!ours.has((attributes(e.tag).get('name') ?? '').toLowerCase())) kept.push(this.xml.slice(e.start, e.end));
      }
    }
    const added = anchors.map((a) => `<${this.q('definedName')} name="${a.name}" hidden="1">${escapeXml(a.ref)}</${this.q('definedName')}>`);
    const names = [...kept, ...added];
    if (names.length === 0) return;
    const open = block && !block.tag.endsWith('/>') ? block.tag : `<${this.q('definedNames')}>`;
    this.replace('definedNames', `${open}${names.join('')}</${this.q('definedNames')}>`);
  }

  /** Our formulas carry no cached values: Excel and LibreOffice compute them all on open. */
  calculateOnLoad(): void {
    const [calc] = this.find('calcPr');
    if (calc) this.xml = splice(this.xml, calc.start, calc.start + calc.tag.length, withAttribute(calc.tag, 'fullCalcOnLoad', '1'));
    else this.replace('calcPr', `<${this.q('calcPr')} fullCalcOnLoad="1"/>`);
  }
}
