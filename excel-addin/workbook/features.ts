// Excel's part of the error catalogue (registers its codes).
import '../../core/excelErrors';
import { hostError } from './errors';

/** `Office.context.requirements` as the add-in uses it; the pane passes the real one, tests a fake. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * The ExcelApi version every call of the add-in may rely on without asking. manifest.xml requires
 * SharedRuntime 1.1, which Excel has only from builds that already carry ExcelApi 1.10 or later
 * (Windows Version 2002 build 12527.20092, Mac 16.35, Excel 2021, the web:
 * https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets
 * against https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets),
 * and it declares ExcelApi 1.9 itself: formulasR1C1, names, conditional formats, freeze panes,
 * data validation, the funnel chart type and Range.copyFrom are there wherever the add-in loads.
 */
export const MIN_EXCEL_API = '1.9';

/** What this host can do beyond ExcelApi 1.9, asked once per action. */
export interface ExcelFeatures {
  /** 1.13: Table.resize. */
  readonly tableResize: boolean;
  /** 1.13: Range.getMergedAreasOrNullObject. */
  readonly mergedAreas: boolean;
  /** 1.18: Worksheet.notes (the checklist questions on their headers; without it the wrapped header shows the question alone). */
  readonly notes?: boolean;
}

/** The features of this host; an Excel below the manifest's floor (it cannot load the add-in) is refused, nothing read. */
export function detectFeatures(requirements: Requirements): ExcelFeatures {
  const has = (v: string) => requirements.isSetSupported('ExcelApi', v);
  if (!has(MIN_EXCEL_API)) throw hostError('EXCEL_FAILED', 'unchanged', { code: 'ApiNotFound', detail: `ExcelApi ${MIN_EXCEL_API}` });
  return { tableResize: has('1.13'), mergedAreas: has('1.13'), notes: has('1.18') };
}
