import type { Bilingual } from './methodology/bilingual';
import type { FileErrorCode } from './fileErrors';
import type { ExcelErrorCode } from './excelErrors';
import type { CliErrorCode } from './cliErrors';

/**
 * The one catalogue of errors, each with a zh and an en message template. `{name}` is replaced
 * by the parameter of that name. Hosts show `zh / en` (custom functions) or the user's
 * language first (panes); the code is stable for tests and logs.
 */
export const ERROR_CATALOGUE = {
  CHECK_VALUE: {
    zh: '{item}的值“{value}”不是勾选值;应为 TRUE/FALSE、1/0、x、✓、√、是/否、yes/no 或留空',
    en: '{item} value "{value}" is not a check mark; expected TRUE/FALSE, 1/0, x, ✓, √, 是/否, yes/no or blank',
  },
  CHECKLIST_LENGTH: {
    zh: '清单有 {count} 个单元格;应为 22 个(K01–K22),一行或一列',
    en: 'cells in the checklist: {count}; expected 22 (K01–K22) in one row or one column',
  },
  AMOUNT: {
    zh: '“{value}”不是金额;应为数字,或如 1,200、¥1,200、1200元、12万 的文本',
    en: '"{value}" is not an amount; expected a number, or text such as 1,200, ¥1,200, 1200元 or 12万',
  },
  AMOUNT_NEGATIVE: {
    zh: '金额 {value} 为负数;应为 0 或正数',
    en: 'the amount {value} is negative; expected 0 or more',
  },
  SCORE_TYPE: {
    zh: '{factor}得分“{value}”不是数字;应为 0–20 的数字或留空',
    en: '{factorEn} score "{value}" is not a number; expected a number from 0 to 20, or blank',
  },
  SCORE_RANGE: {
    zh: '{factor}得分 {value} 超出范围;应为 0–20',
    en: '{factorEn} score {value} is out of range; expected 0 to 20',
  },
  FACTOR_COUNT: {
    zh: '收到 {count} 个得分;应为 5 个(问题、权力、愿景、价值、控制),或 5 列宽的区域',
    en: 'scores given: {count}; expected 5 (problem, power, vision, value, control), or a range 5 columns wide',
  },
  SHAPE: {
    zh: '区域大小不一致:{detail}',
    en: 'the ranges do not match in size: {detail}',
  },
  FACTOR_UNKNOWN: {
    zh: '未知因素“{value}”;应为 问题/权力/愿景/价值/控制 或 problem/power/vision/value/control',
    en: 'unknown factor "{value}"; expected 问题/权力/愿景/价值/控制 or problem/power/vision/value/control',
  },
  LEVEL_UNKNOWN: {
    zh: '“{value}”不是{factor}的等级;有效等级:{levels}',
    en: '"{value}" is not a level of {factorEn}; valid levels: {levels}',
  },
  ROLE_UNKNOWN: {
    zh: '未知角色“{value}”;应为 经办人 或 决策者',
    en: 'unknown role "{value}"; expected contact (经办人) or decision maker (决策者)',
  },
  MILESTONE_UNKNOWN: {
    zh: '“{value}”不是里程碑;应为里程碑名称(如 合格决策者)、编号 M1–M6,或概率 0/0.1/0.25/0.5/0.75/0.9/1',
    en: '"{value}" is not a milestone; expected a milestone name (e.g. Qualified decision maker), an id M1–M6, or a probability 0/0.1/0.25/0.5/0.75/0.9/1',
  },
  PROBABILITY_UNKNOWN: {
    zh: '{value} 不是里程碑概率;应为 0、0.1、0.25、0.5、0.75、0.9 或 1',
    en: '{value} is not a milestone probability; expected 0, 0.1, 0.25, 0.5, 0.75, 0.9 or 1',
  },
  GRADE_VALUE: {
    zh: '{what}“{value}”无法判断高低;应为 高/低、high/low 或数字',
    en: '{whatEn} "{value}" is neither high nor low; expected 高/低, high/low or a number',
  },
  THRESHOLD: {
    zh: '阈值“{value}”不是数字',
    en: 'the threshold "{value}" is not a number',
  },
  STEP_UNKNOWN: {
    zh: '“{value}”不是销售步骤;应为 S1–S6 或 探察聆听/试探冲击/确认需求/展示说服/要求生意/跟踪维护',
    en: '"{value}" is not a selling step; expected S1–S6 or probe/test impact/confirm needs/demonstrate/ask/follow up',
  },
  COUNT_INVALID: {
    zh: '{what}的次数“{value}”无效;应为 0 或正整数',
    en: '{whatEn} count "{value}" is not valid; expected a whole number, 0 or more',
  },
  TRACKER_NOT_FOUND: {
    zh: '未找到机会列表:没有哪张表的表头像 机会名称/客户名称/销售人员/合同金额/预计签约日期;请选择列表所在的工作表(命令行:--sheet)',
    en: 'no opportunity list found: no sheet has headers like opportunity/customer/rep/amount/expected close; choose the sheet that holds it (command line: --sheet)',
  },
  // A set-up with no list is refused before anything is written (core/run/runSetup.ts): never "done" with empty tabs.
  TRACKER_NONE: {
    zh: '未找到机会列表,未写入任何内容:没有哪张表的表头像 机会名称/客户名称/销售人员/合同金额(现有工作表:{sheets})。请选择列表所在的工作表并确认各列(命令行:--sheet 工作表 --map 字段=表头)',
    en: 'no opportunity list found, so nothing was written: no sheet has headers like opportunity/customer/rep/amount (the sheets are: {sheets}). Choose the sheet that holds the list and confirm its columns (command line: --sheet NAME --map field=Header)',
  },
  // A funnel run starts by bringing the tabs up to date with the list (core/run/runFreshFunnel.ts); without one it goes on, and says so.
  TRACKER_NOT_REFRESHED: {
    zh: '未找到机会列表,各表未按跟踪表更新(现有工作表:{sheets}),漏斗按各表现有数据计算。请选择列表所在的工作表后再次设置',
    en: 'no opportunity list found, so the tabs were not brought up to date (the sheets are: {sheets}); the funnel counts what they hold. Choose the sheet that holds the list and set up again',
  },
  TRACKER_AMOUNT: {
    zh: '“{sheet}”第 {row} 行的金额“{value}”无法读取,已原样复制,在漏斗和预测中按 0 计',
    en: 'the amount "{value}" on row {row} of "{sheet}" cannot be read; copied as typed, it counts as 0 in the funnel and the forecast',
  },
  TRACKER_CLOSE_DATE: {
    zh: '“{sheet}”第 {row} 行的预计签约日期“{value}”不是日期,已原样复制,不计入任何期间,也不会标为已逾期',
    en: 'the expected close "{value}" on row {row} of "{sheet}" is no date; copied as typed, it is in no period and never past due',
  },
  // Which list and which columns (core/layout/tracker*.ts): warnings of the set-up, and a choice that cannot be made.
  TRACKER_NO_AMOUNT: {
    zh: '机会列表“{sheet}”中未找到金额列:预测为 0。请指定金额列(命令行:--map amount=表头)',
    en: 'no amount column in the opportunity list "{sheet}": the forecast is 0. Name the amount column (command line: --map amount=Header)',
  },
  TRACKER_NO_REP: {
    zh: '机会列表“{sheet}”中未找到销售人员列:没有按销售人员的视图。请指定销售人员列(命令行:--map rep=表头)',
    en: 'no rep column in the opportunity list "{sheet}": no per-rep view. Name the rep column (command line: --map rep=Header)',
  },
  TRACKER_AMBIGUOUS: {
    zh: '有两个列表都像机会列表:已使用 {chosen}({chosenRows} 行),另一个是 {other}({otherRows} 行)。如果不对,请选择另一个(命令行:--sheet)',
    en: 'two lists look like the opportunity list: took {chosenEn} ({chosenRows} rows); the other is {otherEn} ({otherRows} rows). If that is wrong, choose the other (command line: --sheet)',
  },
  TRACKER_SHEET_UNKNOWN: {
    zh: '没有名为“{sheet}”的工作表;现有工作表:{sheets}',
    en: 'there is no sheet named "{sheet}"; the sheets are: {sheets}',
  },
  TRACKER_SHEET_OURS: {
    zh: '“{sheet}”是本工具生成的表,不是团队的机会列表;其他工作表:{sheets}',
    en: '"{sheet}" is a tab this tool made, not the team\'s opportunity list; the other sheets are: {sheets}',
  },
  TRACKER_SHEET_NO_LIST: {
    zh: '工作表“{sheet}”前 {rows} 行中没有可识别的表头行(第一行内容:{headers});请指定各列(命令行:--map opportunity=表头)',
    en: 'no header row found in the first {rows} rows of the sheet "{sheet}" (its first row reads: {headers}); name the columns (command line: --map opportunity=Header)',
  },
  TRACKER_HEADER_UNKNOWN: {
    zh: '“{sheet}”的表头行(第 {row} 行)中没有“{header}”({field});现有表头:{headers}',
    en: 'the header row of "{sheet}" (row {row}) has no "{header}" (for {fieldEn}); its headers are: {headers}',
  },
  TRACKER_HEADER_NOWHERE: {
    zh: '没有哪张工作表的表头行含有“{header}”({field})',
    en: 'no sheet has a header row with "{header}" (for {fieldEn})',
  },
  TRACKER_NEEDS_NAME: {
    zh: '“{sheet}”的列表没有机会名称列,也没有客户名称列,无法识别每个机会;请指定其中之一(命令行:--map opportunity=表头)',
    en: 'the list on "{sheet}" has neither an opportunity nor a customer column, so its opportunities cannot be told apart; name one of them (command line: --map opportunity=Header)',
  },
  MILESTONE_LEVEL: {
    zh: '级别“{value}”不是 0–6 的整数(该行的级别公式出错或被改写),不计入漏斗',
    en: 'the level "{value}" is not a whole number from 0 to 6 (the row\'s level formula fails or was overwritten); left out of the funnel',
  },
  // The milestone tab's cells as its formulas count them (core/layout/tabRules.ts): counted, said.
  TAB_TICK: {
    zh: '“{sheet}”第 {row} 行({opportunity}):{cells} 不是勾选标记,按未勾选计(工作簿中的公式也如此);应为 TRUE、1、x、✓、√、是、yes,或留空',
    en: 'row {row} of "{sheet}" ({opportunity}): {cells} is no tick mark and counts as not ticked (as the workbook\'s formulas count it); expected TRUE, 1, x, ✓, √, 是 or yes, or blank',
  },
  TAB_AMOUNT: {
    zh: '“{sheet}”第 {row} 行({opportunity}):金额“{value}”不是 0 或正数,按 0 计(工作簿中的公式也如此);请填写数字',
    en: 'row {row} of "{sheet}" ({opportunity}): the amount "{value}" is not a number of 0 or more and counts as 0 (as the workbook\'s formulas count it); type it as a number',
  },
  TAB_MORE: {
    zh: '“{sheet}”另有 {count} 行的{what}同样按上述规则计',
    en: '"{sheet}" has {count} more rows whose {whatEn} count the same way',
  },
  PERIOD_INVALID: {
    zh: '无法识别期间“{value}”:请写季度 2027-Q1 或月份 2027-03',
    en: 'Cannot read the period "{value}": write a quarter, 2027-Q1, or a month, 2027-03',
  },
  TAB_OUTDATED: {
    zh: '“{sheet}”由早期版本设置,缺少“状态”和“计入预测”列:请先运行“设置”(已填写的内容都会保留),再生成漏斗',
    en: '"{sheet}" was set up by an earlier version and lacks the Status and In forecast columns: run Set up first (it keeps every entry), then generate the funnel',
  },
  NOT_SET_UP: {
    zh: '此工作簿尚未设置(找不到里程碑表);请先“设置工作簿”(窗格或菜单中,或命令行 pcss apply)',
    en: 'this workbook is not set up yet (no milestones tab found); run Set up workbook first (pane or menu, or pcss apply on the command line)',
  },
  USAGE: {
    zh: '命令用法有误:{detailZh}。运行 --help 查看用法',
    en: 'wrong usage: {detail}. Run with --help for usage',
  },
  // Custom functions (core/functions): argument shapes, rows of a range, the unexpected.
  ARG_COLUMN: {
    zh: '参数 {name} 是 {rows}×{cols} 的区域;应为单个单元格或一列',
    en: 'the argument {nameEn} is a {rows}×{cols} range; expected one cell or one column',
  },
  ARG_HEIGHT: {
    zh: '参数 {name} 有 {rows} 行,其他区域有 {expected} 行;应为单个单元格或同样高的一列',
    en: 'the argument {nameEn} has {rows} rows but the other ranges have {expected}; expected one cell or a column of the same height',
  },
  SCORES_EXTRA: {
    zh: '第一个参数已是 5 列宽的区域;其余四个得分应留空',
    en: 'the first argument is already a range five columns wide; leave the other four scores out',
  },
  PROBABILITY_RANGE: {
    zh: '概率 {value} 超出范围;应为 0–1 的数字,或里程碑名称',
    en: 'the probability {value} is out of range; expected a number from 0 to 1, or a milestone name',
  },
  ARG_CELL: {
    zh: '参数 {name} 是 {rows}×{cols} 的区域;应为单个单元格',
    en: 'the argument {nameEn} is a {rows}×{cols} range; expected a single cell',
  },
  AT_ROW: {
    zh: '区域第 {row} 行:{zh}',
    en: 'row {row} of the range: {en}',
  },
  STALE_THRESHOLD: {
    zh: '“{sheet}”第 {row} 行的停滞天数“{value}”不是数字,{milestone} 的机会不会被标为停滞;请填写天数(如 30),留空表示不标记',
    en: 'the days before stale "{value}" on row {row} of "{sheet}" is not a number, so no deal at {milestone} is flagged stale; type a number of days (e.g. 30), or leave it blank for none',
  },
  INTERNAL: {
    zh: '内部错误:{detail}',
    en: 'internal error: {detail}',
  },
} as const satisfies Record<string, Bilingual>;

