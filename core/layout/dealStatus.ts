/**
 * A deal's status on the milestone tab, and how the tracker's stage or status words become one.
 * Typed data: the labels the tab's dropdown offers and its formulas test, and the words CRM
 * exports and teams write for a closed deal. Only an open deal is in the funnel and the forecast;
 * a lost, won or paused deal keeps its row and the milestone it reached. The status is not in
 * the course: a forecast that keeps closed deals drifts (see README, "The pipeline over time").
 */
import { normalizeText, sheetText, sheetTrim } from '../cells/cellValue';
import type { Bilingual } from '../methodology/bilingual';

export type DealStatus = 'open' | 'won' | 'lost' | 'onHold' | 'removed';

export const DEAL_STATUS_LABELS: Readonly<Record<DealStatus, Bilingual>> = {
  open: { zh: '进行中', en: 'Open' },
  won: { zh: '赢单', en: 'Won' },
  lost: { zh: '输单', en: 'Lost' },
  onHold: { zh: '暂停', en: 'On hold' },
  // Set by a run, never offered in the dropdown: the opportunity left the team's list.
  removed: { zh: '已从跟踪表移除', en: 'Removed from tracker' },
};

/** The statuses a rep picks from, in the dropdown's order. */
export const PICKED_STATUSES: readonly DealStatus[] = ['open', 'won', 'lost', 'onHold'];

/**
 * The tracker's words for a closed deal (Salesforce "Closed Won", HubSpot "Closed won",
 * Pipedrive's Status won/lost, Dynamics' status reason, Chinese CRM and OA stages), compared
 * as normalizeText reads them; any other value, and a blank, is an open deal.
 */
export const TRACKER_STATUS_WORDS: Readonly<Record<Exclude<DealStatus, 'open' | 'removed'>, readonly string[]>> = {
  won: ['closed won', 'closed - won', 'closed-won', 'won', 'win', 'deal won', '赢单', '已赢单', '成交', '已成交', '签约', '已签约', '已签单', '签单', '中标', '已中标'],
  lost: ['closed lost', 'closed - lost', 'closed-lost', 'lost', 'deal lost', 'canceled', 'cancelled', 'disqualified', '输单', '丢单', '已丢单', '失败', '已失败', '未中标', '关闭-失败', '放弃', '已放弃'],
  onHold: ['on hold', 'on-hold', 'hold', 'paused', 'suspended', '暂停', '已暂停', '搁置', '已搁置', '挂起'],
};

/** The words above by normalizeText: what a set-up reads a tracker by when the workbook has no 状态词 table (statusWords.ts). */
export const DEFAULT_STATUS_WORDS: ReadonlyMap<string, DealStatus> = new Map<string, DealStatus>(
  (Object.entries(TRACKER_STATUS_WORDS) as [DealStatus, readonly string[]][]).flatMap(([status, words]) => words.map((w) => [normalizeText(w), status] as const)),
);

/** The status a tracker's stage or status cell says, by the workbook's status words: a closed word, else open. */
export function trackerStatus(value: unknown, words: ReadonlyMap<string, DealStatus> = DEFAULT_STATUS_WORDS): DealStatus {
  if (typeof value !== 'string') return 'open';
  return words.get(normalizeText(value)) ?? 'open';
}

/**
 * The labels a status cell is closed by, as the tab's formula searches them: "|赢单|won|…|"
 * (both languages, lower case). The rule, in core as in the formula: LOWER(TRIM(cell)) is one
 * of them, and the cell holds no "|". Anything else — blank, 进行中, a typo — is open.
 */
export const CLOSED_LIST = labelList((Object.keys(DEAL_STATUS_LABELS) as DealStatus[]).filter((s) => s !== 'open'));

/** The labels of some statuses, both languages, lower case, as a formula searches them: "|赢单|won|". */
export function labelList(statuses: readonly DealStatus[]): string {
  return `|${statuses
    .flatMap((s) => [DEAL_STATUS_LABELS[s].zh, DEAL_STATUS_LABELS[s].en])
    .map((label) => label.toLowerCase())
    .join('|')}|`;
}

const LABEL_STATUS = new Map<string, DealStatus>(
  (Object.keys(DEAL_STATUS_LABELS) as DealStatus[]).flatMap((s) => [
    [DEAL_STATUS_LABELS[s].zh.toLowerCase(), s],
    [DEAL_STATUS_LABELS[s].en.toLowerCase(), s],
  ]),
);

/** A status cell of the milestone tab as its formulas read it (see CLOSED_LIST). */
export function tabStatus(value: unknown): DealStatus {
  if (value === null || value === undefined || value instanceof Date) return 'open';
  const text = sheetTrim(sheetText(value)).toLowerCase();
  if (text.includes('|')) return 'open';
  const status = LABEL_STATUS.get(text) ?? 'open';
  return status;
}

/** Whether a status cell keeps its deal in the funnel and the forecast. */
export function isOpenStatus(value: unknown): boolean {
  return tabStatus(value) === 'open';
}
