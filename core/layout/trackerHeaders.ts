/**
 * The header words of teams' own trackers and of real CRM exports, as typed data, and how a
 * header row is read into a mapping. One concept: which column holds which field, from the
 * header text alone (the data under it is judged in trackerScore.ts).
 *
 * Sources of the English words (each has a fixture under test/layout/crm/): Salesforce report
 * labels and API names (Data Loader writes them in capitals), HubSpot's deal export, Pipedrive's
 * ("Deal - Title", the entity prefix is dropped), Microsoft Dynamics 365's opportunity display
 * names, Zoho CRM's Deals module, the Maven Analytics CRM sample (sales_pipeline.csv).
 * Chinese: teams' own trackers, Salesforce's Chinese labels (业务机会名称, 业务机会所有人) and
 * the CRM and OA systems Chinese teams export from (商机名称, 负责人, 主责销售, 预计合同金额(含税)…).
 */
import type { SheetSnapshot, SnapshotCell, TrackerField } from './types';
import { cellValue } from './snapshotCell';

export interface FieldVocabulary {
  /** Headers naming the field, the preferred first (a list with both takes the earlier). */
  readonly names: readonly string[];
  /** Headers naming an identifier of it: taken only when no name header is in the row. */
  readonly ids: readonly string[];
}

export const TRACKER_HEADERS = {
  opportunity: {
    names: [
      '机会名称', '商机名称', '业务机会名称', '项目名称', '销售机会名称', '商机主题', '机会主题', '销售机会', '机会', '商机', '项目',
      'opportunity name', 'deal name', 'deal title', 'project name', 'opportunity', 'deal', 'project',
      // Dynamics' "Topic", Pipedrive's "Deal - Title", Salesforce's API name "Name"
      'topic', 'title', 'name',
    ],
    ids: ['商机编码', '商机编号', '商机id', '机会编码', '机会编号', '机会id', '项目编码', '项目编号', 'opportunity id', 'deal id', 'opportunity number', 'deal number', 'record id', 'id'],
  },
  customer: {
    names: [
      '客户名称', '客户全称', '客户简称', '客户名', '客户', '公司名称', '单位名称', '企业名称', '客户单位', '签约单位', '公司', '单位',
      'account name', 'customer name', 'company name', 'client name', 'organization name', 'organisation name',
      'potential customer', 'associated company', 'customer', 'account', 'company', 'client', 'organization', 'organisation',
    ],
    ids: ['客户编码', '客户编号', '客户id', 'account id', 'customer id', 'company id', 'associated company id', 'associated company ids'],
  },
  rep: {
    names: [
      '销售人员', '销售代表', '主责销售', '销售负责人', '商机负责人', '业务机会所有人', '负责人', '业务员', '销售员', '客户经理', '跟进人', '归属销售', '所属销售', '销售',
      'opportunity owner', 'deal owner', 'sales rep', 'sales representative', 'salesperson', 'sales person', 'sales agent',
      'account manager', 'account executive', 'owner name', 'owner', 'rep', 'assigned to',
    ],
    ids: ['负责人id', '负责人编号', 'owner id', 'opportunity owner id', 'deal owner id', 'hubspot owner id'],
  },
  amount: {
    names: [
      '商机金额', '预计合同金额', '合同金额', '预计金额', '预计成交金额', '机会金额', '项目金额', '成交金额', '销售金额', '合同额', '销售额', '金额',
      'amount', 'deal amount', 'opportunity amount', 'deal value', 'opportunity value', 'contract value', 'deal size',
      // Dynamics' "Est. revenue" is the forecast amount; its "Total Amount" sums the products, often none
      'estimated value', 'est revenue', 'estimated revenue', 'total amount', 'close value', 'pipeline value', 'value',
    ],
    ids: [],
  },
  expectedClose: {
    names: [
      '预计签约日期', '预计签约日', '预计成交日期', '预计成交日', '预计成交时间', '预计结单日期', '预计签单日期', '预计关闭日期', '签约日期', '成交日期', '结束日期',
      'expected close date', 'expected close', 'expected closing date', 'est close date', 'estimated close date', 'close date', 'closing date', 'target close date',
    ],
    ids: [],
  },
  stage: {
    names: ['销售阶段', '商机阶段', '机会阶段', '项目阶段', '阶段', 'stage', 'sales stage', 'deal stage', 'opportunity stage', 'stage name', 'pipeline stage', 'pipeline phase'],
    ids: [],
  },
} as const satisfies Record<TrackerField, FieldVocabulary>;

export const TRACKER_FIELDS = Object.keys(TRACKER_HEADERS) as TrackerField[];

/** Rows searched for a header row on a sheet without a table (hosts read at least these). */
export const HEADER_SCAN_ROWS = 10;

