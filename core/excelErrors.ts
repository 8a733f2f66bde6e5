import { registerErrors } from './errors';
import type { Bilingual } from './methodology/bilingual';

/**
 * The errors only the Excel host (excel-addin/) raises: part of the one catalogue (errors.ts), in a file of its own so
 * that no other host's bundle carries them. Importing this file registers them.
 */
export const EXCEL_ERRORS = registerErrors({
  // The Excel host (excel-addin/workbook): failures Excel reports, each with what happened to the workbook ({outcome}).
  EXCEL_PROTECTED: {
    zh: '工作表“{sheet}”受保护,无法写入;请先撤消工作表保护(审阅 > 撤消工作表保护)再试。{outcome}',
    en: 'the sheet "{sheet}" is protected and cannot be written; unprotect it (Review > Unprotect Sheet) and try again. {outcomeEn}',
  },
  EXCEL_WORKBOOK_PROTECTED: {
    zh: '工作簿结构受保护,无法添加工作表;请先撤消工作簿保护(审阅 > 保护工作簿)再试。{outcome}',
    en: 'the workbook structure is protected, so no sheet can be added; unprotect the workbook (Review > Protect Workbook) and try again. {outcomeEn}',
  },
  EXCEL_CELL_EDIT: {
    zh: '有单元格正在编辑中,Excel 暂不接受修改;请按 Enter 或 Esc 结束编辑后再试。{outcome}',
    en: 'a cell is being edited, so Excel accepts no changes; press Enter or Esc to finish editing and try again. {outcomeEn}',
  },
  EXCEL_TOO_MUCH_DATA: {
    zh: '数据量过大,Excel 无法处理:超过 5 MB 的单次请求 ({code})。{outcome}',
    en: 'too much data for Excel to handle: a single request over 5 MB ({code}). {outcomeEn}',
  },
  EXCEL_ROW_TOO_LARGE: {
    zh: '数据量过大,Excel 无法处理:Excel 无法返回一行的数据。{outcome}',
    en: 'too much data for Excel to handle: Excel could not return even one row. {outcomeEn}',
  },
  EXCEL_PAST_ROW_LIMIT: {
    zh: '数据量过大,Excel 无法处理:“{sheet}”需要 {rows} 行,超过 Excel 的 {limit} 行上限。{outcome}',
    en: 'too much data for Excel to handle: "{sheet}" would need {rows} rows, past Excel\'s limit of {limit}. {outcomeEn}',
  },
  EXCEL_MERGED: {
    zh: '“{sheet}”中的合并单元格挡住了要写入的区域;请取消合并后再试。{outcome}',
    en: 'merged cells on "{sheet}" are in the way of what must be written; unmerge them and try again. {outcomeEn}',
  },
  EXCEL_TRACKER_MERGED: {
    zh: '机会列表“{sheet}”的表头或数据行中有合并单元格,无法逐行可靠读取;请取消合并后再试。{outcome}',
    en: 'the opportunity list "{sheet}" has merged cells in its header or rows, so its rows cannot be read reliably; unmerge them and try again. {outcomeEn}',
  },
  EXCEL_CHANGED: {
    zh: '工作簿在读取后被修改(“{name}”已存在);请再试一次。{outcome}',
    en: 'the workbook changed while this ran ("{name}" now exists); try again. {outcomeEn}',
  },
  EXCEL_FAILED: {
    zh: 'Excel 报告错误 {code}:{detail}。{outcome}',
    en: 'Excel reported the error {code}: {detail}. {outcomeEn}',
  },
});

export type ExcelErrorCode = keyof typeof EXCEL_ERRORS;

/**
 * What this Excel could not do, said in the run's warnings (excel-addin/workbook/applier.ts).
 * Only what lies above the manifest's floor (ExcelApi 1.9, excel-addin/workbook/features.ts)
 * can be missing: freeze panes, dropdowns, conditional formats and the funnel chart never are.
 */
export const EXCEL_NOTES = {
  TABLE_RESIZE: {
    zh: '此版本的 Excel 无法扩展已有表格(需要 ExcelApi 1.13);新行已写在表格下方',
    en: 'this Excel cannot extend an existing table (needs ExcelApi 1.13); new rows were written below it',
  },
} as const satisfies Record<string, Bilingual>;

