import { describeScenarios } from '../scenarios/describeScenarios';
import { SheetsFakeHost } from './sheetsHost';

describeScenarios('set-up scenarios on the Sheets host (built Code.js in a vm, fake Sheets)', () => new SheetsFakeHost(), {
  hostChecks: (host) => {
    // Calls depend on the tabs, never on the rows (see bench/gsheets.bench.ts for the counts);
    // the milestone tab's status dropdown and in-forecast column, the funnel's period and
    // accuracy tables, the first funnel's forecast record tab, the hidden 已记录 column, dates as
    // dates and the funnel tab shown at the end (issues 13 and 14)
    // cost a few more.
    // The team design and control points tabs (issue 18) cost 27 more on a first set-up (212 → 239);
    // the buying signals, roles and account triangle columns and the status words' dropdown
    // (issues 18 and 13) 32 more (→ 271): new columns' widths, dropdowns and protections.
    // Issue 14 (318–326 on these scenarios at c8eb848): readable tabs add 20 on a first set-up
    // (the checklist headers' wrap, height and notes; the colour scales' gradient rules on two
    // tabs), the coaching tab and the brief's key opportunities the rest.
    // A first funnel (124–127 here): the chart spacer and the accuracy chart's block hidden on a
    // new funnel tab (one hideColumns each), the funnel chart told to plot hidden cells (issue 13:
    // Sheets skips them by default) add 3.
    // Issue 15 tracks bringing them down (targets: set-up 120, first funnel 30, later ones 15).
    // Issue 15, this session (316–324 first set-ups, 90 first funnels, later funnels 30–50): a
    // set-up writes the anchors (two calls), and the first funnel reads its tabs through them
    // rather than every sheet (−30). A later run's cost depends on what the scenario changed
    // (new opportunities, reps, ticks): bounded, not pinned.
    // Issue 13 (every run refreshes): Generate funnel runs a set-up again first. Right after a
    // set-up, that refresh finds nothing to write and costs its reads (~24): first funnels 119
    // (95 before; 141 for a list in a named range, which the refresh reads whole), later ones 52–73
    // (55). A funnel pressed alone after the tracker changed writes
    // what a set-up again would (145 on the scenario that does it).
    const seen = new Set<string>();
    host.results.forEach((r, i) => {
      const afterSetup = host.results[i - 1]?.action === 'setup';
      const limit = r.action === 'setup' ? (seen.has('setup') ? 250 : 330) : !seen.has('funnel') ? 160 : afterSetup ? 80 : 180;
      seen.add(r.action);
      expect(r.spreadsheetCalls).toBeLessThan(limit);
    });
  },
  timeoutMs: 180_000,
});
