import type { Bilingual, Lang } from '../methodology/bilingual';
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from './types';

/** Our tabs, in the order a first run adds them. */
export const TAB_KINDS = ['milestones', 'intensity', 'rubrics', 'brief', 'grading', 'activity', 'visits', 'team', 'control', 'coaching', 'funnel', 'history', 'changes', 'forecasts'] as const;
export type TabKind = (typeof TAB_KINDS)[number];

export const TAB_NAMES: Record<TabKind, Bilingual> = {
  milestones: { zh: '里程碑', en: 'Milestones' },
  intensity: { zh: '销售强度', en: 'Sales intensity' },
  rubrics: { zh: '评分标准', en: 'Rubrics' },
  brief: { zh: '关键机会简报', en: 'Key opportunity brief' },
  grading: { zh: '客户分级', en: 'Customer grading' },
  activity: { zh: '业务动作追踪', en: 'Activity tracking' },
  visits: { zh: '客户访问日报', en: 'Visit daily report' },
  team: { zh: '团队设计', en: 'Team design' },
  control: { zh: '管理控制点', en: 'Control points' },
  coaching: { zh: '辅导', en: 'Coaching' },
  funnel: { zh: '漏斗', en: 'Funnel' },
  history: { zh: '漏斗历史', en: 'Funnel history' },
  changes: { zh: '变动记录', en: 'Changes' },
  forecasts: { zh: '预测记录', en: 'Forecast record' },
};

/**
 * How a later run recognizes our tabs: cell A1 of a hidden first row holds a marker
 * "#pcss:<kind>:<lang>". Tab names alone cannot be trusted (a user's sheet may already be
 * called 里程碑, and users rename tabs); a defined name would survive renames too, but a
 * marker cell reads in the same batch as the values in every host and survives copy/paste of
 * the whole sheet. Row 2 is the header row, data starts on row 3.
 */
export const MARKER_ROW = 0;
export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

/**
 * The workbook name a host may define for each tab of ours, pointing at its marker cell: an
 * anchor that survives renames, so Excel can ask for a tab's cells before it has read every
 * sheet's marker (excel-addin/workbook/anchors.ts). The marker stays the truth: an anchor is
 * only believed when the cell it points at holds the right marker.
 */
export function anchorName(kind: TabKind): string {
  return `PCSS_${kind}`;
}

export function markerText(kind: TabKind, lang: Lang): string {
  return `#pcss:${kind}:${lang}`;
}

const MARKER = /^#pcss:([a-z]+):(zh|en)$/;

export function readMarker(cell: SnapshotCell): { kind: TabKind; lang: Lang } | null {
  if (typeof cell !== 'string') return null;
  const m = MARKER.exec(cell.trim());
  if (!m || !(TAB_KINDS as readonly string[]).includes(m[1])) return null;
  return { kind: m[1] as TabKind, lang: m[2] as Lang };
}

export interface OurTab {
  sheet: SheetSnapshot;
  kind: TabKind;
  lang: Lang;
}

/** Our tabs found by marker; the first sheet of each kind wins (a copy of a tab is the user's). */
export function findOurTabs(snapshot: WorkbookSnapshot): Map<TabKind, OurTab> {
  const found = new Map<TabKind, OurTab>();
  for (const sheet of snapshot.sheets) {
    const marker = readMarker(sheet.rows[MARKER_ROW]?.[0]);
    if (marker && !found.has(marker.kind)) found.set(marker.kind, { sheet, ...marker });
  }
  return found;
}

/** Whether a sheet carries any of our markers (so it is never taken for the tracker). */
export function isOurSheet(sheet: SheetSnapshot): boolean {
  return readMarker(sheet.rows[MARKER_ROW]?.[0]) !== null;
}

// Excel's rules: at most 31 characters, none of : \ / ? * [ ], names compare case-insensitively.
const MAX_SHEET_NAME = 31;

/**
 * A free tab name: the wanted one, or "name 2", "name 3"… when a sheet already has it. The
 * user's sheet is never renamed or touched.
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(t.toLowerCase());
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').slice(0, MAX_SHEET_NAME);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` ${i}`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
