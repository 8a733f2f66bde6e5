import { mkdtempSync, mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { resolveRequest } from '../../scripts/devServer';

describe('the dev server', () => {
  const root = mkdtempSync(join(tmpdir(), 'pcss-dist-'));
  writeFileSync(join(root, 'taskpane.html'), '<!doctype html>');
  writeFileSync(join(root, 'functions.json'), '{}');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'icon-32.png'), 'png');

  it('serves files under dist/excel-addin, the runtime page at /', () => {
    expect(resolveRequest(root, '/')).toBe(join(root, 'taskpane.html'));
    expect(resolveRequest(root, '/functions.json?v=2')).toBe(join(root, 'functions.json'));
    expect(resolveRequest(root, '/assets/icon-32.png')).toBe(join(root, 'assets', 'icon-32.png'));
  });

  it('refuses paths outside its folder and files that do not exist', () => {
    expect(resolveRequest(root, '/../../etc/passwd')).toBeNull();
    expect(resolveRequest(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRequest(root, '/missing.js')).toBeNull();
    expect(resolveRequest(root, '/assets')).toBeNull();
  });
});
