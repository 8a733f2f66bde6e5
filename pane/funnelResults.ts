/** What a funnel run found, as the pane shows it: the movement, the funnel table, the reps, the periods, the rows it could not count. */
import type { FunnelSummary } from './bridge';
import { breakable, headRow, lineList } from './blocks';
import { h } from './dom';
import { formatMoney, formatPercent } from './format';
import type { Words } from './words';

/**
 * What the run brought in from the tracker before the funnel (added, changed, removed), what moved
 * since the last review, and the deals the milestone tab flags (past due, stale, won before M6), as
 * text; then what the run wants the user to know (a list not found, a threshold it cannot read).
 */
export function movementView(w: Words, funnel: FunnelSummary | null): HTMLElement[] {
  const moved = lineList(w, { class: 'refreshed', 'data-test': 'movement' }, [...(funnel?.refreshed ?? []), ...(funnel?.review ?? []), ...(funnel?.attention ?? [])]);
  const warnings = lineList(w, { class: 'warnings', 'data-test': 'funnel-warnings' }, funnel?.warnings ?? []);
  return [moved, warnings].filter((e): e is HTMLElement => e !== null);
}

/** The forecast by period of expected close, as the funnel tab's period table shows it: open pipeline, weighted forecast and won. */
function periodsView(w: Words, funnel: FunnelSummary): HTMLElement | null {
  const { t, inLang, inOtherLang, lang } = w;
  const periods = funnel.periods ?? [];
  if (periods.length === 0) return null;
  const head = headRow(w, ['colPeriod', 'colCount', 'colOpen', 'colWeighted', 'colWon']);
  const body = periods.map((p) => h('tr', { 'data-test': 'period-row' }, h('th', { scope: 'row', title: inOtherLang(p) }, inLang(p)), h('td', {}, String(p.count)), h('td', { 'data-test': 'period-open' }, breakable(formatMoney(p.open, lang))), h('td', {}, breakable(formatMoney(p.weighted, lang))), h('td', {}, breakable(formatMoney(p.won, lang)))));
  return h('table', { class: 'by-period', 'aria-label': t('periodsHeading') }, h('caption', {}, t('periodsHeading')), h('thead', {}, head), h('tbody', {}, ...body));
}

export function funnelView(w: Words, funnel: FunnelSummary | null): HTMLElement | null {
  const { t, inLang, inOtherLang, lang } = w;
  const f = funnel?.view;
  if (!funnel || !f) return null;
  const head = headRow(w, ['colMilestone', 'colCount', 'colAmount', 'colWeighted', 'colConversion']);
  const body = f.rows.map((r) =>
    h('tr', {}, h('th', { scope: 'row', title: inOtherLang(r) }, inLang(r)), h('td', {}, String(r.count)), h('td', {}, breakable(formatMoney(r.amount, lang))), h('td', {}, breakable(formatMoney(r.weighted, lang))), h('td', {}, formatPercent(r.conversion))),
  );
  const repHead = headRow(w, ['colRep', 'colCount', 'colAmount', 'colForecast']);
  const repBody = f.byRep.map((r) => h('tr', { 'data-test': 'rep-row' }, h('th', { scope: 'row' }, r.rep || t('unassigned')), h('td', {}, String(r.count)), h('td', {}, breakable(formatMoney(r.amount, lang))), h('td', {}, breakable(formatMoney(r.forecast, lang)))));
  return h(
    'div',
    { class: 'funnel', 'data-test': 'funnel' },
    h('p', { class: 'forecast' }, `${t('forecast')}: `, h('strong', { 'data-test': 'forecast' }, formatMoney(f.forecast, lang)), ` · ${t('pipeline')}: ${formatMoney(f.amount, lang)}`),
    h('table', {}, h('thead', {}, head), h('tbody', {}, ...body)),
    f.byRep.length ? h('table', { class: 'by-rep' }, h('thead', {}, repHead), h('tbody', {}, ...repBody)) : null,
    periodsView(w, funnel),
    f.errors.length
      ? h('div', { class: 'row-errors', 'data-test': 'row-errors' }, h('p', {}, t('rowErrors')), h('ul', {}, ...f.errors.map((e) => h('li', {}, `${e.opportunity}: ${inLang(e)}`))))
      : null,
    // Rows counted by the one rule the workbook's formulas follow too (an unreadable tick as
    // unticked, an unusable amount as 0): counted, and named so the rep can correct them.
    f.warnings.length
      ? h('div', { class: 'row-errors', 'data-test': 'row-warnings' }, h('p', {}, t('rowWarnings')), lineList(w, {}, f.warnings))
      : null,
  );
}
