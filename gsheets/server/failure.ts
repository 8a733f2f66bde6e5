import { isMethodError } from '../../core/errors';
import type { Bilingual } from '../../core/methodology/bilingual';

/** What the sidebar and the menu show when an action stops: both languages, zh first. */
export interface Failure extends Bilingual {
  readonly code: string;
}

/** Whether anything reached the spreadsheet before the failure. */
export type Outcome = 'unchanged' | 'partial';

const OUTCOME: Record<Outcome, Bilingual> = {
  unchanged: { zh: '表格未做任何修改。', en: 'Nothing in the spreadsheet was changed.' },
  partial: {
    zh: '部分内容已写入;问题解决后再运行一次即可补全,已写入的不会重复添加。',
    en: 'Part of it was written; run it again once this is fixed to complete it, and nothing is added twice.',
  },
};

export const MESSAGES = {
  LOCK_TIMEOUT: {
    zh: '另一位用户正在设置工作簿或生成漏斗,等待 30 秒后仍未结束。请稍后再试。',
    en: 'Another user is setting up the workbook or generating the funnel, and was still at it after 30 seconds. Please try again shortly.',
  },
  NO_LOCK: {
    zh: '无法获取文档锁(此脚本未绑定到表格)。请从表格的“扩展程序”菜单运行。',
    en: 'No document lock is available (the script is not bound to a spreadsheet). Run it from the spreadsheet’s Extensions menu.',
  },
  PROTECTED: {
    zh: '有受保护的区域或工作表阻止了写入:{detail}',
    en: 'A protected range or sheet prevented the write: {detail}',
  },
  DUPLICATE_SHEET: {
    zh: '已有同名工作表(可能是另一位用户刚刚添加):{detail}',
    en: 'A sheet with that name already exists (another user may have just added it): {detail}',
  },
  FAILED: { zh: 'Google 表格报告错误:{detail}', en: 'Google Sheets reported an error: {detail}' },
  TIME_LIMIT: {
    zh: '已接近 Apps Script 每次运行 6 分钟的上限,已在写完一个标签页后停下。请再运行一次以继续:已写入的不会重复添加。',
    en: 'Close to Apps Script’s 6-minute limit per run, it stopped after finishing a tab. Run it again to continue: nothing written is added twice.',
  },
  WAITED: {
    zh: '另一位用户正在运行,已等待其完成后再继续。',
    en: 'Another user’s run was in progress; this one waited for it to finish.',
  },
} as const satisfies Record<string, Bilingual>;

function fill(text: string, detail: string): string {
  return text.replace('{detail}', detail);
}

/** Any thrown thing as a bilingual failure; Apps Script's own messages are quoted, not translated. */
export function toFailure(error: unknown, outcome: Outcome): Failure {
  if (isMethodError(error)) return { code: error.code, zh: error.zh, en: error.en };
  if (error instanceof SheetsFailure) return error.failure;
  const detail = error instanceof Error ? error.message : String(error);
  const key: keyof typeof MESSAGES = /protected/i.test(detail) ? 'PROTECTED' : /already exists/i.test(detail) ? 'DUPLICATE_SHEET' : 'FAILED';
  const m = MESSAGES[key];
  // "Nothing was changed" is the pane's own closing line; only a partial write needs saying here.
  const tail = outcome === 'partial' ? OUTCOME.partial : { zh: '', en: '' };
  return { code: `SHEETS_${key}`, zh: `${fill(m.zh, detail)}${tail.zh && ' ' + tail.zh}`, en: `${fill(m.en, detail)}${tail.en && ' ' + tail.en}` };
}

/** A failure the server raises itself, carried through `throw` to the entry point. */
export class SheetsFailure extends Error {
  constructor(readonly failure: Failure) {
    super(`${failure.zh} / ${failure.en}`);
  }
}

export function failure(key: keyof typeof MESSAGES): SheetsFailure {
  const m = MESSAGES[key];
  return new SheetsFailure({ code: `SHEETS_${key}`, zh: m.zh, en: m.en });
}
