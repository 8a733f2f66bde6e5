import { HEADER_ROW, columnLetter, type CellRange, type Plan } from '../../core/layout';
import { rangeOf } from './rules';
import type { Protection, Sheet, SpreadsheetService } from './sheetsApi';

/** How our protections are told apart from users' (and shown in Data › Protected ranges). */
export function protectionTag(range: CellRange): string {
  const cols = `${columnLetter(range.left)}:${columnLetter(range.right)}`;
  return `销售进程管理 · 公式列 ${cols}(请勿手动修改)/ Sales Process · formula columns ${cols} (edit with care)`;
}

/** Our tabs' first data row (under the marker and header rows): where every block of formula columns starts. */
const FIRST_DATA_ROW = HEADER_ROW + 1;

/** The range protections on a sheet and their descriptions, read before the run writes anything (reads flush pending writes). */
export interface ProtectionsThere {
  readonly existing: readonly Protection[];
  readonly tags: readonly string[];
}

export function protectionsOn(app: SpreadsheetService, sheet: Sheet): ProtectionsThere {
  const existing = sheet.getProtections(app.ProtectionType.RANGE);
  return { existing, tags: existing.map((p) => p.getDescription()) };
}

/**
 * A warning-only protection over each block of formula columns: a rep who types over one is
 * asked first, nobody is locked out. Rows added by a later run extend our protection of the
 * same columns rather than adding another. Our protection is known by its description; its
 * range is not read (two calls each): it is set again from the tab's first data row down to
 * the plan's last row, which also gives our full coverage back should a user have narrowed it.
 */
export function protectFormulaColumns(sheet: Sheet, ranges: readonly CellRange[], { existing, tags }: ProtectionsThere): void {
  for (const range of ranges) {
    const tag = protectionTag(range);
    const i = tags.indexOf(tag);
    if (i >= 0) existing[i].setRange(rangeOf(sheet, { ...range, top: Math.min(range.top, FIRST_DATA_ROW) }));
    else rangeOf(sheet, range).protect().setWarningOnly(true).setDescription(tag);
  }
}

/** The fills of one sheet as rectangles of adjacent formula columns over the same rows. */
export function formulaColumns(plan: Plan, sheet: string): CellRange[] {
  const fills = plan.fills.filter((f) => f.sheet === sheet && f.bottom >= f.top).sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.col - b.col);
  const out: CellRange[] = [];
  for (const f of fills) {
    const last = out[out.length - 1];
    if (last && last.top === f.top && last.bottom === f.bottom && last.right + 1 === f.col) last.right = f.col;
    else if (!(last && last.top === f.top && last.bottom === f.bottom && f.col >= last.left && f.col <= last.right)) out.push({ top: f.top, bottom: f.bottom, left: f.col, right: f.col });
  }
  return out;
}
