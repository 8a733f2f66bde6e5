/**
 * The task pane (Excel) and sidebar (Sheets): one UI, one bridge per host. Set up the
 * workbook with a confirmed column mapping, generate the funnel with a rep filter, show
 * progress and results. Every cell-derived text is set as text.
 */
import type { Lang } from '../core/methodology/bilingual';
import type { TrackerField, TrackerMapping } from '../core/layout/types';
import { MAPPED_FIELDS, type FunnelSummary, type PaneBridge, type Progress, type SetupSummary, type WorkbookInfo } from './bridge';
import { clear, h } from './dom';
import { formatMoney, formatPercent, toFailure } from './format';
import { say } from '../core/messages';
import { FIELD_LABELS, STRINGS, fill, type StringKey } from './strings';

interface State {
  lang: Lang;
  info: WorkbookInfo | null;
  mapping: TrackerMapping | null;
  busy: boolean;
  progress: Progress | null;
  message: { kind: 'ok' | 'error'; zh: string; en: string } | null;
  setup: SetupSummary | null;
  funnel: FunnelSummary | null;
  rep: string;
}

export function mountPane(root: HTMLElement, bridge: PaneBridge): { ready: Promise<void> } {
  const state: State = { lang: 'zh', info: null, mapping: null, busy: false, progress: null, message: null, setup: null, funnel: null, rep: '' };
  root.classList.add('pcss-pane', `host-${bridge.host}`);
  /** The pane's own label `key` in the user's language. */
  const t = (key: StringKey) => STRINGS[key][state.lang];
  const inLang = (m: { zh: string; en: string }) => (state.lang === 'zh' ? m.zh : m.en);
  const inOtherLang = (m: { zh: string; en: string }) => (state.lang === 'zh' ? m.en : m.zh);

  function setMapping(field: TrackerField, col: number | null): void {
    if (!state.mapping) return;
    const columns = { ...state.mapping.columns };
    const headers = { ...state.mapping.headers };
    if (col === null) {
      delete columns[field];
      delete headers[field];
    } else {
      columns[field] = col;
      headers[field] = state.info?.headers[col] ?? '';
    }
    state.mapping = { ...state.mapping, columns, headers };
  }

  async function run<T>(work: (onProgress: (p: Progress) => void) => Promise<T>, done: (result: T) => void): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    state.message = null;
    state.progress = { done: 0, zh: STRINGS.working.zh, en: STRINGS.working.en };
    render();
    try {
      const result = await work((p) => {
        state.progress = p;
        renderProgress();
      });
      done(result);
    } catch (e) {
      const f = toFailure(e);
      // The host's message says whether anything was written (a failure before writing says
      // nothing changed; one mid-way says to run again), so the pane adds no claim of its own.
      state.message = { kind: 'error', zh: f.zh, en: f.en };
    } finally {
      state.busy = false;
      state.progress = null;
      render();
    }
  }

  function runSetup(): Promise<void> {
    return run(
      (onProgress) => bridge.setup({ lang: state.lang, mapping: state.mapping }, onProgress),
      (summary) => {
        state.setup = summary;
        state.message = { kind: 'ok', ...say('DONE_SETUP', { sheets: summary.tabsAdded.length, opps: summary.opportunitiesAdded }) };
      },
    ).then(refreshInfo);
  }

  function runFunnel(): Promise<void> {
    return run(
      (onProgress) => bridge.funnel({ lang: state.lang, rep: state.rep || undefined }, onProgress),
      (summary) => {
        state.funnel = summary;
        const tab = state.setup?.tabs.funnel ?? (state.lang === 'zh' ? '漏斗' : 'Funnel');
        state.message = { kind: 'ok', zh: fill(STRINGS.funnelDone.zh, { tab }), en: fill(STRINGS.funnelDone.en, { tab }) };
      },
    );
  }

  async function refreshInfo(): Promise<void> {
    try {
      const info = await bridge.inspect();
      state.info = info;
      // Keep a mapping the user already edited; take the detected one otherwise.
      if (!state.mapping || state.mapping.sheet !== info.mapping?.sheet) state.mapping = info.mapping;
    } catch (e) {
      const f = toFailure(e);
      state.message = { kind: 'error', zh: f.zh, en: f.en };
    }
    render();
  }

  const progressBox = h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100' });

  function renderProgress(): void {
    clear(progressBox);
    const p = state.progress;
    progressBox.hidden = !p;
    if (!p) return;
    const pct = Math.round(Math.max(0, Math.min(1, p.done)) * 100);
    progressBox.setAttribute('aria-valuenow', String(pct));
    progressBox.appendChild(h('div', { class: 'progress-track' }, h('div', { class: 'progress-bar', style: `width:${pct}%` })));
    progressBox.appendChild(h('div', { class: 'progress-text' }, inLang(p)));
  }

  function mappingEditor(): HTMLElement {
    const mapping = state.mapping;
    const headers = state.info?.headers ?? [];
    if (!mapping) return h('p', { class: 'hint', 'data-test': 'tracker-missing' }, t('trackerMissing'));
    const rows = MAPPED_FIELDS.map((field) => {
      const id = `map-${field}`;
      const select = h('select', { id, 'data-field': field, disabled: state.busy });
      select.appendChild(h('option', { value: '' }, t('notMapped')));
      headers.forEach((text, col) => {
        if (!text) return;
        const option = h('option', { value: String(col) }, text);
        if (mapping.columns[field] === col) option.selected = true;
        select.appendChild(option);
      });
      select.addEventListener('change', () => setMapping(field, select.value === '' ? null : Number(select.value)));
      return h('div', { class: 'field' }, h('label', { for: id }, FIELD_LABELS[field][state.lang]), select);
    });
    return h(
      'div',
      { class: 'mapping' },
      h('p', { 'data-test': 'tracker-found' }, `${t('trackerFound')} `, h('strong', {}, mapping.sheet)),
      h('h3', {}, t('mappingHeading')),
      ...rows,
    );
  }

  function funnelView(): HTMLElement | null {
    const f = state.funnel?.view;
    if (!f) return null;
    const head = h('tr', {}, ...[t('colMilestone'), t('colCount'), t('colAmount'), t('colWeighted'), t('colConversion')].map((c) => h('th', { scope: 'col' }, c)));
    const body = f.rows.map((r) =>
      h('tr', {}, h('th', { scope: 'row', title: inOtherLang(r) }, inLang(r)), h('td', {}, String(r.count)), h('td', {}, formatMoney(r.amount, state.lang)), h('td', {}, formatMoney(r.weighted, state.lang)), h('td', {}, formatPercent(r.conversion))),
    );
    const repHead = h('tr', {}, ...[t('colRep'), t('colCount'), t('colAmount'), t('colForecast')].map((c) => h('th', { scope: 'col' }, c)));
    const repBody = f.byRep.map((r) => h('tr', { 'data-test': 'rep-row' }, h('th', { scope: 'row' }, r.rep || t('unassigned')), h('td', {}, String(r.count)), h('td', {}, formatMoney(r.amount, state.lang)), h('td', {}, formatMoney(r.forecast, state.lang))));
    return h(
      'div',
      { class: 'funnel', 'data-test': 'funnel' },
      h('p', { class: 'forecast' }, `${t('forecast')}: `, h('strong', { 'data-test': 'forecast' }, formatMoney(f.forecast, state.lang)), ` · ${t('pipeline')}: ${formatMoney(f.amount, state.lang)}`),
      h('table', {}, h('thead', {}, head), h('tbody', {}, ...body)),
      f.byRep.length ? h('table', { class: 'by-rep' }, h('thead', {}, repHead), h('tbody', {}, ...repBody)) : null,
      f.errors.length
        ? h('div', { class: 'row-errors', 'data-test': 'row-errors' }, h('p', {}, t('rowErrors')), h('ul', {}, ...f.errors.map((e) => h('li', {}, `${e.opportunity}: ${inLang(e)}`))))
        : null,
      // Rows counted by the one rule the workbook's formulas follow too (an unreadable tick as
      // unticked, an unusable amount as 0): counted, and named so the rep can correct them.
      f.warnings.length
        ? h('div', { class: 'row-errors', 'data-test': 'row-warnings' }, h('p', {}, t('rowWarnings')), h('ul', {}, ...f.warnings.map((w) => h('li', {}, inLang(w)))))
        : null,
    );
  }

  function render(): void {
    clear(root);
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    const langButton = h('button', { type: 'button', class: 'link', 'data-test': 'lang', 'aria-label': t('switchLabel') }, t('switchTo'));
    langButton.addEventListener('click', () => {
      state.lang = state.lang === 'zh' ? 'en' : 'zh';
      render();
    });
    const setupButton = h('button', { type: 'button', class: 'primary', 'data-test': 'setup', disabled: state.busy }, t('runSetup'));
    setupButton.addEventListener('click', () => void runSetup());

    const repSelect = h('select', { id: 'rep', 'data-test': 'rep', disabled: state.busy });
    repSelect.appendChild(h('option', { value: '' }, t('allReps')));
    for (const rep of state.info?.reps ?? []) {
      const option = h('option', { value: rep }, rep);
      if (rep === state.rep) option.selected = true;
      repSelect.appendChild(option);
    }
    repSelect.addEventListener('change', () => (state.rep = repSelect.value));
    const funnelButton = h('button', { type: 'button', class: 'primary', 'data-test': 'funnel-run', disabled: state.busy }, t('runFunnel'));
    funnelButton.addEventListener('click', () => void runFunnel());

    const message = state.message
      ? h('div', { class: `message ${state.message.kind}`, role: state.message.kind === 'error' ? 'alert' : 'status', 'data-test': 'message' }, h('p', {}, inLang(state.message)), h('p', { class: 'secondary' }, inOtherLang(state.message)))
      : null;
    // What the set-up could not do or wants the user to know (no tracker found, a feature this
    // Excel lacks, a wait for another user's run), kept until the next set-up.
    const warnings = state.setup?.warnings.length
      ? h('ul', { class: 'warnings', 'data-test': 'warnings' }, ...state.setup.warnings.map((w) => h('li', {}, inLang(w))))
      : null;

    root.append(
      h('header', {}, h('h1', {}, t('title')), langButton),
      h('div', { 'aria-live': 'polite' }, message, warnings),
      progressBox,
      h('section', {}, h('h2', {}, t('setupHeading')), h('p', { class: 'hint' }, t('setupHelp')), mappingEditor(), setupButton),
      h('section', {}, h('h2', {}, t('funnelHeading')), h('div', { class: 'field' }, h('label', { for: 'rep' }, t('repFilter')), repSelect), funnelButton, funnelView()),
    );
    renderProgress();
  }

  const ready = (async () => {
    try {
      state.lang = await bridge.displayLang();
    } catch {
      state.lang = 'en';
    }
    render();
    await refreshInfo();
  })();
  return { ready };
}
