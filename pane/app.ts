/**
 * The task pane (Excel) and sidebar (Sheets): one UI, one bridge per host. Before set-up it
 * shows the list it will take — the sheet (another can be picked), each column or what its
 * absence costs, the warnings — then sets the workbook up with that list, generates the funnel
 * with a rep filter, and shows progress and results. Every cell-derived text is set as text.
 */
import type { Lang } from '../core/methodology/bilingual';
import type { TrackerField, TrackerMapping } from '../core/layout/types';
import type { Coaching, FunnelSummary, PaneBridge, Progress, SetupSummary, WorkbookInfo } from './bridge';
import { lineList } from './blocks';
import { coachingSection } from './coachingView';
import { clear, h } from './dom';
import { toFailure } from './format';
import { funnelView, movementView } from './funnelResults';
import { say } from '../core/messages';
import { STRINGS, fill, type StringKey } from './strings';
import { trackerSection } from './trackerSection';
import type { Words } from './words';

/** Where a message belongs: next to the action it answers, or at the top (reading the workbook). */
type Place = 'top' | 'setup' | 'funnel' | 'coach';

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
  /** The coaching view shown: undefined until asked; null when the workbook is not set up. */
  coaching: Coaching | undefined;
  /** The rep the coaching view shown was asked for. */
  coachedRep: string;
  rep: string;
}

export function mountPane(root: HTMLElement, bridge: PaneBridge): { ready: Promise<void> } {
  const state: State = { lang: 'zh', info: null, mapping: null, pick: undefined, busy: false, progress: null, message: null, setup: null, funnel: null, coaching: undefined, coachedRep: '', rep: '' };
  /** The control the user last used (its id or data-test), focused again after each redraw. */
  let focusKey: string | null = null;
  root.classList.add('pcss-pane', `host-${bridge.host}`);
  /** The pane's own label `key` in the user's language. */
  const t = (key: StringKey) => STRINGS[key][state.lang];
  const inLang = (m: { zh: string; en: string }) => (state.lang === 'zh' ? m.zh : m.en);
  const inOtherLang = (m: { zh: string; en: string }) => (state.lang === 'zh' ? m.en : m.zh);
  /** The same words for the sections drawn in their own files (the language may change between two redraws). */
  const words = (): Words => ({ lang: state.lang, t, inLang, inOtherLang });

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
      (onProgress) => bridge.funnel({ lang: state.lang, rep: state.rep || undefined, mapping: state.mapping }, onProgress),
      (summary) => {
        state.funnel = summary;
        const tab = state.setup?.tabs.funnel ?? (state.lang === 'zh' ? '漏斗' : 'Funnel');
        state.message = { kind: 'ok', at: 'funnel', zh: fill(STRINGS.funnelDone.zh, { tab }), en: fill(STRINGS.funnelDone.en, { tab }) };
      },
    );
  }

  function runCoach(): Promise<void> {
    const rep = state.rep;
    return run(
      'coach',
      () => bridge.coach({ lang: state.lang, rep: rep || undefined }),
      (coaching) => {
        state.coaching = coaching;
        state.coachedRep = rep;
        if (!coaching) return;
        const deals = coaching.reps.reduce((n, r) => n + r.openDeals, 0);
        const params = { reps: coaching.reps.length, deals };
        state.message = { kind: 'ok', at: 'coach', zh: fill(STRINGS.coachDone.zh, params), en: fill(STRINGS.coachDone.en, params) };
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

  // Labelled from the start (and again on each redraw, in the language shown), never a bare bar.
  const progressBox = h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-label': STRINGS.progressLabel.zh });

  function renderProgress(): void {
    clear(progressBox);
    progressBox.setAttribute('aria-label', t('progressLabel'));
    const p = state.progress;
    progressBox.hidden = !p;
    if (!p) return;
    const pct = Math.round(Math.max(0, Math.min(1, p.done)) * 100);
    progressBox.setAttribute('aria-valuenow', String(pct));
    progressBox.setAttribute('aria-valuetext', inLang(p));
    progressBox.appendChild(h('div', { class: 'progress-track' }, h('div', { class: 'progress-bar', style: `width:${pct}%` })));
    progressBox.appendChild(h('div', { class: 'progress-text' }, inLang(p)));
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
    const coachButton = h('button', { type: 'button', class: 'primary', 'data-test': 'coach-run', disabled: state.busy }, t('runCoach'));
    coachButton.addEventListener('click', () => void runCoach());

    // What the set-up could not do or wants the user to know (a feature this Excel lacks, a
    // wait for another user's run), kept until the next set-up.
    const warnings = lineList(words(), { class: 'warnings', 'data-test': 'warnings' }, state.setup?.warnings ?? []);
    // What the tracker changed on the opportunities already set up (amounts, reps, dates, statuses, removed).
    const refreshed = lineList(words(), { class: 'refreshed', 'data-test': 'refreshed' }, state.setup?.refreshed ?? []);

    root.append(
      h('header', {}, h('h1', {}, t('title')), langButton),
      h('div', { 'aria-live': 'polite' }, messageAt('top')),
      progressBox,
      h(
        'section',
        {},
        h('h2', {}, t('setupHeading')),
        h('p', { class: 'hint' }, t('setupHelp')),
        trackerSection(words(), state, { pickSheet: (sheet) => void pickSheet(sheet), setMapping }),
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
        ...movementView(words(), state.funnel),
        funnelView(words(), state.funnel),
      ),
      // The same rep filter as the funnel's, above: the coaching view of that rep, or of every rep.
      h(
        'section',
        { 'aria-labelledby': 'coach-heading' },
        h('h2', { id: 'coach-heading' }, t('coachHeading')),
        h('p', { class: 'hint' }, t('coachHelp')),
        coachButton,
        h('div', { 'aria-live': 'polite' }, messageAt('coach')),
        coachingSection(words(), state.coaching, state.coachedRep),
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
