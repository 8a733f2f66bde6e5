import fc from 'fast-check';
import { funnel, type FunnelInput, type MilestoneLevel } from '../../core';
import { parsePeriod } from '../../core/cells/calendar';
import { type PeriodForecast } from '../../core/layout/periods';
import { addFunnels, type FunnelPart } from '../../core/report/funnelTotals';

const Q1 = parsePeriod('2027-Q1');
const MARCH = parsePeriod('2027-03');
const period = (p: typeof Q1, count: number, open: number, weighted: number, won: number): PeriodForecast => ({ period: p, count, open, weighted, won });

describe('addFunnels', () => {
  const east: FunnelPart = {
    name: 'east.xlsx',
    funnel: funnel([
      { level: 0, amount: 100, rep: '王芳' },
      { level: 3, amount: 1000, rep: '王芳' },
    ]),
    periods: [period(Q1, 1, 1000, 500, 0), period(MARCH, 1, 1000, 500, 0)],
  };
  const west: FunnelPart = {
    name: 'west.xlsx',
    funnel: funnel([
      { level: 1, amount: 200, rep: 'Ann' },
      { level: 3, amount: 400, rep: 'Ann' },
      { level: 6, amount: 50, rep: 'Bob' },
    ]),
    periods: [period(Q1, 2, 600, 220, 50)],
  };

  it('gives each workbook its count, amount and forecast, in the order given', () => {
    const { parts } = addFunnels([east, west]);
    expect(parts).toEqual([
      { name: 'east.xlsx', count: 2, amount: 1100, forecast: 500 },
      { name: 'west.xlsx', count: 3, amount: 650, forecast: 200 * 0.1 + 400 * 0.5 + 50 },
    ]);
  });

  it('adds counts and amounts per milestone and works the conversion out again from the added counts', () => {
    const { total } = addFunnels([east, west]);
    expect(total.rows.map((r) => r.count)).toEqual([1, 1, 0, 2, 0, 0, 1]);
    expect(total.rows[3].amount).toBe(1400);
    expect(total.rows[3].weighted).toBe(700);
    expect(total.count).toBe(5);
    expect(total.forecast).toBeCloseTo(500 + 270, 9);
    // The same as one funnel over every opportunity of both workbooks.
    const together = funnel([0, 3, 1, 3, 6].map((level, i): FunnelInput => ({ level: level as MilestoneLevel, amount: [100, 1000, 200, 400, 50][i] })));
    expect(total.rows.map((r) => r.conversion)).toEqual(together.rows.map((r) => r.conversion));
    expect(total.byRep).toEqual([]);
  });

  it('adds each period, in the order the periods are first met', () => {
    const { periods } = addFunnels([west, east]);
    expect(periods.map((p) => [p.period.key, p.count, p.open, p.weighted, p.won])).toEqual([
      ['2027-Q1', 3, 1600, 720, 50],
      ['2027-03', 1, 1000, 500, 0],
    ]);
  });

  it('adds nothing up to an empty funnel with every milestone', () => {
    const { total, parts, periods } = addFunnels([]);
    expect(parts).toEqual([]);
    expect(total.rows).toHaveLength(7);
    expect(total.count).toBe(0);
    expect(total.forecast).toBe(0);
    expect(periods).toEqual([]);
  });
});

const level = fc.integer({ min: 0, max: 6 }).map((l) => l as MilestoneLevel);
const opportunity = fc.record({ level, amount: fc.integer({ min: 0, max: 10_000_000 }) });
const figures = fc.record({ count: fc.nat(500), open: fc.nat(10_000_000), weighted: fc.nat(10_000_000), won: fc.nat(10_000_000) });
const part = fc.record({
  opportunities: fc.array(opportunity, { maxLength: 30 }),
  q1: figures,
  march: fc.option(figures, { nil: undefined }),
});
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('addFunnels, whatever the workbooks and their order', () => {
  it('makes the total the sum of the parts', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), fc.func(fc.integer()), (generated, order) => {
        const parts: FunnelPart[] = generated.map((g, i) => ({
          name: `team-${i}.xlsx`,
          funnel: funnel(g.opportunities),
          periods: [period(Q1, g.q1.count, g.q1.open, g.q1.weighted, g.q1.won), ...(g.march ? [period(MARCH, g.march.count, g.march.open, g.march.weighted, g.march.won)] : [])],
        }));
        const shuffled = [...parts].sort((a, b) => order(a.name) - order(b.name));
        const all = funnel(generated.flatMap((g) => g.opportunities));
        for (const { total, parts: lines, periods } of [addFunnels(parts), addFunnels(shuffled)]) {
          if (total.count !== lines.reduce((s, l) => s + l.count, 0)) return false;
          if (!close(total.amount, lines.reduce((s, l) => s + l.amount, 0))) return false;
          if (!close(total.forecast, lines.reduce((s, l) => s + l.forecast, 0))) return false;
          // Per milestone, the same as one funnel over all their opportunities.
          for (let i = 0; i < 7; i++) {
            if (total.rows[i].count !== all.rows[i].count || !close(total.rows[i].weighted, all.rows[i].weighted)) return false;
            if (total.rows[i].conversion !== all.rows[i].conversion) return false;
          }
          for (const p of periods) {
            const of = parts.flatMap((x) => x.periods.filter((q) => q.period.key === p.period.key));
            if (p.count !== of.reduce((s, q) => s + q.count, 0) || p.won !== of.reduce((s, q) => s + q.won, 0)) return false;
            if (p.open !== of.reduce((s, q) => s + q.open, 0) || p.weighted !== of.reduce((s, q) => s + q.weighted, 0)) return false;
          }
        }
        return true;
      }),
    );
  });
});
