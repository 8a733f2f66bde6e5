// Which command line bin/pcss.js runs: the bundle (scripts/cli/bundle.ts) when it exists and no
// file it was built from changed after it, else the sources. PCSS_FROM_SOURCES=1 forces the sources.
const { readFileSync, statSync } = require('fs');
const { join } = require('path');

const ROOT = join(__dirname, '..');

/** @returns {'bundle' | 'sources'} */
function chooseEntry(root = ROOT, env = process.env) {
  if (env.PCSS_FROM_SOURCES === '1') return 'sources';
  try {
    const built = statSync(join(root, 'dist', 'cli', 'pcss.cjs')).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(root, 'dist', 'cli', 'inputs.json'), 'utf8'));
    if (!Array.isArray(inputs) || inputs.length === 0) return 'sources';
    return inputs.every((file) => statSync(join(root, file)).mtimeMs <= built) ? 'bundle' : 'sources';
  } catch {
    // No bundle, no list, or a file it was built from is gone: the sources are the truth.
    return 'sources';
  }
}

module.exports = { chooseEntry };