/** Words of a header that names a person: such a header is never the opportunity or the customer. */
const PERSON_WORDS = ['owner', 'rep', 'representative', 'agent', 'salesperson', 'manager', 'executive', 'contact', 'assigned', 'creator', 'by'] as const;
const PERSON_ZH = ['负责人', '销售人员', '销售代表', '业务员', '销售员', '经理', '联系人', '创建人', '跟进人', '所有人', '所有者', '对接人'] as const;
/** A team, department or region is not a rep. */
const TEAM_WORDS = ['team', 'teams', 'department', 'dept', 'group', 'division', 'region', 'territory', 'office'] as const;
const TEAM_ZH = ['团队', '部门', '小组', '组别', '事业部', '区域', '大区', '分公司'] as const;
/** Counts (a summary's 商机数, "Number of deals") are none of the fields. */
const COUNT_WORDS = ['count', 'qty', 'quantity'] as const;
/** Not the amount itself: its currency, probability, a weighted or a percentage. */
const NOT_AMOUNT_WORDS = ['currency', 'probability', 'weighted', 'percent', 'percentage', 'rate'] as const;
const NOT_AMOUNT_ZH = ['币种', '货币', '概率', '赢率', '加权', '比例', '占比', '税率', '税额'] as const;
/** The last word of a header naming an identifier rather than a name. */
const ID_WORDS = ['id', 'ids', 'code', 'no', 'number', 'num', 'key', 'uuid', 'guid'] as const;
const ID_ZH = ['编码', '编号', '代码', '号码', '号'] as const;
/** Pipedrive writes "Deal - Title"; a deal's own columns lose that prefix. */
const ENTITY_PREFIX = /^\s*(deal|opportunity)\s*[-–—:]\s+/i;
/** Dynamics' Export to Excel adds hidden key columns, "(Do Not Modify) Opportunity": never a field. */
const SYSTEM_COLUMN = /^\s*\(do not modify\)/i;

const HAN = /\p{Script=Han}/u;
// Made once: the bundle builds a Unicode-class regex anew each time its expression runs.
const HAN_THEN_LATIN = /(\p{Script=Han})([a-z0-9])/gu;
const LATIN_THEN_HAN = /([a-z0-9])(\p{Script=Han})/gu;

/** Headers made into words (see below). */
const HEADER_WORDS = new Map<string, string>();

/**
 * A header as words: width (NFKC), camelCase and snake_case, punctuation and case made alike.
 * "CloseDate", "close_date", "Close Date", "ＣＬＯＳＥ　ＤＡＴＥ" → "close date".
 */
export function headerWords(text: string): string {
  let words = HEADER_WORDS.get(text);
  if (words === undefined) {
    words = wordsOf(text);
    // Each sheet's headers are asked again for every field and tier: each text is made into words once. Bounded.
    if (HEADER_WORDS.size >= 10_000) HEADER_WORDS.clear();
    HEADER_WORDS.set(text, words);
  }
  return words;
}

function wordsOf(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(HAN_THEN_LATIN, '$1 $2')
    .replace(LATIN_THEN_HAN, '$1 $2')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The header as one key, spaces dropped: "ACCOUNTID" (Data Loader) and "AccountId" meet. */
export function headerKey(text: string): string {
  return headerWords(text).replace(/ /g, '');
}

/** The header without its remarks: "预计合同金额(含税)" → "预计合同金额", "Amount (USD)" → "Amount". */
function withoutRemarks(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|<[^>]*>/g, ' ')
    .replace(/[*:]+\s*$/, '')
    .trim();
}

function hasWord(words: readonly string[], list: readonly string[]): boolean {
  return words.some((w) => list.includes(w));
}

function hasZh(key: string, list: readonly string[]): boolean {
  return list.some((w) => key.includes(w));
}

/** What a header can never be, whatever it starts with. */
interface HeaderTraits {
  readonly person: boolean;
  readonly team: boolean;
  readonly count: boolean;
  readonly notAmount: boolean;
  readonly idLike: boolean;
}

function traits(raw: string, words: readonly string[], key: string): HeaderTraits {
  const last = words[words.length - 1] ?? '';
  return {
    person: hasWord(words, PERSON_WORDS) || hasZh(key, PERSON_ZH),
    team: hasWord(words, TEAM_WORDS) || hasZh(key, TEAM_ZH),
    count: hasWord(words, COUNT_WORDS) || words.join(' ').startsWith('number of') || /(数|数量|个数)$/.test(key) || raw.includes('#'),
    notAmount: hasWord(words, NOT_AMOUNT_WORDS) || hasZh(key, NOT_AMOUNT_ZH) || raw.includes('%'),
    idLike: (ID_WORDS as readonly string[]).includes(last) || ID_ZH.some((w) => key.endsWith(w)),
  };
}

function blocked(field: TrackerField, t: HeaderTraits): boolean {
  if (t.count) return true;
  if ((field === 'opportunity' || field === 'customer') && t.person) return true;
  if (field === 'rep' && t.team) return true;
  if (field === 'amount' && t.notAmount) return true;
  return false;
}

