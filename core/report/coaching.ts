/**
 * The coaching view (辅导): what a manager reads per rep and per open deal, computed from a set-up
 * workbook's own tabs by core's functions — the activity mix (activityMix.ts) over the activity
 * tab, the 5K scores (rubric.ts, intensity.ts) over the sales intensity tab's levels, the
 * checklist rules (checklist.ts, tabRules.ts) over the milestone tab's ticks. Plain data: the
 * command line prints it (`pcss coach`), and the pane and the sidebar can show the same view.
 */
import { activityMix, FEW_ASKS_RATIO, type ActivityInput } from '../activityMix';
import { milestoneLevel, nextStep, outOfOrderItems } from '../checklist';
import { MethodError, isMethodError } from '../errors';
import { fiveKIndex, salesIntensity, weakestFactor } from '../intensity';
import type { Bilingual } from '../methodology/bilingual';
import { FACTORS, type FactorKey } from '../methodology/factors';
import { MILESTONE_BY_LEVEL } from '../methodology/milestones';
import { SELLER_STEPS } from '../methodology/sellerSteps';
import { rubricScore } from '../rubric';
import { isBlank } from '../cells/cellValue';
import { tabStatus } from '../layout/dealStatus';
import { milestoneTabRows } from '../layout/milestoneEvaluation';
import { inputColumn } from '../layout/intensityTab';
import { MS } from '../layout/milestonesTab';
import { rowKey } from '../layout/rowKeys';
import { FIRST_DATA_ROW, findOurTabs } from '../layout/tabs';
import { readTabTicks, repKey, repLabel } from '../layout/tabRules';
import { cellValue } from '../layout/tracker';
import type { SheetSnapshot, WorkbookSnapshot } from '../layout/types';
import { NO_SIGNALS, signalSummaries, signalsAhead, visitDealKey, type SignalSummary } from '../buyingSignalRules';
import { readVisits } from '../layout/signalColumns';
import { ACT, loggedCounts, readStepVisits } from '../layout/activityTab';
import { cellFormula } from '../layout/snapshotCell';

/** A seller step, a checklist item or a milestone: its id and its label in both languages. */
export interface Labelled extends Bilingual {
  readonly id: string;
}

export interface FactorScore extends Bilingual {
  readonly key: FactorKey;
  /** The factor's score, 0..20 (across deals: their average). */
  readonly score: number;
}

export interface OpportunityCoaching {
  readonly opportunity: string;
  readonly customer: string;
  /** The milestone reached (strict gating), M0 not qualified to M6. */
  readonly milestone: Labelled;
  /** The first checklist item not verified; null when all 22 are. */
  readonly nextStep: Labelled | null;
  /** Items ticked while an earlier one is not: they do not count yet. */
  readonly outOfOrder: readonly Labelled[];
  /** The weakest 5K factor (core's weakestFactor); null when no level is entered on the intensity tab, or one cannot be read. */
  readonly weakest: FactorScore | null;
  /** Sales intensity 0..100 and the 5K index 0..1, as the intensity tab's formulas give them; null as weakest. */
  readonly intensity: number | null;
  readonly fiveK: number | null;
  /** Visits of the deal with a buying signal on the visit report, and the latest one's day number (as the milestone tab's signal columns). */
  readonly signals: SignalSummary;
  /** Signals while the deal is at M2 or before: the checklist may be behind the conversation (buyingSignalRules.ts). */
  readonly signalsAhead: boolean;
}

export interface RepCoaching {
  readonly rep: string;
  /** The rep's S1–S6 counts, their total and shares; null when the activity tab has no row for the rep. */
  readonly activity: { readonly counts: readonly number[]; readonly total: number; readonly shares: readonly number[] } | null;
  /** Steps the rep never takes while the team does (an ask for the business among them when the rep never asks). */
  readonly neverTaken: readonly Labelled[];
  /** Asks for the business (S5) far below the team's rate: under FEW_ASKS_RATIO of the team's share. */
  readonly fewAsks: { readonly share: number; readonly teamShare: number } | null;
  readonly openDeals: number;
  /** Open deals with at least one 5K level entered (and all readable). */
  readonly assessedDeals: number;
  /** The weakest factor across those deals: the lowest average score, ties in factor order. */
  readonly weakest: FactorScore | null;
  /** Open deals with out-of-order ticks. */
  readonly outOfOrderDeals: number;
  /** Open deals showing buying signals at an early milestone. */
  readonly signalsAheadDeals: number;
  /** The rep's open deals, in the milestone tab's order. */
  readonly opportunities: readonly OpportunityCoaching[];
}

