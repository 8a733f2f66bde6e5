import { fill, type ErrorParams } from './errors';
import type { Bilingual } from './methodology/bilingual';

export type MessageKey = keyof typeof MESSAGES;

/**
 * The catalogue of what a run says besides its errors (those are in errors.ts, with the
 * warnings core raises): the stages a pane shows, what became of the workbook, the notes a host
 * adds to the summary, and the hosts' own failures. zh and en; `{detail}` is filled by `say`.
 * The pane's button labels stay beside the pane (pane/strings.ts).
 */
export const MESSAGES = {
  // Stages of a run (core/run/progress.ts), and the Sheets lock's wait.
  STAGE_READ_WORKBOOK: {
    zh: '正在读取工作簿…',
    en: 'Reading the workbook…',
  },
  STAGE_READ_SPREADSHEET: {
    zh: '正在读取表格…',
    en: 'Reading the spreadsheet…',
  },
  STAGE_PLAN: {
    zh: '正在规划…',
    en: 'Planning…',
  },
  STAGE_WRITE: {
    zh: '正在写入…',
    en: 'Writing…',
  },
  STAGE_DONE: {
    zh: '完成',
    en: 'Done',
  },
  STAGE_SENDING: {
    zh: '正在发送到 Google 表格…',
    en: 'Sending to Google Sheets…',
  },
  // The document lock is held per run, not per user: the same user's menu click and sidebar
  // click wait for each other too (gsheets/server/lock.ts).
  STAGE_WAITING: {
    zh: '另一次运行(也可能是您自己的)正在进行,正在等待其完成…',
    en: 'Another run (perhaps your own) is in progress; waiting for it to finish…',
  },

  // What became of the workbook when a run stopped (core/run/outcome.ts).
  OUTCOME_UNCHANGED_WORKBOOK: {
    zh: '工作簿未做任何修改。',
    en: 'Nothing in the workbook was changed.',
  },
  OUTCOME_UNCHANGED_SPREADSHEET: {
    zh: '表格未做任何修改。',
    en: 'Nothing in the spreadsheet was changed.',
  },
  OUTCOME_PARTIAL: {
    zh: '部分内容已写入;问题解决后再运行一次即可补全,已写入的不会重复添加。',
    en: 'Part of it was written; run it again once this is fixed to complete it, and nothing is added twice.',
  },

  NOTE_WAITED: {
    zh: '另一次运行正在进行,本次已等待其完成后再继续。',
    en: 'Another run was in progress; this one waited for it to finish.',
  },

  // What a finished run says in a toast (Sheets menu) or the pane.
  DONE_SETUP: {
    zh: '完成:新增 {sheets} 个标签页、{opps} 个机会。',
    en: 'Done: tabs added: {sheets}, opportunities added: {opps}.',
  },
  DONE_FUNNEL: {
    zh: '漏斗已生成:{count} 个机会,预测 {forecast}。',
    en: 'Funnel generated: opportunities: {count}, forecast: {forecastEn}.',
  },

  // The sheets a user can take the list from, as the pane and the sidebar offer them (core/report/trackerView.ts).
  TRACKER_OPTION_LIKELIEST: {
    zh: '最像机会列表 · ',
    en: 'likeliest · ',
  },
  TRACKER_OPTION_LIST: {
    zh: '{rows} 个机会,识别出 {fields} 列',
    en: 'opportunities: {rows}, columns recognised: {fields}',
  },
  TRACKER_OPTION_COLUMNS: {
    zh: '识别出 {fields} 列',
    en: 'columns recognised: {fields}',
  },
  TRACKER_OPTION_SUMMARY: {
    zh: '像汇总表(公式或合计行),识别出 {fields} 列',
    en: 'looks like a summary (formulas or a total row), columns recognised: {fields}',
  },
  TRACKER_OPTION_NONE: {
    zh: '未识别出机会列表的表头',
    en: 'no opportunity headers recognised',
  },

  // Google Sheets' own failures (gsheets/server/failure.ts).
  SHEETS_LOCK_TIMEOUT: {
    zh: '另一次运行(也可能是您自己从菜单或侧栏启动的)30 秒后仍未结束。请稍后再试。',
    en: 'Another run (perhaps your own, from the menu or the sidebar) was still going after 30 seconds. Please try again shortly.',
  },
  SHEETS_NO_LOCK: {
    zh: 'Google 表格没有为这次运行提供文档锁(在表格之外运行时如此),无法避免与另一次运行同时写入。请在表格中从“扩展程序”菜单运行。',
    en: 'Google Sheets gave this run no document lock (as for a run outside the spreadsheet), so it could not keep other runs out. Run it from the spreadsheet’s Extensions menu.',
  },
  SHEETS_PROTECTED: {
    zh: '有受保护的区域或工作表阻止了写入:{detail}',
    en: 'A protected range or sheet prevented the write: {detail}',
  },
  SHEETS_DUPLICATE_SHEET: {
    zh: '已有同名工作表(可能是另一位用户刚刚添加):{detail}',
    en: 'A sheet with that name already exists (another user may have just added it): {detail}',
  },
  SHEETS_FAILED: {
    zh: 'Google 表格报告错误:{detail}',
    en: 'Google Sheets reported an error: {detail}',
  },
  SHEETS_CALL_FAILED: {
    zh: 'Apps Script 调用失败:{detail}',
    en: 'The Apps Script call failed: {detail}',
  },
  SHEETS_TIME_LIMIT: {
    zh: '已接近 Apps Script 每次运行 6 分钟的上限,已在两次写入之间停下。请再运行一次以继续:已写入的不会重复添加。',
    en: 'Close to Apps Script’s 6-minute limit per run, it stopped between two writes. Run it again to continue: nothing written is added twice.',
  },
  // A funnel run brings the tabs up to date first (core/run/runFreshFunnel.ts): the opportunities new to the list are added then.
  REFRESH_ADDED: {
    zh: '已从跟踪表新增 {count} 个机会',
    en: 'New in the tracker and added (opportunities: {count})',
  },
  // What a run brought up to date from the tracker (core/layout/trackerRefresh.ts), one line per field.
  REFRESH_REP: {
    zh: '已按跟踪表更新 {count} 个机会的销售人员:{names}',
    en: 'Rep taken from the tracker (opportunities: {count}): {names}',
  },
  REFRESH_AMOUNT: {
    zh: '已按跟踪表更新 {count} 个机会的金额:{names}',
    en: 'Amount taken from the tracker (opportunities: {count}): {names}',
  },
  REFRESH_EXPECTED_CLOSE: {
    zh: '已按跟踪表更新 {count} 个机会的预计签约日期:{names}',
    en: 'Expected close taken from the tracker (opportunities: {count}): {names}',
  },
  REFRESH_STATUS: {
    zh: '已按跟踪表更新 {count} 个机会的状态:{names}',
    en: 'Status taken from the tracker (opportunities: {count}): {names}',
  },
  REFRESH_REMOVED: {
    zh: '{count} 个机会已不在跟踪表中,标为“已从跟踪表移除”并移出预测(行保留):{names}',
    en: 'No longer in the tracker (opportunities: {count}): marked "Removed from tracker" and left out of the forecast, rows kept: {names}',
  },
  REVIEW_SINCE: { zh: '自上次检视({since})以来:{counts}', en: 'Since the last review ({since}): {counts}' },
  REVIEW_FIRST: { zh: '已记录的变动:{counts}', en: 'Changes recorded: {counts}' },
  REVIEW_NONE: { zh: '自上次检视以来没有变动', en: 'No change since the last review' },
  ATTENTION_PAST_DUE: { zh: '{count} 个进行中的机会已过预计签约日期:{names}', en: 'Open deals past their expected close ({count}): {names}' },
  ATTENTION_STALE: { zh: '{count} 个机会在当前里程碑停留过久:{names}', en: 'Deals at their milestone too long ({count}): {names}' },
  ATTENTION_WON_EARLY: { zh: '{count} 个赢单的检查表未达 M6 结案:{names}', en: 'Won deals whose checklist stops before M6 ({count}): {names}' },
} as const satisfies Record<string, Bilingual>;

/** A message of the catalogue, its `{name}`s filled. */
export function say(key: MessageKey, params: ErrorParams = {}): Bilingual {
  return { zh: fill(MESSAGES[key].zh, params), en: fill(MESSAGES[key].en, params) };
}
