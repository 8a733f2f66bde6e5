import { execFileSync } from 'child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT, ensureBuilt } from './buildOnce';

describe('.clasp.json.example', () => {
  it('makes clasp push exactly Code.js, the sidebar’s Sidebar.html and appsscript.json from dist/gsheets (clasp status, offline)', () => {
    ensureBuilt();
    const example = JSON.parse(readFileSync(join(ROOT, '.clasp.json.example'), 'utf8'));
    expect(example.rootDir).toBe('dist/gsheets');
    const dir = mkdtempSync(join(tmpdir(), 'pcss-clasp-'));
    cpSync(join(ROOT, 'dist/gsheets'), join(dir, 'dist/gsheets'), { recursive: true });
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ ...example, scriptId: 'offline-check' }));
    const clasp = join(ROOT, 'node_modules/@google/clasp/build/src/index.js');
    const out = execFileSync(process.execPath, [clasp, 'status'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const tracked = out.split('Untracked files:')[0];
    const files = [...tracked.matchAll(/dist\/gsheets\/(\S+)/g)].map((m) => m[1]).sort();
    expect(files).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });
});