/**
 * Parts of the catalogue only one host raises: the .xlsx host's (fileErrors.ts), the command
 * line's (cliErrors.ts) and Excel's (excelErrors.ts). They are the same catalogue — codes, zh and en — but live in files core does
 * not import, so a host's bundle carries only its own (the Apps Script bundle has a 150 kB
 * budget). A host module that raises one imports its part, which registers it here.
 */
const HOST_PARTS: Record<string, Bilingual> = {};

/** Adds a host's part to the catalogue and gives it back as declared, so its codes stay typed. */
export function registerErrors<const Part extends Readonly<Record<string, Bilingual>>>(part: Part): Part {
  Object.assign(HOST_PARTS, part);
  return part;
}

export type ErrorCode = keyof typeof ERROR_CATALOGUE | FileErrorCode | ExcelErrorCode | CliErrorCode;

function template(code: ErrorCode): Bilingual {
  const found = (ERROR_CATALOGUE as Record<string, Bilingual>)[code] ?? HOST_PARTS[code];
  // A host's code raised before its part was imported: still said, never a crash.
  return found ?? { zh: `错误 ${code}:{detail}`, en: `error ${code}: {detail}` };
}
export type ErrorParams = Readonly<Record<string, string | number>>;

export function fill(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A bad input, with what is wrong and what is expected, in both languages. */
export class MethodError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly zh: string;
  readonly en: string;

  constructor(code: ErrorCode, params: ErrorParams = {}) {
    const { zh: zhTemplate, en: enTemplate } = template(code);
    const zh = fill(zhTemplate, params);
    const en = fill(enTemplate, params);
    super(`${zh} / ${en}`);
    this.name = 'MethodError';
    this.code = code;
    this.params = params;
    this.zh = zh;
    this.en = en;
  }

  /** Both languages, the given one first. */
  messageFor(lang: 'zh' | 'en'): string {
    return lang === 'zh' ? `${this.zh} / ${this.en}` : `${this.en} / ${this.zh}`;
  }
}

