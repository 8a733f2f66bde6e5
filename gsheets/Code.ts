/**
 * Entry of dist/gsheets/Code.js, the one Apps Script server file: every top-level function is
 * assigned to `global` here, in this one module, which gas-webpack-plugin turns into function
 * declarations at the top of Code.js: the add-on's triggers, menu items and what the sidebar
 * calls through google.script.run, then the custom functions (generated below). One module,
 * because the plugin finds those assignments only in the root of a concatenation of modules,
 * and a single root lets webpack concatenate all of Code.js (~3 kB less than two roots, whose
 * shared modules each kept a wrapper and an export table; Code.js has a 150 kB budget).
 */
import { endpoints, menuActions } from './server/endpoints';
import { inspectSheet } from './server/inspectSheet';
import { coachTabs } from './server/coach';
import { showSidebar } from './server/sidebar';
import { callFromSheets } from './customFunctionsHost';

// webpack's name for the global object, declared here: Apps Script code has no Node typings.
declare const global: Record<string, unknown>;

/** Simple trigger: builds the add-on menu, whatever the AuthMode (it reads nothing). */
const onOpen = (_e?: unknown): void => menuActions.open();
global.onOpen = (e?: unknown) => onOpen(e);
/** Installing the add-on runs onOpen, so the menu appears without reloading the spreadsheet. */
global.onInstall = (e?: unknown) => onOpen(e);

global.pcssMenuSetup = () => menuActions.setup();
global.pcssMenuFunnel = () => menuActions.funnel();
global.pcssShowSidebar = () => showSidebar();

global.pcssDisplayLang = () => endpoints.displayLang();
global.pcssInspect = () => endpoints.inspect();
global.pcssInspectSheet = (request: unknown) => inspectSheet(request);
global.pcssSetup = (request: unknown, token?: string) => endpoints.setup(request, token);
global.pcssFunnel = (request: unknown, token?: string) => endpoints.funnel(request, token);
global.pcssProgress = (token: unknown) => endpoints.progress(token);
global.pcssCoach = () => coachTabs();

// GENERATED custom functions: scripts/functions/generate.ts writes this region from
// core/functions/catalogue.ts (`npm run build:functions`); test/functions/metadata.test.ts checks it.
// <generated>
/**
 * Sales intensity: the sum of the five factor scores, 0–100. 销售强度:五个因素得分之和,0–100。
 * Example: =SALES_INTENSITY(10, 8, 6, 3, 4) → 31
 *
 * @param {*} problem Problem score 0–20 (blank is 0): one cell or one column; or a range five columns wide (problem, power, vision, value, control), leaving the rest out. 问题0–20 的得分(空白为 0):单个单元格或一列;或 5 列宽的区域(问题、权力、愿景、价值、控制),此时省略其余参数
 * @param {*} power (optional) Power score 0–20 (blank is 0): one cell or one column. 权力0–20 的得分(空白为 0):单个单元格或一列
 * @param {*} vision (optional) Vision score 0–20 (blank is 0): one cell or one column. 愿景0–20 的得分(空白为 0):单个单元格或一列
 * @param {*} value (optional) Value score 0–20 (blank is 0): one cell or one column. 价值0–20 的得分(空白为 0):单个单元格或一列
 * @param {*} control (optional) Control score 0–20 (blank is 0): one cell or one column. 控制0–20 的得分(空白为 0):单个单元格或一列
 * @return {number|Array<Array<number>>} Sales intensity: the sum of the five factor scores, 0–100
 * @customfunction
 */
global.SALES_INTENSITY = (problem?: unknown, power?: unknown, vision?: unknown, value?: unknown, control?: unknown) => callFromSheets('SALES_INTENSITY', [problem, power, vision, value, control]);

