import { registerErrors } from './errors';

/**
 * The errors and warnings only the command line (xlsx/cli.ts) says: part of the one catalogue
 * (errors.ts), in a file of its own so that no other host's bundle carries them (the Apps
 * Script bundle has a 150 kB budget). Importing this file registers them.
 */
export const CLI_ERRORS = registerErrors({
  // pcss funnel on a file behind its tracker (xlsx/run.ts runFunnel): the figures are the tracker's, the file is not written.
  CLI_FUNNEL_PENDING: {
    zh: '跟踪表中有本文件尚未写入的变化(如下);以下漏斗和预测已按跟踪表计算,文件未改动。运行 pcss apply 将这些变化写入文件',
    en: 'The tracker holds changes this file does not show yet (below); the funnel and forecast below count them, and the file is not changed. Run pcss apply to write them into the file',
  },
  CLI_DATE_INVALID: {
    zh: '--date “{value}” 不是日期;请写 YYYY-MM-DD 形式的真实日期,如 2027-01-04;未写入任何内容',
    en: '--date "{value}" is not a date; write a real date as YYYY-MM-DD, e.g. 2027-01-04; nothing was written',
  },
  CLI_OPTION_NOT_FOR_COMMAND: {
    zh: '{option} 不适用于 pcss {command};{command} 可用的选项:{options}',
    en: '{option} does not apply to pcss {command}; the options of {command}: {options}',
  },
  CLI_LANG_MISMATCH: {
    zh: '此工作簿已有{tabsZh}表格(如“{tab}”);--lang {lang} 会在旁边再加一套{langZh}表格。请改用 --lang {tabsLang},或不写 --lang;未写入任何内容',
    en: 'this workbook already has its tabs in {tabsEn} (e.g. "{tab}"); --lang {lang} would add a second set in {langEn} beside them. Use --lang {tabsLang}, or leave --lang out; nothing was written',
  },
  CLI_REP_UNKNOWN: {
    zh: '找不到销售人员“{rep}”;工作簿中的销售人员:{reps}',
    en: 'no rep named "{rep}"; the reps in the workbook: {reps}',
  },
  CLI_REP_UNKNOWN_NONE: {
    zh: '找不到销售人员“{rep}”;工作簿中还没有任何销售人员',
    en: 'no rep named "{rep}"; the workbook names no rep yet',
  },
  CLI_FOLDER_EMPTY: {
    zh: '文件夹“{path}”中没有 .xlsx 或 .xlsm 工作簿(不查找子文件夹)',
    en: 'the folder "{path}" holds no .xlsx or .xlsm workbook (subfolders are not searched)',
  },
  CLI_INPUT_NOT_LOCKED: {
    zh: '“{path}”所在的文件夹不可写,未能在旁边加锁;已照常读取并写出副本,运行期间它若被另一程序保存,本次不会写出任何内容',
    en: 'the folder of "{path}" is read-only, so no lock was taken beside it; it was read and the copy written as usual, and had another program saved it during the run, nothing would have been written',
  },
  CLI_WORKBOOK_SKIPPED: {
    zh: '无法读取“{path}”,未计入合计:{zh}',
    en: 'cannot read "{path}", left out of the total: {en}',
  },
});

export type CliErrorCode = keyof typeof CLI_ERRORS;

