#!/usr/bin/env node
// The package's bin: runs the TypeScript CLI through tsx's loader, so `npx pcss` works right
// after `npm ci` with no build step.
require('tsx/cjs');
require('../xlsx/cli.ts');