/**
 * The 5K index: the product of each score/20, 0–1; any factor at zero makes it 0. 5K 指数:各因素得分/20 的乘积,0–1;任一因素为 0 则为 0。
 * Example: =FIVEK_INDEX(20, 20, 10, 20, 20) → 0.5
 *
 * @param {*} problem Problem score 0–20 (blank is 0): one cell or one column; or a range five columns wide (problem, power, vision, value, control), leaving the rest out. 问题0–20 的得分(空白为 0):单个单元格或一列;或 5 列宽的区域(问题、权力、愿景、价值、控制),此时省略其余参数
 * @param {*} power (optional) Power score 0–20 (blank is 0): one cell or one column. 权力0–20 的得分(空白为 0):单个单元格或一列
 * @param {*} vision (optional) Vision score 0–20 (blank is 0): one cell or one column. 愿景0–20 的得分(空白为 0):单个单元格或一列
 * @param {*} value (optional) Value score 0–20 (blank is 0): one cell or one column. 价值0–20 的得分(空白为 0):单个单元格或一列
 * @param {*} control (optional) Control score 0–20 (blank is 0): one cell or one column. 控制0–20 的得分(空白为 0):单个单元格或一列
 * @return {number|Array<Array<number>>} The 5K index: the product of each score/20, 0–1; any factor at zero makes it 0
 * @customfunction
 */
global.FIVEK_INDEX = (problem?: unknown, power?: unknown, vision?: unknown, value?: unknown, control?: unknown) => callFromSheets('FIVEK_INDEX', [problem, power, vision, value, control]);

/**
 * The name of the lowest-scoring factor (the first on ties). 得分最低的因素名称(并列时取靠前者)。
 * Example: =WEAKEST_FACTOR(10, 8, 6, 3, 4) → Value
 *
 * @param {*} problem Problem score 0–20 (blank is 0): one cell or one column; or a range five columns wide (problem, power, vision, value, control), leaving the rest out. 问题0–20 的得分(空白为 0):单个单元格或一列;或 5 列宽的区域(问题、权力、愿景、价值、控制),此时省略其余参数
 * @param {*} power (optional) Power score 0–20 (blank is 0): one cell or one column. 权力0–20 的得分(空白为 0):单个单元格或一列
 * @param {*} vision (optional) Vision score 0–20 (blank is 0): one cell or one column. 愿景0–20 的得分(空白为 0):单个单元格或一列
 * @param {*} value (optional) Value score 0–20 (blank is 0): one cell or one column. 价值0–20 的得分(空白为 0):单个单元格或一列
 * @param {*} control (optional) Control score 0–20 (blank is 0): one cell or one column. 控制0–20 的得分(空白为 0):单个单元格或一列
 * @return {string|Array<Array<string>>} The name of the lowest-scoring factor (the first on ties)
 * @customfunction
 */
global.WEAKEST_FACTOR = (problem?: unknown, power?: unknown, vision?: unknown, value?: unknown, control?: unknown) => callFromSheets('WEAKEST_FACTOR', [problem, power, vision, value, control]);

/**
 * The rubric's score for a factor's level (for the contact or the decision maker). 评分标准中某因素某等级的得分(按经办人或决策者)。
 * Example: =RUBRIC_SCORE("problem", "P5", "decision maker") → 20
 *
 * @param {*} factor 问题/权力/愿景/价值/控制 or problem/power/vision/value/control, any case; a cell or a column. 问题/权力/愿景/价值/控制 或 problem/power/vision/value/control,不分大小写;单元格或一列
 * @param {*} level the rubric level: its code (e.g. P5), its description (e.g. Customer admits the pain) or both; a cell or a column. 评分等级:编号(如 P5)、描述(如 客户承认痛苦)或两者(P5 客户承认痛苦);单元格或一列
 * @param {*} role (optional) contact (the default) or decision maker (经办人/决策者); ignored for power and control. 经办人(默认)或 决策者;权力与控制忽略此参数
 * @return {number|Array<Array<number>>} The rubric's score for a factor's level (for the contact or the decision maker)
 * @customfunction
 */
global.RUBRIC_SCORE = (factor?: unknown, level?: unknown, role?: unknown) => callFromSheets('RUBRIC_SCORE', [factor, level, role]);

/**
 * A factor's rubric as a spilled table: code, description, score. 某因素的评分标准,展开为表:编号、描述、得分。
 * Example: =RUBRIC_LEVELS("vision") → V0 | No vision, or a competitor’s vision | 0 …
 *
 * @param {*} factor 问题/权力/愿景/价值/控制 or problem/power/vision/value/control, any case. 问题/权力/愿景/价值/控制 或 problem/power/vision/value/control,不分大小写
 * @param {*} role (optional) contact (the default) or decision maker (经办人/决策者); ignored for power and control. 经办人(默认)或 决策者;权力与控制忽略此参数
 * @return {Array<Array<*>>} A factor's rubric as a spilled table: code, description, score
 * @customfunction
 */
