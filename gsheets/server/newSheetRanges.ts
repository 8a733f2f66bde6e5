/** The ranges a sheet the run adds is written through, known before any is asked for (see prefetchRanges). */
import type { CellRange, Plan } from '../../core/layout';
import { boxOf } from './cellBands';
import type { GridWrite } from './cellGrid';
import { chartRanges } from './chart';
import { formulaColumns } from './formulaProtection';
import { formatRects } from './numberFormats';
import { noteBoxes } from './sheetLayout';

/**
 * What the applier asks of a new sheet: its number-format rectangles, rule ranges, wrapped
 * headers and notes, protections, the box of its cells (one write on a new sheet) and its
 * charts' sources; and, by sheet, the ranges its dropdowns list from.
 */
export function newSheetRanges(plan: Plan, name: string, writes: readonly GridWrite[]): { own: CellRange[]; sources: Map<string, CellRange[]> } {
  const on = <T extends { sheet: string }>(xs: readonly T[]) => xs.filter((x) => x.sheet === name);
  const validations = on(plan.validations);
  const layouts = on(plan.layouts);
  const box = [...validations.map((v) => v.range), ...layouts.flatMap((l) => l.headerRanges)];
  const own = [
    ...(formatRects(on(plan.numberFormats), true) ?? []).map((r) => r.range),
    ...on(plan.conditionalFormats).flatMap((c) => (c.rules.length > 0 ? [c.range] : [])),
    ...on(plan.colorScales ?? []).map((c) => c.range),
    ...layouts.flatMap((l) => [...(l.wrapHeaders ? [l.wrapHeaders.range] : []), ...noteBoxes(l.notes ?? []).map((n) => n.box)]),
    ...formulaColumns(plan, name),
    ...(writes.length === 1 ? [boxOf([writes[0].range, ...box])] : []),
    ...chartRanges(on(plan.charts)),
  ];
  const sources = new Map<string, CellRange[]>();
  for (const { rule } of validations) if (rule.kind === 'listFromRange') sources.set(rule.sheet, [...(sources.get(rule.sheet) ?? []), rule.range]);
  return { own, sources };
}
