#!/usr/bin/env node
// The package's bin. Runs the built command line (dist/cli/pcss.cjs, which `npm ci` builds and
// `npm run build:cli` rebuilds) while it is newer than every file it was built from; otherwise
// the TypeScript sources through tsx's loader, so an edit is never answered by a stale build.
const { chooseEntry } = require('./entry');

const entry = chooseEntry();
if (entry === 'bundle') require('../dist/cli/pcss.cjs');
else {
  require('tsx/cjs');
  require('../xlsx/cli.ts');
}