export interface CoachingView {
  /** The reps shown (one with a rep filter), the milestone tab's order, then reps only on the activity tab. */
  readonly reps: readonly RepCoaching[];
  /** Every rep in the workbook, whatever the filter (to say which exist when a name is unknown). */
  readonly allReps: readonly string[];
  /** The team's S1–S6 counts and shares (core's activity mix). */
  readonly team: { readonly counts: readonly number[]; readonly shares: readonly number[] };
  /** "Far below": a rep's share of asks under this fraction of the team's. */
  readonly fewAsksRatio: number;
  /** Cells read as nothing, and why (a count that is no whole number, a level that is not the rubric's). */
  readonly warnings: readonly Bilingual[];
}

const label = (x: { id: string; zh: string; en: string }): Labelled => ({ id: x.id, zh: x.zh, en: x.en });
const text = (v: unknown): string => (isBlank(v) ? '' : String(v).trim());

function rowValues(sheet: SheetSnapshot, r: number): unknown[] {
  return (sheet.rows[r] ?? []).map(cellValue);
}

function atRow(sheet: string, row: number, e: MethodError, zhTail: string, enTail: string): Bilingual {
  return { zh: `“${sheet}”第 ${row + 1} 行:${e.zh}${zhTail}`, en: `row ${row + 1} of "${sheet}": ${e.en}${enTail}` };
}

/**
 * The activity tab's rows as core's activity mix takes them, as the tab counts them: typed plus
 * logged (activityTab.ts). A logged cell holding its formula is counted from the visit report; a
 * number typed over it is taken as typed. A count that is no whole number of 0 or more counts 0, said.
 */
function activityRows(sheet: SheetSnapshot | undefined, visits: SheetSnapshot | undefined, names: Map<string, string>, warnings: Bilingual[]): ActivityInput[] {
  if (!sheet) return [];
  const out: ActivityInput[] = [];
  const logged = loggedCounts(readStepVisits(visits));
  const count = (r: number, v: unknown, step: Labelled): number => {
    if (isBlank(v)) return 0;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
    warnings.push(atRow(sheet.name, r, new MethodError('COUNT_INVALID', { what: step.zh, whatEn: step.en, value: String(v) }), ',按 0 计', '; counted as 0'));
    return 0;
  };
  for (let r = FIRST_DATA_ROW; r < sheet.rows.length; r++) {
    const values = rowValues(sheet, r);
    const key = repKey(values[ACT.rep]);
    if (key === '') continue;
    if (!names.has(key)) names.set(key, repLabel(values[ACT.rep]));
    const counts = SELLER_STEPS.map((step, s) => {
      const cell = sheet.rows[r]?.[ACT.firstLogged + s] ?? null;
      const fromVisits = cellFormula(cell) !== null ? logged.get(key)?.[s] ?? 0 : count(r, cellValue(cell), step);
      return count(r, values[ACT.firstTyped + s], step) + fromVisits;
    });
    out.push({ rep: key, counts });
  }
  return out;
}

interface Scored {
  readonly scores: number[] | null;
}

/** The intensity tab's rows by opportunity and customer (the n-th such row for the n-th on the milestone tab), scored as its formulas score them. */
function intensityScores(sheet: SheetSnapshot | undefined, warnings: Bilingual[]): Map<string, Scored[]> {
  const byKey = new Map<string, Scored[]>();
  if (!sheet) return byKey;
  for (let r = FIRST_DATA_ROW; r < sheet.rows.length; r++) {
    const values = rowValues(sheet, r);
    const key = rowKey([values[MS.opportunity], values[MS.customer]]);
    if (key.replace(/\u241f/g, '') === '') continue;
    let scored: Scored;
    const levels = FACTORS.map((f) => values[inputColumn(f.key, 'level')]);
    if (levels.every(isBlank)) scored = { scores: null };
    else {
      try {
        // As the tab's score formulas: a blank level scores 0; the role picks the rubric's column.
        const scores = FACTORS.map((f, i) => {
          if (isBlank(levels[i])) return 0;
          const role = f.byRole ? values[inputColumn(f.key, 'role')] : undefined;
          return rubricScore(f.key, levels[i], isBlank(role) ? undefined : role);
        });
        scored = { scores };
      } catch (e) {
        if (!isMethodError(e)) throw e;
        warnings.push(atRow(sheet.name, r, e, ',此机会不计入 5K 辅导', '; this deal is left out of the 5K coaching'));
        scored = { scores: null };
      }
    }
    const list = byKey.get(key);
    if (list) list.push(scored);
    else byKey.set(key, [scored]);
  }
  return byKey;
}

