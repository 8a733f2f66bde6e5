/**
 * Every table in core is checked against the transcription (docs/methodology.md, a copy of
 * shared/methodology.md): the rows are parsed from the Markdown, so a typo on either side fails.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  BUYER_STAGES,
  CHECKLIST,
  CUSTOMER_GRADES,
  FACTORS,
  MILESTONES,
  PROBABILITY_BY_LEVEL,
  RUBRICS,
  SELLER_STEPS,
  BUYING_ROLES,
  type FactorKey,
} from '../../core';

const markdown = readFileSync(join(__dirname, '../../docs/methodology.md'), 'utf8');

/** The rows of the Markdown table that follows a heading containing `heading`. */
function tableAfter(heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith('#') && l.includes(heading));
  if (start < 0) throw new Error(`no heading ${heading}`);
  const rows: string[][] = [];
  let i = start + 1;
  while (i < lines.length && !lines[i].startsWith('|')) i++;
  for (; i < lines.length && lines[i].startsWith('|'); i++) {
    const cells = lines[i].split('|').slice(1, -1).map((c) => c.trim());
    if (!/^-+$/.test(cells[0])) rows.push(cells);
  }
  return rows.slice(1); // drop the header row
}

/** "销售人员假设痛苦 (rep assumes the pain)" → "销售人员假设痛苦"; drops [sic …] notes too. */
const chinesePart = (cell: string): string => cell.replace(/\s*\[.*?\]/g, '').replace(/\s*\(.*$/, '').trim();

const RUBRIC_HEADINGS: Record<FactorKey, string> = {
  problem: '问题评分',
  power: '权力评分',
  vision: '愿景评分',
  value: '价值评分',
  control: '控制评分',
};

describe('the rubrics', () => {
  for (const factor of FACTORS) {
    const rows = tableAfter(RUBRIC_HEADINGS[factor.key]);
    const levels = RUBRICS[factor.key];

    it(`has every level of ${factor.en} as transcribed, in order`, () => {
      expect(levels.map((l) => l.code)).toEqual(rows.map((r) => r[0]));
    });

    it.each(rows.map((r) => [r[0], r] as const))(`scores ${factor.en} level %s as transcribed`, (code, row) => {
      const level = levels.find((l) => l.code === code)!;
      if (factor.byRole) {
        expect([level.contact, level.zh, level.decisionMaker]).toEqual([Number(row[1]), chinesePart(row[2]), Number(row[3])]);
      } else {
        expect([level.contact, level.decisionMaker, level.zh]).toEqual([Number(row[1]), Number(row[1]), chinesePart(row[2])]);
      }
      expect(level.en.length).toBeGreaterThan(0);
    });
  }

  it('never scores a level above 20, and the top level of each factor scores 20 with the decision maker', () => {
    for (const factor of FACTORS) {
      const levels = RUBRICS[factor.key];
      for (const l of levels) expect(Math.max(l.contact, l.decisionMaker)).toBeLessThanOrEqual(20);
      expect(levels[levels.length - 1].decisionMaker).toBe(20);
    }
  });

  it('scores each level higher with the decision maker than with the contact, for problem, vision and value', () => {
    for (const factor of FACTORS.filter((f) => f.byRole)) {
      for (const l of RUBRICS[factor.key]) expect(l.decisionMaker).toBeGreaterThan(l.contact);
    }
  });
});

describe('the milestones and their checklist', () => {
  const rows = tableAfter('Milestones');

  it('has the six milestones with probabilities 10, 25, 50, 75, 90, 100 %', () => {
    expect(MILESTONES.map((m) => [m.id, m.zh, Math.round(m.probability * 100)])).toEqual(
      rows.map((r) => [r[0], r[1].split(' ')[0], Number(r[2])]),
    );
    expect(PROBABILITY_BY_LEVEL).toEqual([0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]);
  });

  it.each(rows.map((r) => [r[0], r] as const))('gives milestone %s its items, with their text as transcribed', (id, row) => {
    const items = row[3].split(' · ').map((s) => {
      const [code, ...rest] = s.split(' ');
      return [code, chinesePart(rest.join(' '))];
    });
    const milestone = MILESTONES.find((m) => m.id === id)!;
    expect(milestone.items).toEqual(items.map((i) => i[0]));
    for (const [code, zh] of items) {
      const item = CHECKLIST.find((k) => k.id === code)!;
      expect(item.zh).toBe(zh);
      expect(item.milestone).toBe(id);
    }
  });

  it('lists the 22 items K01–K22 in milestone order', () => {
    expect(CHECKLIST.map((k) => k.id)).toEqual(Array.from({ length: 22 }, (_, i) => `K${String(i + 1).padStart(2, '0')}`));
    expect(MILESTONES.flatMap((m) => m.items)).toEqual(CHECKLIST.map((k) => k.id));
  });
});

/** "K01–K06" → K01..K06 */
function expandRange(range: string): string[] {
  const [from, to] = range.split('–').map((k) => Number(k.slice(1)));
  return Array.from({ length: to - from + 1 }, (_, i) => `K${String(from + i).padStart(2, '0')}`);
}

describe('the buyer stages and seller steps', () => {
  it('groups the checklist into the six buyer stages as transcribed, leaving K07 out', () => {
    const rows = tableAfter('以问题为中心的购买循环');
    expect(BUYER_STAGES.map((s) => [s.id, s.zh, [...s.items]])).toEqual(rows.map((r) => [r[0], r[1].split(' ')[0], expandRange(r[2])]));
    const staged = BUYER_STAGES.flatMap((s) => s.items);
    expect(CHECKLIST.filter((k) => !staged.includes(k.id as never)).map((k) => k.id)).toEqual(['K07']);
    for (const item of CHECKLIST) {
      const stage = BUYER_STAGES.find((s) => (s.items as readonly string[]).includes(item.id));
      expect(item.stage).toBe(stage?.id ?? null);
    }
  });

  it('matches each seller step to its buyer stage as transcribed', () => {
    const rows = tableAfter('PCSS');
    expect(SELLER_STEPS.map((s) => [s.id, s.zh, BUYER_STAGES.find((b) => b.id === s.matches)!.zh])).toEqual(
      rows.map((r) => [r[0], r[1].split(/[ /]/)[0], r[2]]),
    );
  });
});

describe('the 5K factors, grades and roles', () => {
  it('has the five factors in the order problem, power, vision, value, control', () => {
    const rows = tableAfter('5K formula');
    expect(FACTORS.map((f) => f.key)).toEqual(rows.map((r) => r[0]));
    for (const [i, f] of FACTORS.entries()) {
      expect(rows[i][1].split('/')).toContain(f.zh);
      expect(rows[i][2].startsWith(f.question.zh)).toBe(true);
    }
  });

  it('places the four customer grades on the relationship × attractiveness grid', () => {
    expect(CUSTOMER_GRADES.map((g) => [g.zh, g.relationship, g.attractiveness])).toEqual([
      ['重点客户', 'high', 'high'],
      ['可能客户', 'low', 'high'],
      ['普通客户', 'high', 'low'],
      ['忽略', 'low', 'low'],
    ]);
  });

  it('names the five buying roles of the source', () => {
    expect(BUYING_ROLES.map((r) => r.zh)).toEqual(['决策人', '采购人员', '支持者', '技术人员', '使用者']);
    expect(markdown).toContain('决策人 decision maker, 采购人员 purchaser');
  });

  it('labels every table entry in both languages', () => {
    const all = [...CHECKLIST, ...MILESTONES, ...BUYER_STAGES, ...SELLER_STEPS, ...FACTORS, ...CUSTOMER_GRADES, ...BUYING_ROLES, ...Object.values(RUBRICS).flat()];
    for (const entry of all) {
      expect(entry.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en).toMatch(/^[A-Z]/);
    }
  });
});
