import { funnelRep, planFunnel } from '../layout/funnelTab';
import { evaluateMilestones, type MilestoneEvaluation } from '../layout/milestoneEvaluation';
import type { Plan, PlanWarning, WorkbookSnapshot } from '../layout/types';
import type { Lang } from '../methodology/bilingual';
import { funnelSummary } from '../report/summaries';
import { then, type Later, type Mode } from './flow';
import { guarded, readStage } from './guard';
import type { PortRead, RunPort } from './port';
import { stageProgress } from './progress';
import { attentionLines, periodLines, reviewLines, runSummary, type FunnelSummary } from './summary';
import { writeStage } from './write';

export interface FunnelRequest {
  readonly lang?: Lang;
  /** One rep's funnel; the funnel tab's filter cell when absent. */
  readonly rep?: string;
  /** ISO yyyy-mm-dd of the history row; the host's today when absent. */
  readonly date?: string;
}

/**
 * "Generate funnel": read what the funnel needs → plan the funnel tab's formulas and chart and one
 * dated history row, and what moved since the last run (the Changes tab, the milestone tab's
 * recorded cells) → the host writes the plan → done. What the pane shows is computed from the
 * same read.
 */
export function runFunnel<R extends PortRead, M extends Mode>(port: RunPort<R, M>, request: FunnelRequest = {}, marks = { wrote: false }): Later<M, FunnelSummary> {
  return guarded(port, marks, () =>
    then(readStage(port, { action: 'funnel', rep: request.rep }), (read) => {
      port.progress(stageProgress('plan', port.document));
      const source = read.source ?? 'checklist';
      const date = request.date ?? port.today();
      // The milestone tab evaluated once, for the plan and for what the run shows.
      const rep = funnelRep(read.snapshot, request.rep);
      const evaluation = evaluateMilestones(read.snapshot, rep, source);
      const plan = planFunnel(read.snapshot, { lang: request.lang, rep: request.rep, date, source }, evaluation);
      return then(writeStage(port, [plan], read, marks), (notes) => funnelRunSummary(plan, notes, read.snapshot, evaluation));
    }),
  );
}

/** What a funnel run answers: the plan's summary, the funnel as the pane shows it (from the evaluation the plan was made with), what moved, what is flagged, the periods. */
export function funnelRunSummary(plan: Plan, notes: readonly PlanWarning[], snapshot: WorkbookSnapshot, evaluation: MilestoneEvaluation): FunnelSummary {
  const view = funnelSummary(snapshot, evaluation);
  return {
    ...runSummary(plan, notes),
    opportunitiesAdded: 0,
    totals: { count: view.count, amount: view.amount, forecast: view.forecast },
    rep: evaluation.rep,
    view,
    review: reviewLines(plan.review),
    attention: attentionLines(plan.attention),
    periods: periodLines(plan.periods),
  };
}
