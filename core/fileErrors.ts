import { registerErrors } from './errors';

/**
 * The errors only the .xlsx host (xlsx/) raises, and the note only it gives: part of the one catalogue (errors.ts),
 * in a file of its own so that no other host's bundle carries them (Code.js has 190 000 bytes). Importing this file
 * registers them.
 */
export const FILE_ERRORS = registerErrors({
  FILE_NOT_FOUND: {
    zh: '找不到文件“{path}”',
    en: 'file not found: "{path}"',
  },
  FILE_NOT_XLSX: {
    zh: '“{path}”不是 .xlsx 工作簿(Excel 2007 及以后的格式)',
    en: '"{path}" is not an .xlsx workbook (the Excel 2007+ format)',
  },
  FILE_ENCRYPTED: {
    zh: '“{path}”有密码保护;请先在 Excel 中取消密码再试',
    en: '"{path}" is password-protected; remove the password in Excel and try again',
  },
  FILE_CORRUPT: {
    zh: '“{path}”已损坏,无法读取:{detail}',
    en: '"{path}" is damaged and cannot be read: {detail}',
  },
  FILE_UNREADABLE: {
    zh: '无法读取“{path}”:{detail}',
    en: 'cannot read "{path}": {detail}',
  },
  FILE_UNSUPPORTED: {
    zh: '“{path}”包含本工具无法原样保留的内容({parts});为避免丢失,未做任何修改。请在 Excel 中使用加载项',
    en: '"{path}" holds content this tool cannot carry over unchanged ({parts}); nothing was changed. Use the Excel add-in instead',
  },
  FILE_WRITE: {
    zh: '无法写入“{path}”:{detail}。原文件未改动',
    en: 'cannot write "{path}": {detail}. The original file is unchanged',
  },
  FILE_DAMAGED: {
    zh: '无法写入“{path}”:{detail}。恢复原内容也失败,该文件可能已损坏,请从备份恢复',
    en: 'cannot write "{path}": {detail}. Restoring its previous content failed too, so the file may be damaged: restore it from a backup',
  },
  FILE_LIMIT: {
    zh: '“{path}”超出 Excel 的限制:{detail};未做任何修改',
    en: '"{path}" is beyond Excel\'s limits: {detail}; nothing was changed',
  },
  FILE_PART_MISSING: {
    zh: '“{path}”不完整:声明的部件 {part} 不存在;未做任何修改',
    en: '"{path}" is incomplete: the declared part {part} is missing; nothing was changed',
  },
  FILE_STRUCTURE_PROTECTED: {
    zh: '“{path}”的工作簿结构受保护,无法添加工作表;请先在 Excel 中撤消工作簿保护(审阅 > 保护工作簿)再试;未做任何修改',
    en: 'the workbook structure of "{path}" is protected, so no sheet can be added; unprotect it in Excel (Review > Protect Workbook) and try again; nothing was changed',
  },
  FILE_LOCKED: {
    zh: '“{path}”正被另一次运行使用({holder});请等它结束后再试',
    en: '"{path}" is in use by another run ({holder}); try again when it has finished',
  },
  FILE_CHANGED: {
    zh: '“{path}”在本次运行期间被其他程序修改;为免覆盖那些修改,未写入任何内容。请重新运行',
    en: '"{path}" was changed by another program during this run; nothing was written, so those changes are kept. Run again',
  },
  // A note, not a failure: a user's validation kept whole where cutting it would change what it checks (xlsx/write/ruleCut.ts).
  FILE_VALIDATION_KEPT: {
    zh: '“{sheet}”的 {cells} 保留了您自己的数据验证(拆分后其公式会指向工作表之外或别的单元格),因此这些单元格没有加上本工具的下拉列表',
    en: 'your own data validation on {cells} of "{sheet}" was kept whole (split, its formula would point off the sheet or at other cells), so those cells did not get our drop-down list',
  },
});

export type FileErrorCode = keyof typeof FILE_ERRORS;

