/**
 * The team design and control point tables in core against docs/methodology.md's section on
 * them: the rows are parsed from the Markdown, so a difference on either side fails.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { TEAM_GROUPS, TEAM_TRAITS } from '../../core/methodology/teamTraits';
import { CONTROL_POINTS } from '../../core/layout/controlTab';

const lines = readFileSync(join(__dirname, '../../docs/methodology.md'), 'utf8').split('\n');

/** The body rows of the Markdown table under the heading that is exactly `heading`. */
function table(heading: string): string[][] {
  let i = lines.indexOf(heading);
  if (i < 0) throw new Error(`no heading ${heading}`);
  while (i < lines.length && !lines[i].startsWith('|')) i++;
  const rows: string[][] = [];
  for (; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i].split('|').slice(1, -1).map((c) => c.trim()));
  return rows.slice(2);
}

describe('team design and control points, as docs/methodology.md tables them', () => {
  it('has the five traits, in order, with their Chinese and English names', () => {
    expect(TEAM_TRAITS.map((t) => [t.key, t.zh, t.en.toLowerCase()])).toEqual(table('### 团队设计 traits'));
  });

  it('has the three groups, in order (the tie-break order), each marked by the traits the course names', () => {
    const zh = Object.fromEntries(TEAM_TRAITS.map((t) => [t.key, t.zh]));
    expect(TEAM_GROUPS.map((g) => [g.key, g.zh, g.en.toLowerCase(), g.traits.map((t) => zh[t]).join(', ')])).toEqual(table('### 团队设计 groups'));
  });

  it('has every control point the course names, in order', () => {
    expect(CONTROL_POINTS.map((p) => p.key)).toEqual(table('### 管理系统的关键控制点 key control points').map((r) => r[0]));
  });

  it('agrees with the transcription of §6 on which traits mark which group', () => {
    const section = lines.slice(lines.findIndex((l) => l.startsWith('## 6.'))).join(' ');
    expect(section).toContain('客户开发 new business (自信 confidence, 理解力');
    for (const g of TEAM_GROUPS) expect(section).toContain(g.zh);
    for (const t of TEAM_TRAITS) expect(section).toContain(t.zh);
  });
});
