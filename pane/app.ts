/**
 * The task pane (Excel) and sidebar (Sheets): one UI, one bridge per host. Before set-up it
 * shows the list it will take — the sheet (another can be picked), each column or what its
 * absence costs, the warnings — then sets the workbook up with that list, generates the funnel
 * with a rep filter, and shows progress and results. Every cell-derived text is set as text.
 */
import type { Lang } from '../core/methodology/bilingual';
import type { TrackerField, TrackerMapping } from '../core/layout/types';
import { MAPPED_FIELDS, type FunnelSummary, type PaneBridge, type Progress, type SetupSummary, type WorkbookInfo } from './bridge';
import { clear, h } from './dom';
import { formatMoney, formatPercent, toFailure } from './format';
import { say } from '../core/messages';
import { FIELD_LABELS, STRINGS, fill, type StringKey } from './strings';

/** Where a message belongs: next to the action it answers, or at the top (reading the workbook). */
type Place = 'top' | 'setup' | 'funnel';

interface State {
  lang: Lang;
  info: WorkbookInfo | null;
  mapping: TrackerMapping | null;
  /** The sheet the user picked as holding the list; undefined: the detected list. */
  pick: string | undefined;
  busy: boolean;
  progress: Progress | null;
  message: { kind: 'ok' | 'error'; at: Place; zh: string; en: string } | null;
  setup: SetupSummary | null;
  funnel: FunnelSummary | null;
  rep: string;
}

/** Warnings about a missing column: left out once the user maps that column. */
const FIELD_OF_WARNING: Readonly<Record<string, TrackerField>> = { TRACKER_NO_AMOUNT: 'amount', TRACKER_NO_REP: 'rep' };
/** Fields whose absence changes the numbers (the others lose a copy or nothing). */
const SERIOUS: readonly TrackerField[] = ['opportunity', 'customer', 'rep', 'amount'];

