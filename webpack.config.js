/**
 * One build, one config per host (webpack 5, ts-loader). `npm run build` first runs
 * scripts/functions/generate.ts (metadata, reference, the generated Apps Script entry), then this.
 *
 *   excel   → dist/excel-addin/: functions.js (custom functions), taskpane.js + pane.css (the
 *             shared pane over the Excel bridge), taskpane.html (the shared runtime page), icons.
 *   gsheets → dist/gsheets/: Code.js (one server file), appsscript.json. Later issues add the
 *             menu and sidebar here.
 *
 * No eval devtool anywhere: Apps Script and the Office store both reject it.
 */
const path = require('path');
const webpack = require('webpack');
const CopyPlugin = require('copy-webpack-plugin');
const GasPlugin = require('gas-webpack-plugin');

const ROOT = __dirname;

function tsRule() {
  return {
    test: /\.ts$/,
    loader: 'ts-loader',
    exclude: /node_modules/,
    options: {
      // Types are checked by `npm run typecheck` and jest; the bundle only needs the JS.
      transpileOnly: true,
      // ES modules let webpack concatenate and drop what is unused; comments stay for JSDoc.
      compilerOptions: { module: 'es2020', target: 'es2019', removeComments: false, sourceMap: false },
    },
  };
}

function common(mode) {
  return {
    mode,
    context: ROOT,
    devtool: false,
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule()] },
    performance: { hints: false },
  };
}

/** Excel: the shared runtime's scripts. */
function excel(mode) {
  return {
    ...common(mode),
    name: 'excel',
    target: ['web', 'es2019'],
    entry: { functions: './excel-addin/functions.ts', taskpane: './excel-addin/pane/taskpane.ts' },
    output: { path: path.join(ROOT, 'dist/excel-addin'), filename: '[name].js', clean: false },
    plugins: [
      new CopyPlugin({
        patterns: [
          { from: 'excel-addin/taskpane.html', to: 'taskpane.html' },
          { from: 'pane/pane.css', to: 'pane.css' },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
        ],
      }),
    ],
  };
}

/**
 * Apps Script's minifier: compressed and without whitespace, but names not mangled (the
 * top-level functions keep their parameter names, stack traces stay readable) and the JSDoc
 * blocks Sheets reads (@customfunction) and the @OnlyCurrentDoc annotation kept in place.
 */
function keepGasComments() {
  // webpack's own dependency; the plugin its default minimizer is made of.
  const MinimizerPlugin = require('minimizer-webpack-plugin');
  // The stubs come first in Code.js; the same JSDoc again inside the bundle is dropped.
  const seen = new Set();
  const keep = (_node, comment) => {
    if (/@OnlyCurrentDoc/.test(comment.value)) {
      seen.clear(); // the banner opens each Code.js: a new file (watch mode rebuilds)
      return true;
    }
    if (!/@customfunction/.test(comment.value) || seen.has(comment.value)) return false;
    seen.add(comment.value);
    return true;
  };
  return new MinimizerPlugin({
    test: /\.js$/,
    parallel: false, // the comment filter is a function; it cannot cross into a worker
    minify: MinimizerPlugin.terserMinify,
    extractComments: false,
    minimizerOptions: {
      compress: { passes: 2 },
      mangle: false,
      format: { comments: keep },
    },
  });
}

/** Apps Script: one Code.js, the JSDoc above each custom function kept (see keepGasComments). */
function gsheets(mode) {
  return {
    ...common(mode),
    name: 'gsheets',
    target: ['web', 'es2019'],
    entry: { Code: './gsheets/Code.ts' },
    output: { path: path.join(ROOT, 'dist/gsheets'), filename: '[name].js', clean: true },
    // No module concatenation: gas-webpack-plugin finds the `global.X = ...` assignments per module.
    optimization: { minimize: mode === 'production', minimizer: [keepGasComments()], concatenateModules: false },
    plugins: [
      new webpack.BannerPlugin({ banner: '/** @OnlyCurrentDoc */', raw: true, entryOnly: true }),
      new GasPlugin({ include: [path.join(ROOT, 'gsheets/**/*.ts')] }),
      new CopyPlugin({ patterns: [{ from: 'gsheets/appsscript.json', to: 'appsscript.json' }] }),
    ],
  };
}

module.exports = (env, argv) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  return [excel(mode), gsheets(mode)];
};
