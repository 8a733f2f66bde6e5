/** The coaching view as the built pane shows it, and as core computes it, in one shape to compare. */
import type { Page } from 'playwright-core';
import type { CoachingView } from '../../core/report/coaching';

export interface CoachCard {
  rep: string | null;
  open: number;
  milestones: (string | null)[];
  next: (string | null)[];
}

/** Each rep card the pane shows: the rep, open deals, each deal's milestone and next step. */
export function shownCoachCards(page: Page): Promise<CoachCard[]> {
  return page.$$eval('[data-test=coach-rep]', (els) =>
    els.map((el) => ({
      rep: el.getAttribute('data-rep'),
      open: Number(el.querySelector('[data-test=coach-open]')?.getAttribute('data-value')),
      milestones: Array.from(el.querySelectorAll('[data-test=deal-milestone]'), (d) => d.getAttribute('data-value')),
      next: Array.from(el.querySelectorAll('[data-test=deal-next]'), (d) => d.getAttribute('data-value')),
    })),
  );
}

/** The same cards from core's coaching view. */
export function coreCoachCards(view: CoachingView): CoachCard[] {
  return view.reps.map((r) => ({ rep: r.rep, open: r.openDeals, milestones: r.opportunities.map((o) => o.milestone.id), next: r.opportunities.map((o) => o.nextStep?.id ?? '') }));
}
