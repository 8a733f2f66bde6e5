import { CODES, FakeOfficeError } from './errors';

/** The ExcelApi version each member the add-in uses first appeared in (from @types/office-js). */
export const MEMBER_VERSIONS: Readonly<Record<string, string>> = {
  'Range.formulasR1C1': '1.2',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.rowHeight': '1.2',
  'Range.rowHidden': '1.2',
  'Range.columnHidden': '1.2',
  'Worksheet.protection': '1.2',
  'Worksheet.getUsedRange(valuesOnly)': '1.2',
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'NamedItem.comment': '1.4',
  'NamedItem.delete': '1.4',
  'NamedItem.getRangeOrNullObject': '1.4',
  'Table.showTotals': '1.3',
  'Range.getUsedRangeOrNullObject': '1.4',
  'Range.conditionalFormats': '1.6',
  'Worksheet.freezePanes': '1.7',
  'Workbook.protection': '1.7',
  'ChartSeries.setXAxisValues': '1.7',
  'Chart.plotVisibleOnly': '1.8',
  'ChartSeries.setValues': '1.7',
  'ChartSeriesCollection.add': '1.7',
  'Range.dataValidation': '1.8',
  'RangeAreas.areas': '1.9',
  'Worksheet.pageLayout': '1.9',
  'ChartType.Funnel': '1.9',
  'Range.copyFrom': '1.9',
  'Table.resize': '1.13',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Worksheet.notes': '1.18',
};

/**
 * What manifest.xml promises: SharedRuntime 1.1 (only in Excel builds that have ExcelApi 1.10 or
 * later, https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets)
 * and ExcelApi 1.9 declared beside it. test/excel/requirements.test.ts checks the manifest says so.
 */
export const MANIFEST_EXCEL_API = '1.9';

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * `Office.context.requirements` with the two facts that matter: what the host supports, and
 * what the manifest promises. A member newer than the manifest's minimum throws unless code
 * asked `isSetSupported` for it first (and got true); one newer than the host throws as Excel
 * does (ApiNotFound).
 */
export class FakeRequirements {
  private checked = '0';

  constructor(
    readonly hostVersion: string,
    readonly manifestVersion = '1.1',
  ) {}

  isSetSupported(name: string, minVersion?: string): boolean {
    if (name !== 'ExcelApi') return false;
    const wanted = minVersion ?? '1.1';
    const ok = compareVersions(wanted, this.hostVersion) <= 0;
    if (ok && compareVersions(wanted, this.checked) > 0) this.checked = wanted;
    return ok;
  }

  /** Called by the fake whenever code touches a member of the table above. */
  use(member: string): void {
    const version = MEMBER_VERSIONS[member];
    if (!version) throw new Error(`fake: no requirement set known for ${member}`);
    if (compareVersions(version, this.hostVersion) > 0) {
      throw new FakeOfficeError(CODES.apiNotFound, `${member} needs ExcelApi ${version}; this host supports ${this.hostVersion}`);
    }
    if (compareVersions(version, this.manifestVersion) > 0 && compareVersions(version, this.checked) > 0) {
      throw new FakeOfficeError(CODES.unguarded, `${member} needs ExcelApi ${version}, newer than the manifest's ${this.manifestVersion}: guard it with isSetSupported('ExcelApi', '${version}')`);
    }
  }
}