export function mountPane(root: HTMLElement, bridge: PaneBridge): { ready: Promise<void> } {
  const state: State = { lang: 'zh', info: null, mapping: null, pick: undefined, busy: false, progress: null, message: null, setup: null, funnel: null, rep: '' };
  /** The control the user last used (its id or data-test), focused again after each redraw. */
  let focusKey: string | null = null;
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
    render();
  }

  async function run<T>(at: Place, work: (onProgress: (p: Progress) => void) => Promise<T>, done: (result: T) => void): Promise<void> {
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
      state.message = { kind: 'error', at, zh: f.zh, en: f.en };
    } finally {
      state.busy = false;
      state.progress = null;
      render();
    }
  }

  function runSetup(): Promise<void> {
    return run(
      'setup',
      // The list and columns shown are the ones set up: the detected list, or the one on the sheet picked.
      (onProgress) => bridge.setup({ lang: state.lang, mapping: state.mapping }, onProgress),
      (summary) => {
        state.setup = summary;
        state.message = { kind: 'ok', at: 'setup', ...say('DONE_SETUP', { sheets: summary.tabsAdded.length, opps: summary.opportunitiesAdded }) };
      },
    ).then(() => refreshInfo());
  }

  function runFunnel(): Promise<void> {
    return run(
      'funnel',
      (onProgress) => bridge.funnel({ lang: state.lang, rep: state.rep || undefined }, onProgress),
      (summary) => {
        state.funnel = summary;
        const tab = state.setup?.tabs.funnel ?? (state.lang === 'zh' ? '漏斗' : 'Funnel');
        state.message = { kind: 'ok', at: 'funnel', zh: fill(STRINGS.funnelDone.zh, { tab }), en: fill(STRINGS.funnelDone.en, { tab }) };
      },
    );
  }

  /** Reads the workbook again: the list on the sheet picked, or the detected one. `picked`: the user just chose the sheet. */
  async function refreshInfo(picked = false): Promise<void> {
    try {
      const info = await bridge.inspect(state.pick === undefined ? undefined : { sheet: state.pick });
      state.info = info;
      // Keep a mapping the user already edited on the same sheet; take the one read otherwise.
      if (picked || !state.mapping || state.mapping.sheet !== info.mapping?.sheet) state.mapping = info.mapping;
    } catch (e) {
      const f = toFailure(e);
      state.message = { kind: 'error', at: 'top', zh: f.zh, en: f.en };
    }
    render();
  }

  async function pickSheet(sheet: string): Promise<void> {
    if (state.busy) return;
    state.pick = sheet === '' ? undefined : sheet;
    state.message = null;
    state.busy = true;
    render();
    try {
      await refreshInfo(true);
    } finally {
      state.busy = false;
      render();
    }
  }

  const progressBox = h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100' });

  function renderProgress(): void {
    clear(progressBox);
    const p = state.progress;
    progressBox.hidden = !p;
    if (!p) return;
    const pct = Math.round(Math.max(0, Math.min(1, p.done)) * 100);
    progressBox.setAttribute('aria-valuenow', String(pct));
    progressBox.setAttribute('aria-label', t('progressLabel'));
    progressBox.setAttribute('aria-valuetext', inLang(p));
    progressBox.appendChild(h('div', { class: 'progress-track' }, h('div', { class: 'progress-bar', style: `width:${pct}%` })));
    progressBox.appendChild(h('div', { class: 'progress-text' }, inLang(p)));
  }

  /** The sheets the list may be on, the likeliest first, each with why (core's trackerView). */
  function sheetPicker(): HTMLElement {
    const select = h('select', { id: 'tracker-sheet', 'data-test': 'tracker-sheet', disabled: state.busy });
    const current = state.mapping?.sheet ?? state.pick;
    if (current === undefined) select.appendChild(h('option', { value: '', selected: true }, t('pickSheet')));
    for (const o of state.info?.tracker.options ?? []) {
      select.appendChild(h('option', { value: o.sheet, selected: o.sheet === current }, `${o.sheet} — ${inLang(o.why)}`));
    }
    select.addEventListener('change', () => void pickSheet(select.value));
    return h('div', { class: 'field stacked' }, h('label', { for: 'tracker-sheet' }, t('sheetLabel')), select);
  }

  /** One field: the header taken (a select to change it), or not found and what that costs. */
  function fieldRow(mapping: TrackerMapping, field: TrackerField): HTMLElement[] {
    const id = `map-${field}`;
    const select = h('select', { id, 'data-field': field, disabled: state.busy });
    select.appendChild(h('option', { value: '' }, t('notMapped')));
    (state.info?.headers ?? []).forEach((text, col) => {
      if (text) select.appendChild(h('option', { value: String(col), selected: mapping.columns[field] === col }, text));
    });
    select.addEventListener('change', () => setMapping(field, select.value === '' ? null : Number(select.value)));
    const row = h('div', { class: 'field' }, h('label', { for: id }, FIELD_LABELS[field][state.lang]), select);
    const cost = state.info?.tracker.costs[field];
    if (mapping.columns[field] !== undefined || !cost) return [row];
    return [row, h('p', { class: SERIOUS.includes(field) ? 'cost warn' : 'cost', 'data-test': `cost-${field}` }, `${t('notFound')}${inLang(cost)}`)];
  }

  /** What the set-up will say of the list, as the command line says it; a warning about a column the user has since mapped left out. */
  function findings(): HTMLElement | null {
    const mapping = state.mapping;
    const shown = (state.info?.tracker.findings ?? []).filter((w) => {
      if (w.code === 'TRACKER_NOT_FOUND') return false; // the notice above the sheets says it
      const field = FIELD_OF_WARNING[w.code];
      return !field || !mapping || mapping.columns[field] === undefined;
    });
    return shown.length ? h('ul', { class: 'findings', 'data-test': 'findings' }, ...shown.map((w) => h('li', {}, inLang(w)))) : null;
  }

  /** The list the set-up will take, before it runs: the sheet and the choice of another, each field, the warnings. */
  function trackerSection(): HTMLElement {
    const mapping = state.mapping;
    const view = state.info?.tracker;
    const parts: (HTMLElement | null)[] = [];
    if (view?.problem) parts.push(h('p', { class: 'notice', role: 'status', 'data-test': 'tracker-problem' }, inLang(view.problem)));
    else if (state.info && !mapping) parts.push(h('p', { class: 'notice', role: 'status', 'data-test': 'tracker-missing' }, t('trackerMissing')));
    parts.push(sheetPicker());
    if (mapping) {
      // The list as read; after the user picked a sheet with no list recognised, its sheet only.
      const list = view?.list && !view.problem ? inLang(view.list) : mapping.sheet;
      const rows = view?.rows;
      parts.push(
        h('p', { 'data-test': 'tracker-found' }, `${t('trackerFound')} `, h('strong', {}, list), rows === null || rows === undefined ? '' : ` · ${fill(t('trackerRows'), { rows })}`),
        h('h3', {}, t('mappingHeading')),
        ...MAPPED_FIELDS.flatMap((f) => fieldRow(mapping, f)),
      );
    }
    parts.push(findings());
    return h('div', { class: 'tracker', 'data-test': 'tracker' }, ...parts);
  }

  /** What moved since the last review, and the deals the milestone tab flags (past due, stale, won before M6), as text. */
  function movementView(): HTMLElement | null {
    const lines = [...(state.funnel?.review ?? []), ...(state.funnel?.attention ?? [])];
    return lines.length ? h('ul', { class: 'refreshed', 'data-test': 'movement' }, ...lines.map((w) => h('li', {}, inLang(w)))) : null;
  }

  /** The forecast by period of expected close, as the funnel tab's period table shows it. */
  function periodsView(): HTMLElement | null {
    const periods = state.funnel?.periods ?? [];
    if (periods.length === 0) return null;
    const head = h('tr', {}, ...[t('colPeriod'), t('colCount'), t('colWeighted'), t('colWon')].map((c) => h('th', { scope: 'col' }, c)));
    const body = periods.map((p) => h('tr', { 'data-test': 'period-row' }, h('th', { scope: 'row', title: inOtherLang(p) }, inLang(p)), h('td', {}, String(p.count)), h('td', {}, formatMoney(p.weighted, state.lang)), h('td', {}, formatMoney(p.won, state.lang))));
    return h('table', { class: 'by-period', 'aria-label': t('periodsHeading') }, h('caption', {}, t('periodsHeading')), h('thead', {}, head), h('tbody', {}, ...body));
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
      periodsView(),
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

  /** The message answering an action, if it belongs at `at`. */
  function messageAt(at: Place): HTMLElement | null {
    const m = state.message;
    if (!m || m.at !== at) return null;
    return h('div', { class: `message ${m.kind}`, role: m.kind === 'error' ? 'alert' : 'status', 'data-test': 'message' }, h('p', {}, inLang(m)), h('p', { class: 'secondary' }, inOtherLang(m)));
  }

  /** Remembers the control in use, so that a redraw gives the focus back to it. */
  function keyOf(el: Element | null): string | null {
    if (!el || !root.contains(el) || el === root) return null;
    return el.id ? `#${el.id}` : el.getAttribute('data-test') ? `[data-test="${el.getAttribute('data-test')}"]` : null;
  }

  function render(): void {
    focusKey = keyOf(document.activeElement) ?? focusKey;
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
      repSelect.appendChild(h('option', { value: rep, selected: rep === state.rep }, rep));
    }
    repSelect.addEventListener('change', () => (state.rep = repSelect.value));
    const funnelButton = h('button', { type: 'button', class: 'primary', 'data-test': 'funnel-run', disabled: state.busy }, t('runFunnel'));
    funnelButton.addEventListener('click', () => void runFunnel());

    // What the set-up could not do or wants the user to know (a feature this Excel lacks, a
    // wait for another user's run), kept until the next set-up.
    const warnings = state.setup?.warnings.length
      ? h('ul', { class: 'warnings', 'data-test': 'warnings' }, ...state.setup.warnings.map((w) => h('li', {}, inLang(w))))
      : null;
    // What the tracker changed on the opportunities already set up (amounts, reps, dates, statuses, removed).
    const refreshed = state.setup?.refreshed?.length
      ? h('ul', { class: 'refreshed', 'data-test': 'refreshed' }, ...state.setup.refreshed.map((w) => h('li', {}, inLang(w))))
      : null;

    root.append(
      h('header', {}, h('h1', {}, t('title')), langButton),
      h('div', { 'aria-live': 'polite' }, messageAt('top')),
      progressBox,
      h(
        'section',
        {},
        h('h2', {}, t('setupHeading')),
        h('p', { class: 'hint' }, t('setupHelp')),
        trackerSection(),
        setupButton,
        h('div', { 'aria-live': 'polite' }, messageAt('setup'), refreshed, warnings),
      ),
      h(
        'section',
        {},
        h('h2', {}, t('funnelHeading')),
        h('div', { class: 'field' }, h('label', { for: 'rep' }, t('repFilter')), repSelect),
        funnelButton,
        h('div', { 'aria-live': 'polite' }, messageAt('funnel')),
        movementView(),
        funnelView(),
      ),
    );
    renderProgress();
    const again = focusKey ? root.querySelector<HTMLElement>(focusKey) : null;
    if (again && !(again as HTMLButtonElement).disabled) again.focus();
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
