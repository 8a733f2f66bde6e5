/**
 * The list the set-up will take, shown before it runs: the sheet (another can be picked), each
 * column or what its absence costs, the warnings.
 */
import type { TrackerField, TrackerMapping } from '../core/layout/types';
import { MAPPED_FIELDS, type WorkbookInfo } from './bridge';
import { lineList } from './blocks';
import { h } from './dom';
import { FIELD_LABELS, fill } from './strings';
import type { Words } from './words';

/** Warnings about a missing column: left out once the user maps that column. */
const FIELD_OF_WARNING: Readonly<Record<string, TrackerField>> = { TRACKER_NO_AMOUNT: 'amount', TRACKER_NO_REP: 'rep' };
/** Fields whose absence changes the numbers (the others lose a copy or nothing). */
const SERIOUS: readonly TrackerField[] = ['opportunity', 'customer', 'rep', 'amount'];

export interface TrackerState {
  readonly info: WorkbookInfo | null;
  readonly mapping: TrackerMapping | null;
  /** The sheet the user picked as holding the list; undefined: the detected list. */
  readonly pick: string | undefined;
  readonly busy: boolean;
}

export interface TrackerActions {
  pickSheet(sheet: string): void;
  setMapping(field: TrackerField, col: number | null): void;
}

/** The sheets the list may be on, the likeliest first, each with why (core's trackerView). */
function sheetPicker(w: Words, s: TrackerState, act: TrackerActions): HTMLElement {
  const select = h('select', { id: 'tracker-sheet', 'data-test': 'tracker-sheet', disabled: s.busy });
  const current = s.mapping?.sheet ?? s.pick;
  if (current === undefined) select.appendChild(h('option', { value: '', selected: true }, w.t('pickSheet')));
  for (const o of s.info?.tracker.options ?? []) {
    select.appendChild(h('option', { value: o.sheet, selected: o.sheet === current }, `${o.sheet} — ${w.inLang(o.why)}`));
  }
  select.addEventListener('change', () => act.pickSheet(select.value));
  return h('div', { class: 'field stacked' }, h('label', { for: 'tracker-sheet' }, w.t('sheetLabel')), select);
}

/** One field: the header taken (a select to change it), or not found and what that costs. */
function fieldRow(w: Words, s: TrackerState, act: TrackerActions, mapping: TrackerMapping, field: TrackerField): HTMLElement[] {
  const id = `map-${field}`;
  const select = h('select', { id, 'data-field': field, disabled: s.busy });
  select.appendChild(h('option', { value: '' }, w.t('notMapped')));
  (s.info?.headers ?? []).forEach((text, col) => {
    if (text) select.appendChild(h('option', { value: String(col), selected: mapping.columns[field] === col }, text));
  });
  select.addEventListener('change', () => act.setMapping(field, select.value === '' ? null : Number(select.value)));
  const row = h('div', { class: 'field' }, h('label', { for: id }, FIELD_LABELS[field][w.lang]), select);
  const cost = s.info?.tracker.costs[field];
  if (mapping.columns[field] !== undefined || !cost) return [row];
  return [row, h('p', { class: SERIOUS.includes(field) ? 'cost warn' : 'cost', 'data-test': `cost-${field}` }, `${w.t('notFound')}${w.inLang(cost)}`)];
}

/** What the set-up will say of the list, as the command line says it; a warning about a column the user has since mapped left out. */
function findings(w: Words, s: TrackerState): HTMLElement | null {
  const mapping = s.mapping;
  const shown = (s.info?.tracker.findings ?? []).filter((f) => {
    if (f.code === 'TRACKER_NOT_FOUND') return false; // the notice above the sheets says it
    const field = FIELD_OF_WARNING[f.code];
    return !field || !mapping || mapping.columns[field] === undefined;
  });
  return lineList(w, { class: 'findings', 'data-test': 'findings' }, shown);
}

/** The list the set-up will take, before it runs: the sheet and the choice of another, each field, the warnings. */
export function trackerSection(w: Words, s: TrackerState, act: TrackerActions): HTMLElement {
  const { t, inLang } = w;
  const mapping = s.mapping;
  const view = s.info?.tracker;
  const parts: (HTMLElement | null)[] = [];
  if (view?.problem) parts.push(h('p', { class: 'notice', role: 'status', 'data-test': 'tracker-problem' }, inLang(view.problem)));
  else if (s.info && !mapping) parts.push(h('p', { class: 'notice', role: 'status', 'data-test': 'tracker-missing' }, t('trackerMissing')));
  parts.push(sheetPicker(w, s, act));
  if (mapping) {
    // The list as read; after the user picked a sheet with no list recognised, its sheet only.
    const list = view?.list && !view.problem ? inLang(view.list) : mapping.sheet;
    const rows = view?.rows;
    parts.push(
      h('p', { 'data-test': 'tracker-found' }, `${t('trackerFound')} `, h('strong', {}, list), rows === null || rows === undefined ? '' : ` · ${fill(t('trackerRows'), { rows })}`),
      h('h3', {}, t('mappingHeading')),
      ...MAPPED_FIELDS.flatMap((f) => fieldRow(w, s, act, mapping, f)),
    );
  }
  parts.push(findings(w, s));
  return h('div', { class: 'tracker', 'data-test': 'tracker' }, ...parts);
}
