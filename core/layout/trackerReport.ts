/**
 * Never silent: what every host shows of the mapping it used — the list, each field and the
 * header it took, or that it found none and what that costs — and the warnings of a mapping
 * that lacks the amount or the rep.
 */
import { MethodError } from '../errors';
import type { Bilingual } from '../methodology/bilingual';
import { columnLetter } from './a1';
import { detectTrackerReport, readTrackerRows, refreshMapping, type TrackerCandidate } from './tracker';
import { TRACKER_FIELDS, headerKey } from './trackerHeaders';
import type { TrackerField, TrackerMapping, WorkbookSnapshot } from './types';

export interface TrackerFieldInfo {
  readonly label: Bilingual;
  /** What the set-up loses without this column. */
  readonly cost: Bilingual;
  /** Other names a user may give the field (command line --map): zh and spellings of the key. */
  readonly aliases: readonly string[];
}

export const TRACKER_FIELD_INFO: Readonly<Record<TrackerField, TrackerFieldInfo>> = {
  opportunity: {
    label: { zh: '机会名称', en: 'opportunity' },
    cost: { zh: '以客户名称代替机会名称', en: 'opportunities are named by their customer' },
    aliases: ['机会', '机会名称', '商机', 'deal'],
  },
  customer: {
    label: { zh: '客户', en: 'customer' },
    cost: { zh: '客户分级表为空,机会只以名称区分', en: 'the customer grading tab stays empty and opportunities are told apart by name only' },
    aliases: ['客户', '客户名称', 'account'],
  },
  rep: {
    label: { zh: '销售人员', en: 'rep' },
    cost: { zh: '没有按销售人员的视图', en: 'no per-rep view' },
    aliases: ['销售', '销售人员', '负责人', 'owner'],
  },
  amount: {
    label: { zh: '金额', en: 'amount' },
    cost: { zh: '预测为 0', en: 'the forecast is 0' },
    aliases: ['金额', 'value'],
  },
  expectedClose: {
    label: { zh: '预计签约日期', en: 'expected close' },
    cost: { zh: '不复制预计签约日期', en: 'no expected close dates are copied' },
    aliases: ['预计签约日期', '预计成交日期', '成交日期', 'close', 'closedate', 'expected close'],
  },
  stage: {
    label: { zh: '阶段', en: 'stage' },
    cost: { zh: '赢单、输单、暂停不从列表更新,由销售在里程碑表中选择', en: 'won, lost and on hold are not taken from the list: reps choose them on the milestone tab' },
    aliases: ['阶段', '销售阶段'],
  },
};

/** The field a user named (opportunity, expectedClose, expected-close, 金额 …), or null. */
export function trackerFieldNamed(name: string): TrackerField | null {
  const key = headerKey(name);
  for (const f of TRACKER_FIELDS) {
    if (headerKey(f) === key || TRACKER_FIELD_INFO[f].aliases.some((a) => headerKey(a) === key)) return f;
  }
  return null;
}

/** A list as a user finds it: its sheet, its table if any, its header row. */
export function describeList(mapping: TrackerMapping): Bilingual {
  const row = mapping.headerRow + 1;
  return mapping.table !== undefined
    ? { zh: `“${mapping.sheet}”的表 ${mapping.table}(第 ${row} 行表头)`, en: `table ${mapping.table} on "${mapping.sheet}" (headers on row ${row})` }
    : { zh: `“${mapping.sheet}”(第 ${row} 行表头)`, en: `"${mapping.sheet}" (headers on row ${row})` };
}

export interface FieldReport {
  readonly field: TrackerField;
  readonly label: Bilingual;
  /** The header taken and its column letter, or null: not found. */
  readonly header: string | null;
  readonly column: string | null;
  /** What is lost, when not found. */
  readonly cost: Bilingual | null;
}

export interface MappingReport {
  readonly list: Bilingual;
  readonly sheet: string;
  readonly headerRow: number;
  readonly table: string | null;
  /** Opportunities the list holds now. */
  readonly rows: number;
  readonly fields: readonly FieldReport[];
}

/** What a host shows of the mapping it used, every field in order, found or not. */
export function describeMapping(snapshot: WorkbookSnapshot, mapping: TrackerMapping): MappingReport {
  return {
    list: describeList(mapping),
    sheet: mapping.sheet,
    headerRow: mapping.headerRow,
    table: mapping.table ?? null,
    rows: readTrackerRows(snapshot, mapping).length,
    fields: TRACKER_FIELDS.map((field) => {
      const col = mapping.columns[field];
      const info = TRACKER_FIELD_INFO[field];
      return col === undefined
        ? { field, label: info.label, header: null, column: null, cost: info.cost }
        : { field, label: info.label, header: mapping.headers[field] ?? '', column: columnLetter(col), cost: null };
    }),
  };
}

/** The warnings about which list and columns were used (a host may show them apart from the rest). */
export const TRACKER_WARNING_CODES: readonly string[] = ['TRACKER_NOT_FOUND', 'TRACKER_AMBIGUOUS', 'TRACKER_NO_AMOUNT', 'TRACKER_NO_REP'];

/** Choices of list or columns that cannot be made: the user's mistake, as a wrong option is. */
export const TRACKER_CHOICE_CODES: readonly string[] = ['TRACKER_SHEET_UNKNOWN', 'TRACKER_SHEET_OURS', 'TRACKER_SHEET_NO_LIST', 'TRACKER_HEADER_UNKNOWN', 'TRACKER_HEADER_NOWHERE', 'TRACKER_NEEDS_NAME'];

/** The set-up's warnings for a mapping without an amount (the forecast is 0) or a rep (no per-rep view). */
export function mappingWarnings(mapping: TrackerMapping): MethodError[] {
  const out: MethodError[] = [];
  if (mapping.columns.amount === undefined) out.push(new MethodError('TRACKER_NO_AMOUNT', { sheet: mapping.sheet }));
  if (mapping.columns.rep === undefined) out.push(new MethodError('TRACKER_NO_REP', { sheet: mapping.sheet }));
  return out;
}

/** Two lists close in score: which was taken, which was not, both named. */
export function ambiguityWarning(chosen: TrackerCandidate, other: TrackerCandidate): MethodError {
  const a = describeList(chosen.mapping);
  const b = describeList(other.mapping);
  return new MethodError('TRACKER_AMBIGUOUS', { chosen: a.zh, chosenEn: a.en, chosenRows: chosen.rows, other: b.zh, otherEn: b.en, otherRows: other.rows });
}

/**
 * The list a run uses and what it says about it: the user's mapping brought up to date, else the
 * detected list; no list, two lists alike, no amount or no rep is a warning. The set-up and
 * `pcss funnel` both ask here, so they say the same.
 */
export function trackerFindings(snapshot: WorkbookSnapshot, chosen?: TrackerMapping): { mapping: TrackerMapping | null; warnings: MethodError[] } {
  if (chosen) {
    const mapping = refreshMapping(snapshot, chosen);
    return { mapping, warnings: mappingWarnings(mapping) };
  }
  const { mapping, chosen: best, rival } = detectTrackerReport(snapshot);
  if (!mapping) return { mapping, warnings: [new MethodError('TRACKER_NOT_FOUND')] };
  return { mapping, warnings: [...mappingWarnings(mapping), ...(best && rival ? [ambiguityWarning(best, rival)] : [])] };
}