function factorScore(scores: readonly number[], divisor = 1): FactorScore {
  const f = weakestFactor(scores);
  return { key: f.key, zh: f.zh, en: f.en, score: scores[FACTORS.indexOf(f)] / divisor };
}

/**
 * The coaching view of a set-up workbook, for every rep or the one named (compared as the funnel
 * compares reps: trimmed, case ignored). The team's rates are always the whole team's. Open
 * deals only (status blank or 进行中 / Open): a won or lost deal needs no next step.
 */
export function coachingView(snapshot: WorkbookSnapshot, rep?: string): CoachingView {
  const tabs = findOurTabs(snapshot);
  if (!tabs.get('milestones')) throw new MethodError('NOT_SET_UP');
  const warnings: Bilingual[] = [];
  const names = new Map<string, string>();
  const deals = new Map<string, { deal: OpportunityCoaching; scores: number[] | null }[]>();
  const scored = intensityScores(tabs.get('intensity')?.sheet, warnings);
  const signals = signalSummaries(readVisits(tabs.get('visits')?.sheet));
  const seen = new Map<string, number>();

  for (const { values } of milestoneTabRows(snapshot)) {
    const key = repKey(values[MS.rep]);
    if (!names.has(key)) names.set(key, repLabel(values[MS.rep]));
    const dealKey = rowKey([values[MS.opportunity], values[MS.customer]]);
    const occurrence = seen.get(dealKey) ?? 0;
    seen.set(dealKey, occurrence + 1);
    if (tabStatus(values[MS.status]) !== 'open') continue;
    const { verified } = readTabTicks(values);
    const next = nextStep(verified);
    const scores = scored.get(dealKey)?.[occurrence]?.scores ?? null;
    const level = milestoneLevel(verified);
    const signal = signals.get(visitDealKey(values[MS.opportunity], values[MS.customer])) ?? NO_SIGNALS;
    const deal: OpportunityCoaching = {
      opportunity: text(values[MS.opportunity]),
      customer: text(values[MS.customer]),
      milestone: label(MILESTONE_BY_LEVEL[level]),
      nextStep: next ? label(next) : null,
      outOfOrder: outOfOrderItems(verified).map(label),
      weakest: scores ? factorScore(scores) : null,
      intensity: scores ? salesIntensity(scores) : null,
      fiveK: scores ? fiveKIndex(scores) : null,
      signals: signal,
      // An open deal is in the forecast (1), as the milestone tab's in-forecast column says.
      signalsAhead: signalsAhead(level, 1, signal.count),
    };
    const list = deals.get(key);
    if (list) list.push({ deal, scores });
    else deals.set(key, [{ deal, scores }]);
  }

  const mix = activityMix(activityRows(tabs.get('activity')?.sheet, tabs.get('visits')?.sheet, names, warnings));
  const activity = new Map(mix.reps.map((r) => [r.rep, r]));
  const wanted = rep === undefined ? null : repKey(rep);
  const reps: RepCoaching[] = [];
  for (const [key, name] of names) {
    if (wanted !== null && key !== wanted) continue;
    const open = deals.get(key) ?? [];
    const a = activity.get(key);
    const withScores = open.flatMap((d) => (d.scores ? [d.scores] : []));
    const sums = FACTORS.map((_, i) => withScores.reduce((sum, scores) => sum + scores[i], 0));
    const few = a?.gaps.find((g) => g.kind === 'fewAsks');
    reps.push({
      rep: name,
      activity: a ? { counts: a.counts, total: a.total, shares: a.shares } : null,
      neverTaken: (a?.gaps ?? []).filter((g) => g.kind === 'never').map((g) => label(g.step)),
      fewAsks: few && few.kind === 'fewAsks' ? { share: few.repShare, teamShare: few.teamShare } : null,
      openDeals: open.length,
      assessedDeals: withScores.length,
      weakest: withScores.length > 0 ? factorScore(sums, withScores.length) : null,
      outOfOrderDeals: open.filter((d) => d.deal.outOfOrder.length > 0).length,
      signalsAheadDeals: open.filter((d) => d.deal.signalsAhead).length,
      opportunities: open.map((d) => d.deal),
    });
  }
  return {
    reps,
    allReps: [...names.values()].filter((n) => n !== ''),
    team: { counts: mix.teamCounts, shares: mix.teamShares },
    fewAsksRatio: FEW_ASKS_RATIO,
    warnings,
  };
}