global.RUBRIC_LEVELS = (factor?: unknown, role?: unknown) => callFromSheets('RUBRIC_LEVELS', [factor, role]);

/**
 * The milestone the checklist has reached (each one gated on all earlier items); Not qualified before the first. 清单达到的里程碑名称(逐级核实);未达到第一个里程碑为 未合格。
 * Example: =MILESTONE(E2:Z2) → Qualified contact
 *
 * @param {*} checklist the 22 check cells K01–K22 of the milestone checklist, as a row or a column; a range 22 wide and N tall gives N results. 里程碑清单 K01–K22 的 22 个勾选单元格,一行或一列;22 列宽、N 行高的区域得到 N 个结果
 * @return {string|Array<Array<string>>} The milestone the checklist has reached (each one gated on all earlier items); Not qualified before the first
 * @customfunction
 */
global.MILESTONE = (checklist?: unknown) => callFromSheets('MILESTONE', [checklist]);

/**
 * The milestone's win probability: 0, 0.1, 0.25, 0.5, 0.75, 0.9 or 1. 里程碑的成交概率:0、0.1、0.25、0.5、0.75、0.9 或 1。
 * Example: =MILESTONE_PROBABILITY("合格决策者") → 0.5
 *
 * @param {*} checklist_or_milestone the 22 check cells (a row, a column or a range 22 wide), or milestone names, ids or probabilities (a cell or a column). 22 个勾选单元格(一行、一列或 22 列宽的区域),或里程碑名称/编号/概率(单元格或一列)
 * @return {number|Array<Array<number>>} The milestone's win probability: 0, 0.1, 0.25, 0.5, 0.75, 0.9 or 1
 * @customfunction
 */
global.MILESTONE_PROBABILITY = (checklist_or_milestone?: unknown) => callFromSheets('MILESTONE_PROBABILITY', [checklist_or_milestone]);

/**
 * The buyer's current stage: the first stage of the buying cycle with an unverified item. 购买者当前所处的购买循环阶段:第一个有未核实事项的阶段。
 * Example: =BUYING_STAGE(E2:Z2) → Decides to solve
 *
 * @param {*} checklist the 22 check cells K01–K22 of the milestone checklist, as a row or a column; a range 22 wide and N tall gives N results. 里程碑清单 K01–K22 的 22 个勾选单元格,一行或一列;22 列宽、N 行高的区域得到 N 个结果
 * @return {string|Array<Array<string>>} The buyer's current stage: the first stage of the buying cycle with an unverified item
 * @customfunction
 */
global.BUYING_STAGE = (checklist?: unknown) => callFromSheets('BUYING_STAGE', [checklist]);

/**
 * The text of the first unverified checklist item; empty when every item is verified. 第一个未核实事项的内容;全部核实时为空。
 * Example: =NEXT_STEP(E2:Z2) → Decision maker reached
 *
 * @param {*} checklist the 22 check cells K01–K22 of the milestone checklist, as a row or a column; a range 22 wide and N tall gives N results. 里程碑清单 K01–K22 的 22 个勾选单元格,一行或一列;22 列宽、N 行高的区域得到 N 个结果
 * @return {string|Array<Array<string>>} The text of the first unverified checklist item; empty when every item is verified
 * @customfunction
 */
global.NEXT_STEP = (checklist?: unknown) => callFromSheets('NEXT_STEP', [checklist]);

/**
 * The weighted amount: amount × the milestone probability. 加权金额:金额 × 里程碑概率。
 * Example: =WEIGHTED_AMOUNT(120000, "Qualified decision maker") → 60000
 *
 * @param {*} amount the amount: a number, or text such as 1,200, ¥1,200 or 12万 (blank is 0); a cell or a column. 金额:数字或如 1,200、¥1,200、12万 的文本(空白为 0);单元格或一列
 * @param {*} checklist_or_milestone_or_probability the 22 check cells (a row, a column or a range 22 wide), or milestone names, ids or probabilities (a cell or a column); or any probability from 0 to 1. 22 个勾选单元格(一行、一列或 22 列宽的区域),或里程碑名称/编号/概率(单元格或一列);或 0–1 的任意概率
 * @return {number|Array<Array<number>>} The weighted amount: amount × the milestone probability
 * @customfunction
 */