export function isMethodError(e: unknown): e is MethodError {
  return e instanceof MethodError;
}

/**
 * A date as the day it is (yyyy-mm-dd). A Date is an instant, and which day that instant is
 * depends on a time zone core does not know: Google Sheets returns a date as midnight in the
 * spreadsheet's time zone, which in UTC is the evening before anywhere east of it. A host whose
 * dates are so sets how to name their day, for the length of a run (withDayFormat); core itself
 * reads no clock and no host. UTC, as .xlsx files and Excel hand dates to core, otherwise.
 */
export type DayFormat = (date: Date) => string;

const utcDay: DayFormat = (date) => date.toISOString().slice(0, 10);
let dayFormat: DayFormat = utcDay;

/** The day of a date, in the time zone the running host set (UTC by default). */
export function dayText(date: Date): string {
  return dayFormat(date);
}

/** How the running host names days: UTC (null), or its own format (Sheets: the spreadsheet's time zone). */
export function hostDayFormat(): DayFormat | null {
  return dayFormat === utcDay ? null : dayFormat;
}

/** Runs `work` with dates named by `format` (the host's time zone), then restores the previous one. */
export function withDayFormat<T>(format: DayFormat, work: () => T): T {
  const before = dayFormat;
  dayFormat = format;
  try {
    return work();
  } finally {
    dayFormat = before;
  }
}

/** Shows a cell value inside a message: short, and never "[object Object]". */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dayText(value);
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
