/** Pieces the pane draws in several places, in the user's language. */
import { h } from './dom';
import type { StringKey } from './strings';
import type { Words } from './words';

/** A list of bilingual lines (warnings, changes, findings), each in the user's language; none when there are none. */
export function lineList(w: Words, attrs: Record<string, string>, lines: readonly { zh: string; en: string }[]): HTMLElement | null {
  return lines.length ? h('ul', attrs, ...lines.map((m) => h('li', {}, w.inLang(m)))) : null;
}

/** A table's head row: a column header per label. */
export function headRow(w: Words, keys: readonly StringKey[]): HTMLElement {
  return h('tr', {}, ...keys.map((k) => h('th', { scope: 'col' }, w.t(k))));
}

/**
 * A number as text that may break after its group separators only (a <wbr> after each comma),
 * so a table of large amounts can narrow to a 300 px sidebar without scrolling sideways.
 */
export function breakable(text: string): HTMLElement {
  const parts = text.split(/(?<=[,,])/);
  const span = h('span', { class: 'num' });
  parts.forEach((part, i) => {
    if (i > 0) span.appendChild(h('wbr'));
    span.appendChild(document.createTextNode(part));
  });
  return span;
}