/**
 * A word is matched as a prefix only when it cannot be the start of something else: two or more
 * English words ("close date (expected)"), or four or more Chinese characters (机会名称必填).
 * "deal" would take "Deal created", 客户 would take 客户来源: those match only exactly.
 */
function prefixable(word: string): boolean {
  return HAN.test(word) ? word.length >= 4 : word.includes(' ');
}

function startsWithWord(words: string, key: string, word: string): boolean {
  if (HAN.test(word)) return key.startsWith(word) && key !== word;
  return words.startsWith(`${word} `);
}

/**
 * How well a header names a field, lower is better: a name (as it is, or once its remarks are
 * dropped: "预计合同金额(含税)", "Amount (USD)"), a name the header starts with, an identifier.
 */
export const MATCH_TIER = { exact: 0, prefix: 1, id: 2 } as const;
export type MatchTier = (typeof MATCH_TIER)[keyof typeof MATCH_TIER];

export interface HeaderMatch {
  readonly field: TrackerField;
  readonly tier: MatchTier;
  /** Position of the word in the field's list: an earlier word is preferred. */
  readonly rank: number;
  /** Matched once its remarks were dropped: a header without them is preferred at the same rank. */
  readonly remarks: boolean;
}

const KEYS = Object.fromEntries(
  TRACKER_FIELDS.map((f) => [f, { names: TRACKER_HEADERS[f].names.map(headerKey), ids: (TRACKER_HEADERS[f].ids as readonly string[]).map(headerKey) }]),
) as Record<TrackerField, { names: string[]; ids: string[] }>;

/** Every field a header could name, with how well. */
export function headerMatches(header: string): HeaderMatch[] {
  if (SYSTEM_COLUMN.test(header)) return [];
  const raw = header.replace(ENTITY_PREFIX, '');
  const words = headerWords(raw);
  const key = words.replace(/ /g, '');
  if (key === '') return [];
  const bare = headerKey(withoutRemarks(raw));
  const t = traits(raw, words.split(' '), key);
  const out: HeaderMatch[] = [];
  for (const field of TRACKER_FIELDS) {
    if (blocked(field, t)) continue;
    const { names, ids } = KEYS[field];
    let best: HeaderMatch | null = null;
    for (let rank = 0; rank < names.length && (!best || best.tier > MATCH_TIER.exact); rank++) {
      const word = TRACKER_HEADERS[field].names[rank];
      let m: HeaderMatch | null = null;
      if (names[rank] === key || names[rank] === bare) m = { field, tier: MATCH_TIER.exact, rank, remarks: names[rank] !== key };
      else if (!best && !t.idLike && prefixable(word) && startsWithWord(words, key, headerWords(word))) m = { field, tier: MATCH_TIER.prefix, rank, remarks: false };
      if (m) best = m;
    }
    if (!best) {
      const rank = ids.findIndex((k) => k === key || k === bare);
      if (rank >= 0) best = { field, tier: MATCH_TIER.id, rank, remarks: ids[rank] !== key };
    }
    if (best) out.push(best);
  }
  return out;
}

export interface HeaderRowMapping {
  readonly columns: Partial<Record<TrackerField, number>>;
  readonly headers: Partial<Record<TrackerField, string>>;
  readonly tiers: Partial<Record<TrackerField, MatchTier>>;
}

/** A header cell's text, or null when it holds no text. */
export function headerText(cell: SnapshotCell | undefined): string | null {
  const v = cellValue(cell ?? null);
  if (typeof v !== 'string' || v.trim() === '') return null;
  return v;
}

/**
 * Reads one header row between two columns: every column's candidate fields, then the best
 * pairs first — exact names anywhere in the row before prefixes, names before identifiers, the
 * preferred word before the others, a header without remarks before one with them, the left
 * column before the right — each column and each field taken once.
 */
export function mapHeaderRow(sheet: SheetSnapshot, r: number, left: number, right: number): HeaderRowMapping {
  const row = sheet.rows[r] ?? [];
  const pairs: { col: number; text: string; match: HeaderMatch }[] = [];
  for (let c = left; c <= Math.min(right, row.length - 1); c++) {
    const text = headerText(row[c]);
    if (text === null) continue;
    for (const match of headerMatches(text)) pairs.push({ col: c, text, match });
  }
  pairs.sort((a, b) => a.match.tier - b.match.tier || a.match.rank - b.match.rank || Number(a.match.remarks) - Number(b.match.remarks) || a.col - b.col);
  const columns: Partial<Record<TrackerField, number>> = {};
  const headers: Partial<Record<TrackerField, string>> = {};
  const tiers: Partial<Record<TrackerField, MatchTier>> = {};
  const used = new Set<number>();
  for (const p of pairs) {
    if (used.has(p.col) || columns[p.match.field] !== undefined) continue;
    used.add(p.col);
    columns[p.match.field] = p.col;
    headers[p.match.field] = p.text;
    tiers[p.match.field] = p.match.tier;
  }
  return { columns, headers, tiers };
}
