/**
 * The coaching view (辅导) as the pane shows it: core's coachingView (core/report/coaching.ts),
 * per rep the gaps in their activity, the weakest 5K factor over their open deals, the deals
 * ticked out of order or with signals ahead; per open deal its milestone, next step, weakest
 * factor and intensity. Stacked rows, not a wide table, so it fits a 300 px sidebar. Cell text
 * goes in as text; each figure also carries its value (data-value) for checking.
 */
import { dayIso } from '../core/cells/calendar';
import { SELLER_STEPS } from '../core/methodology/sellerSteps';
import type { CoachingView, FactorScore, Labelled, OpportunityCoaching, RepCoaching } from '../core/report/coaching';
import { lineList } from './blocks';
import type { Coaching } from './bridge';
import { h } from './dom';
import { formatPercent } from './format';
import { STRINGS, fill, type StringKey } from './strings';
import type { Words } from './words';

/** The ask for the business among the seller steps (S1–S6). */
const ASK_STEP = 'S5';
const ASK = SELLER_STEPS.findIndex((s) => s.id === ASK_STEP);

const named = (x: Labelled, w: Words) => `${x.id} ${w.inLang(x)}`;
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);
const factorText = (f: FactorScore, w: Words) => `${w.inLang(f)} ${Math.round(f.score * 10) / 10}`;

function line(test: string, text: string, value?: string | number): HTMLElement {
  return h('li', { 'data-test': test, 'data-value': value === undefined ? undefined : String(value) }, text);
}

/** What the rep does not do, as the lines of their card. */
function gaps(w: Words, r: RepCoaching, view: CoachingView): HTMLElement {
  const { t } = w;
  const f = (key: StringKey, params: Record<string, string | number>) => fill(t(key), params);
  const lines: HTMLElement[] = [];
  if (r.neverTaken.length > 0) {
    const steps = r.neverTaken.map((s) => named(s, w)).join(w.lang === 'zh' ? '、' : ', ');
    lines.push(line('coach-never', f('coachNever', { steps }), r.neverTaken.map((s) => s.id).join(' ')));
  }
  if (r.activity) {
    const share = r.activity.shares[ASK];
    const never = r.neverTaken.some((s) => s.id === ASK_STEP);
    const tail = never ? t('coachNeverAsks') : r.fewAsks ? t('coachFewAsks') : '';
    const item = line('coach-asks', f('coachAsks', { share: formatPercent(share), team: formatPercent(view.team.shares[ASK]) }) + tail, share);
    if (tail) item.classList.add('warn');
    lines.push(item);
  } else lines.push(line('coach-asks', t('coachNoActivity')));
  if (r.openDeals > 0) {
    const weakest = r.weakest;
    lines.push(
      weakest
        ? line('coach-weakest', f('coachWeakest', { factor: w.inLang(weakest), score: oneDecimal(weakest.score), n: r.assessedDeals }), `${weakest.key} ${weakest.score}`)
        : line('coach-weakest', t('coachNotAssessed')),
    );
    if (r.outOfOrderDeals > 0) lines.push(line('coach-order', f('coachOutOfOrder', { n: r.outOfOrderDeals }), r.outOfOrderDeals));
    if (r.signalsAheadDeals > 0) lines.push(line('coach-signals', f('coachSignals', { n: r.signalsAheadDeals }), r.signalsAheadDeals));
  }
  return h('ul', { class: 'coach-gaps' }, ...lines);
}

/** One label and its value, stacked in a two-column grid. */
function pair(label: string, test: string, text: string, value?: string | number): Node[] {
  return [h('dt', {}, label), h('dd', { 'data-test': test, 'data-value': value === undefined ? undefined : String(value) }, text)];
}

function deal(w: Words, o: OpportunityCoaching): HTMLElement {
  const { t } = w;
  const signal = o.signals.count === 0 ? null : `${o.signals.count}${o.signals.latest === '' || o.signals.latest === 0 ? '' : ` · ${dayIso(o.signals.latest)}`}${o.signalsAhead ? ' !' : ''}`;
  return h(
    'li',
    { class: 'coach-deal', 'data-test': 'coach-deal' },
    h('p', { class: 'deal-name' }, h('strong', { 'data-test': 'deal-opportunity' }, o.opportunity), o.customer ? ` · ${o.customer}` : ''),
    h(
      'dl',
      {},
      ...pair(t('colMilestone'), 'deal-milestone', named(o.milestone, w), o.milestone.id),
      ...pair(t('dealNext'), 'deal-next', o.nextStep ? named(o.nextStep, w) : t('allVerified'), o.nextStep?.id ?? ''),
      ...pair(t('dealWeakest'), 'deal-weakest', o.weakest ? factorText(o.weakest, w) : t('unassessed'), o.weakest ? `${o.weakest.key} ${o.weakest.score}` : ''),
      ...pair(t('dealIntensity'), 'deal-intensity', o.intensity === null ? '—' : `${o.intensity} · 5K ${o.fiveK?.toFixed(3)}`, o.intensity ?? ''),
      ...(o.outOfOrder.length > 0 ? pair(t('dealOrder'), 'deal-order', o.outOfOrder.map((k) => k.id).join(' ')) : []),
      ...(signal ? pair(t('dealSignals'), 'deal-signals', signal, o.signals.count) : []),
    ),
  );
}

function repCard(w: Words, r: RepCoaching, view: CoachingView): HTMLElement {
  const name = r.rep === '' ? w.t('unassigned') : r.rep;
  return h(
    'article',
    { class: 'coach-rep', 'data-test': 'coach-rep', 'data-rep': r.rep },
    h('h3', {}, h('span', { 'data-test': 'coach-name' }, name), ' · ', h('span', { 'data-test': 'coach-open', 'data-value': String(r.openDeals) }, fill(w.t('coachOpen'), { n: r.openDeals }))),
    gaps(w, r, view),
    r.openDeals > 0 ? h('ul', { class: 'coach-deals' }, ...r.opportunities.map((o) => deal(w, o))) : h('p', { class: 'hint' }, w.t('coachNoDeals')),
  );
}

/**
 * The coaching view: undefined (not asked yet) draws nothing; null (not set up) says so in both
 * languages; an unknown rep names the reps there are.
 */
export function coachingSection(w: Words, coaching: Coaching | undefined, rep: string): HTMLElement | null {
  if (coaching === undefined) return null;
  if (coaching === null) {
    return h('div', { class: 'notice', role: 'status', 'data-test': 'coach-not-set-up' }, h('p', {}, w.inLang(STRINGS.coachNotSetUp)), h('p', { class: 'secondary' }, w.inOtherLang(STRINGS.coachNotSetUp)));
  }
  const parts: (HTMLElement | null)[] = [
    h('p', { class: 'coach-team', 'data-test': 'coach-team', 'data-value': coaching.team.shares.join(' ') }, `${w.t('coachTeam')} S1–S6: ${coaching.team.shares.map(formatPercent).join(' ')}`),
  ];
  if (coaching.reps.length === 0 && rep !== '') parts.push(h('p', { class: 'notice', role: 'status', 'data-test': 'coach-unknown' }, fill(w.t('coachUnknownRep'), { rep, reps: coaching.allReps.join(w.lang === 'zh' ? '、' : ', ') })));
  parts.push(...coaching.reps.map((r) => repCard(w, r, coaching)));
  parts.push(lineList(w, { class: 'findings', 'data-test': 'coach-warnings' }, coaching.warnings));
  return h('div', { class: 'coach', 'data-test': 'coaching' }, ...parts);
}
