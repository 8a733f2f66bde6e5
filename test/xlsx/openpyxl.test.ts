import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runApply } from '../../xlsx/run';
import { CORPUS } from './corpus';

/**
 * Another producer's reader on what we write: openpyxl (Debian's python3-openpyxl) loads each
 * result and reports every sheet's name and first cells. It refuses packages whose parts,
 * relationships or styles it cannot resolve, so a result that only our own reader accepts fails
 * here. Skipped with a notice where Debian's python3 has no openpyxl (.ci/run installs it).
 */
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0) ?? null;
const maybe = PYTHON ? describe : describe.skip;
if (!PYTHON) console.warn('openpyxl not found (python3-openpyxl): the openpyxl checks are skipped. Install python3-openpyxl to run them.');

const READ = `
import json, sys, warnings
warnings.simplefilter('ignore')
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows(min_row=1, max_row=4, max_col=8, values_only=True):
        rows.append([None if v is None else str(v) for v in row])
    out[ws.title] = {'rows': rows, 'max_row': ws.max_row, 'validations': len(ws.data_validations.dataValidation), 'tables': sorted(ws.tables.keys())}
print(json.dumps(out, ensure_ascii=False))
`;

function readWithOpenpyxl(file: string): Record<string, { rows: (string | null)[][]; max_row: number; validations: number; tables: string[] }> {
  const r = spawnSync(PYTHON!, ['-c', READ, file], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`openpyxl could not read ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

maybe('what pcss apply writes, read by openpyxl', () => {
  it.each(CORPUS.map((w) => [w.name, w] as const))('reads the result of %s, our tabs with their markers, headers, tables and rules', async (_, workbook) => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-openpyxl-'));
    const input = join(dir, `in.${workbook.ext}`);
    const output = join(dir, `out.${workbook.ext}`);
    writeFileSync(input, workbook.build());
    const result = await runApply({ input, output, date: '2027-01-04' });
    await runApply({ input: output, output, date: '2027-01-11' });
    const sheets = readWithOpenpyxl(output);
    const milestones = sheets[result.setup.tabs.milestones];
    expect(milestones.rows[0][0]).toMatch(/^#pcss:milestones:(zh|en)$/);
    expect(milestones.rows[1].slice(0, 3).every((h) => typeof h === 'string' && h.length > 0)).toBe(true);
    expect(milestones.max_row).toBe(2 + result.setup.addedOpportunities);
    expect(milestones.validations).toBeGreaterThan(0);
    expect(milestones.tables).toHaveLength(1);
    expect(sheets[result.funnel.tabs.history].max_row).toBe(4);
    // The user's own sheets are all still there, in front of ours.
    const names = Object.keys(sheets);
    // (The Changes tab is made at the first change: a workbook set up once has none.)
    const ours = Object.values(result.funnel.tabs).filter((name) => name in sheets);
    expect(ours).toHaveLength(13);
    expect(names.slice(names.length - ours.length)).toEqual(ours);
  });
});
