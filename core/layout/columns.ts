import type { Bilingual, Lang } from '../methodology/bilingual';
import type { TabKind } from './tabs';
import type { PlanCell, ValidationRule } from './types';

/** What every tab builder needs: the workbook's language and the final name of each of our tabs. */
export interface LayoutContext {
  readonly lang: Lang;
  readonly tabs: Readonly<Record<TabKind, string>>;
  /** The last row of the visit report and the brief that other tabs' formulas read (signalColumns.ts logBounds). */
  readonly logs?: { readonly visits: number; readonly brief: number };
}

export interface ColumnSpec {
  readonly header: Bilingual;
  /** Width in characters. */
  readonly width: number;
  readonly format?: string;
  readonly validation?: (ctx: LayoutContext) => ValidationRule;
  /** A column runs write and read back but people need not see (the milestone tab's 已记录): hidden on a new tab. */
  readonly hidden?: boolean;
  /** The header wraps inside the column, the header row made tall enough (headerWrap.ts): the milestone tab's checklist questions. */
  readonly wrap?: boolean;
  /** A note on the header cell (the checklist question in full, with its milestone and stage). */
  readonly note?: Bilingual;
}

/** Formats written to cells; Excel, Sheets and LibreOffice all understand these codes. */
export const FORMATS = {
  amount: '#,##0',
  date: 'yyyy-mm-dd',
  percent: '0%',
  index: '0.000',
  integer: '0',
} as const;

/** One row of an opportunity-keyed tab, built from its source values and its sheet row. */
export type RowBuilder<S> = (source: S, row: number, ctx: LayoutContext) => PlanCell[];

export function headerTexts(columns: readonly ColumnSpec[], lang: Lang): string[] {
  return columns.map((c) => c.header[lang]);
}

/** Fills for the milestone levels 0..6: grey, then from pale to strong green as deals mature. */
export const LEVEL_FILLS = ['F2F2F2', 'FFF2CC', 'FCE4D6', 'DDEBF7', 'E2EFDA', 'C6E0B4', 'A9D08E'] as const;