global.WEIGHTED_AMOUNT = (amount?: unknown, checklist_or_milestone_or_probability?: unknown) => callFromSheets('WEIGHTED_AMOUNT', [amount, checklist_or_milestone_or_probability]);

/**
 * The sales funnel as a spilled table, one row per milestone: name, count, amount, weighted amount, conversion. 销售漏斗,展开为表,每个里程碑一行:名称、数量、金额、加权金额、转化率。
 * Example: =FUNNEL(C2:C200, D2:D200) → Not qualified | 3 | 50000 | 0 | … (7 rows)
 *
 * @param {*} milestones each opportunity’s milestone: a name (zh or en), an id M1–M6 or a probability, in one column; rows with neither milestone nor amount are skipped. 各机会的里程碑:名称(中文或英文)、编号 M1–M6 或概率,一列;里程碑与金额都空白的行不计
 * @param {*} amounts (optional) each opportunity’s amount, a column as tall as the milestones (optional). 各机会的金额,与里程碑同高的一列(可省略)
 * @return {Array<Array<*>>} The sales funnel as a spilled table, one row per milestone: name, count, amount, weighted amount, conversion
 * @customfunction
 */
global.FUNNEL = (milestones?: unknown, amounts?: unknown) => callFromSheets('FUNNEL', [milestones, amounts]);

/**
 * The forecast of a period: the weighted amount of the open deals expected to close in that month or quarter. 期间预测:预计在该月或季度签约的进行中机会的加权金额之和。
 * Example: =PERIOD_FORECAST("2027-Q1", E3:E500, AD3:AD500, D3:D500, AH3:AH500) → the 2027-Q1 forecast, as on the funnel tab
 *
 * @param {*} period a month such as "2027-03" or a quarter such as "2027-Q1". 月份如 "2027-03" 或季度如 "2027-Q1"
 * @param {*} close_dates each opportunity’s expected close date, one column; a cell that is no date is in no period. 各机会的预计签约日期,一列;非日期不计
 * @param {*} checklist_or_milestone the 22 check cells (a row, a column or a range 22 wide), or milestone names, ids or probabilities (a cell or a column). 22 个勾选单元格(一行、一列或 22 列宽的区域),或里程碑名称/编号/概率(单元格或一列)
 * @param {*} amounts each opportunity’s amount, one column; text and negatives count as 0, as on the milestone tab. 各机会的金额,一列;文本与负数按 0 计,与里程碑表相同
 * @param {*} statuses (optional) each opportunity’s status, one column; only open deals count (blank is open). 各机会的状态,一列;只计进行中的(空白即进行中)
 * @return {number|Array<Array<number>>} The forecast of a period: the weighted amount of the open deals expected to close in that month or quarter
 * @customfunction
 */
global.PERIOD_FORECAST = (period?: unknown, close_dates?: unknown, checklist_or_milestone?: unknown, amounts?: unknown, statuses?: unknown) => callFromSheets('PERIOD_FORECAST', [period, close_dates, checklist_or_milestone, amounts, statuses]);

/**
 * The customer grade: Key account, Possible account, Ordinary account or Ignore. 客户等级:重点客户、可能客户、普通客户 或 忽略。
 * Example: =CUSTOMER_GRADE("high", 2) → Ordinary account
 *
 * @param {*} relationship the relationship with the customer: 高/低, high/low, or a number compared with the threshold; a cell or a column. 与客户的关系:高/低、high/low,或与阈值比较的数字;单元格或一列
 * @param {*} attractiveness the customer’s attractiveness and potential: 高/低, high/low, or a number compared with the threshold; a cell or a column. 客户的吸引力与潜力:高/低、high/low,或与阈值比较的数字;单元格或一列
 * @param {*} threshold (optional) numbers at or above this are high; 3 by default (a 1–5 rating). 数字达到或超过此值为高;默认 3(1–5 分制)
 * @return {string|Array<Array<string>>} The customer grade: Key account, Possible account, Ordinary account or Ignore
 * @customfunction
 */
global.CUSTOMER_GRADE = (relationship?: unknown, attractiveness?: unknown, threshold?: unknown) => callFromSheets('CUSTOMER_GRADE', [relationship, attractiveness, threshold]);
// </generated>
