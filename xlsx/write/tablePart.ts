import type { TablePlan } from '../../core/layout';
import { rangeRef, type CellRange } from '../../core/layout/a1';
import { attributes, escapeXml, firstElement, splice, withAttribute } from '../package/xml';

/** A new table part of ours. */
export function tableXml(t: TablePlan, id: number): string {
  const seen = new Set<string>();
  const columns = t.columns.map((name, i) => {
    let unique = name.trim() || `Column${i + 1}`;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${name}${n}`;
    seen.add(unique.toLowerCase());
    return `<tableColumn id="${i + 1}" name="${escapeXml(unique)}"/>`;
  });
  const ref = rangeRef(t.range);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeXml(t.name)}" displayName="${escapeXml(t.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns.join('')}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/**
 * A table part of ours given a new extent (its autoFilter too). A table made wider (a column this
 * version adds to a tab an earlier one set up) gets a tableColumn per new column, named by its
 * header as the plan gives it: Excel repairs a table whose columns do not match its width.
 */
export function resizedTable(xml: string, range: CellRange, names: readonly string[]): string {
  const ref = rangeRef(range);
  const root = firstElement(xml, 'table')!;
  let out = splice(xml, root.start, root.start + root.tag.length, withAttribute(root.tag, 'ref', ref));
  const filter = firstElement(out, 'autoFilter');
  if (filter) out = splice(out, filter.start, filter.start + filter.tag.length, withAttribute(filter.tag, 'ref', ref));
  const list = firstElement(out, 'tableColumns');
  if (!list || list.tag.endsWith('/>')) return out;
  const existing = [...out.slice(list.innerStart, list.innerEnd).matchAll(/<([\w.-]+:)?tableColumn\b[^>]*>/g)];
  const width = range.right - range.left + 1;
  if (existing.length >= width) return out;
  const prefix = list.prefix;
  const used = new Set(existing.map((m) => (attributes(m[0]).get('name') ?? '').toLowerCase()));
  let id = Math.max(0, ...existing.map((m) => Number(attributes(m[0]).get('id')) || 0));
  let added = '';
  for (let i = existing.length; i < width; i++) {
    const wanted = names[i]?.trim() || `Column${i + 1}`;
    let name = wanted;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
    used.add(name.toLowerCase());
    added += `<${prefix}tableColumn id="${++id}" name="${escapeXml(name)}"/>`;
  }
  out = splice(out, list.innerEnd, list.innerEnd, added);
  return splice(out, list.start, list.start + list.tag.length, withAttribute(list.tag, 'count', String(width)));
}
