/**
 * One build, one config per host (webpack 5, ts-loader). `npm run build` first runs
 * scripts/functions/generate.ts (metadata, reference, the generated Apps Script entry), then this.
 *
 *   excel   → dist/excel-addin/: functions.js (custom functions), taskpane.js + pane.css (the
 *             shared pane over the Excel bridge), taskpane.html (the shared runtime page), icons.
 *   gsheets → dist/gsheets/: Code.js (one server file: custom functions, menu, what the sidebar
 *             calls), appsscript.json; gsheets-sidebar → dist/gsheets/Sidebar.html (one file).
 *
 * No eval devtool anywhere: Apps Script and the Office store both reject it.
 */
const path = require('path');
const webpack = require('webpack');
const CopyPlugin = require('copy-webpack-plugin');
const GasPlugin = require('gas-webpack-plugin');

const ROOT = __dirname;
// Inside functions `const` is built as `let`: the same behaviour, ~1.6 kB less of Code.js and of workbook.js.
const letDeclarations = require('./gsheets/bundler/letDeclarations');

/**
 * ES2020 everywhere (`?.` and `??` kept as written, ~8.6 kB less of workbook.js than ES2019's
 * rewriting). Apps Script's V8 runtime parses it. The Excel add-in declares a shared runtime
 * (<Runtimes>, SharedRuntime 1.1), which Office on Windows runs only in WebView2 (Chromium) or
 * else in Internet Explorer 11, where no build of ours could run (arrows, classes); Office for Mac
 * runs it in the system Safari (ES2020 since Safari 13.1, March 2020); Excel on the web and the
 * Sheets sidebar run in current browsers. docs/excel.md ("workbook.js's size") says more.
 */
function tsRule(target = 'es2020', before = [letDeclarations()]) {
  return {
    test: /\.ts$/,
    loader: 'ts-loader',
    exclude: /node_modules/,
    options: {
      // Types are checked by `npm run typecheck` and jest; the bundle only needs the JS.
      transpileOnly: true,
      getCustomTransformers: () => ({ before }),
      // ES modules let webpack concatenate and drop what is unused; comments stay for JSDoc.
      compilerOptions: { module: 'es2020', target, removeComments: false, sourceMap: false },
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

/**
 * terser's compression, beyond webpack's default (passes 2): a third pass, and function
 * expressions that never use `this` written as arrows (the sources have no function expressions,
 * only webpack's runtime does, none used with `new` or its prototype). ~1 kB less of Code.js and of
 * workbook.js, measured; other unsafe options (methods, comparisons, math) gave under 0.3 kB more.
 */
const COMPRESS = { passes: 3, unsafe_arrows: true };

/** Excel: the shared runtime's scripts. */
function excel(mode) {
  return {
    ...common(mode),
    name: 'excel',
    target: ['web', 'es2020'],
    // taskpane.html loads functions.js, then taskpane.js, in one page: the pane depends on the
    // functions' file, so what both use (the methodology, the error catalogue, core's functions) is
    // shipped and run once, and workbook.js, loaded on the pane's first action, leaves it out too
    // (~14 kB less of workbook.js, ~24 kB less in all). The webpack runtime is then in functions.js;
    // '' loads workbook.js beside the page (a script's own address is not known in every runtime).
    entry: { functions: './excel-addin/functions.ts', taskpane: { import: './excel-addin/pane/taskpane.ts', dependOn: 'functions' } },
    output: { path: path.join(ROOT, 'dist/excel-addin'), filename: '[name].js', publicPath: '', clean: false },
    optimization: { minimizeOptions: { javascript: { compress: COMPRESS } } },
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

/** The parameter names of the generated custom functions, from their JSDoc in gsheets/Code.ts. */
function customFunctionParams() {
  const source = require('fs').readFileSync(path.join(ROOT, 'gsheets/Code.ts'), 'utf8');
  return [...new Set([...source.matchAll(/@param \{[^}]*\} (\w+)/g)].map((m) => m[1]))];
}

/**
 * Apps Script's minifier: compressed and without whitespace; local names shortened, but top-level
 * names, function names (stack traces stay readable) and the custom functions' parameter names
 * kept, and the JSDoc blocks Sheets reads (@customfunction) and the @OnlyCurrentDoc annotation
 * kept in place.
 */
function keepGasComments() {
  // webpack's own dependency; the plugin its default minimizer is made of.
  const MinimizerPlugin = require('minimizer-webpack-plugin');
  // The generated top-level functions come first in Code.js; the same JSDoc again inside the
  // bundle is dropped.
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
      compress: COMPRESS,
      // Local names are shortened, inner function names too (keeping them costs ~17 kB: a stack
      // trace in the Apps Script log then names minified functions), but the custom functions'
      // parameter names, which Sheets shows in their help, are kept, and top-level names (what
      // google.script.run and the menu call) are never mangled.
      mangle: { reserved: customFunctionParams() },
      format: { comments: keep },
    },
  });
}

/** Apps Script: one Code.js, the JSDoc above each custom function kept (see keepGasComments). */
function gsheets(mode) {
  return {
    ...common(mode),
    name: 'gsheets',
    target: ['web', 'es2020'],
    // The custom functions' reference texts stay in their JSDoc, not as data (gsheets/bundler/stripFunctionDocs.js).
    module: { rules: [tsRule('es2020', [require('./gsheets/bundler/stripFunctionDocs')(), letDeclarations()])] },
    entry: { Code: './gsheets/Code.ts' },
    // Sidebar.html is the gsheets-sidebar build's; cleaning must leave it.
    output: { path: path.join(ROOT, 'dist/gsheets'), filename: '[name].js', clean: { keep: /^Sidebar\.html$/ } },
    // Modules concatenated (~14 kB less than a wrapper per module): gas-webpack-plugin finds the
    // `global.X = ...` assignments only in a concatenation's root module, so every one of them is
    // in gsheets/Code.ts, the entry (its custom functions a generated region), and all of Code.js
    // is one concatenation.
    optimization: { minimize: mode === 'production', minimizer: [keepGasComments()], concatenateModules: true },
    plugins: [
      new webpack.BannerPlugin({ banner: '/** @OnlyCurrentDoc */', raw: true, entryOnly: true }),
      new GasPlugin({ include: [path.join(ROOT, 'gsheets/**/*.ts')] }),
      new CopyPlugin({ patterns: [{ from: 'gsheets/appsscript.json', to: 'appsscript.json' }] }),
    ],
  };
}

/**
 * Apps Script serves only the project's own files, so the sidebar is ONE self-contained HTML
 * file: the bundle and pane.css inlined into gsheets/sidebar/Sidebar.template.html. No other
 * asset is left behind (clasp would push a stray .js as server code). The file is served with
 * createHtmlOutputFromFile, not as a template: nothing in it is evaluated by HtmlService.
 */
class InlineSidebarPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineSidebarPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlineSidebarPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, (assets) => {
        const fs = require('fs');
        const js = assets['sidebar.js'].source().toString().replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
        const css = fs.readFileSync(path.join(ROOT, 'pane/pane.css'), 'utf8').replace(/<\/(style)/gi, '<\\/$1');
        const template = fs.readFileSync(path.join(ROOT, 'gsheets/sidebar/Sidebar.template.html'), 'utf8');
        const html = template.replace('/*pcss:css*/', () => css).replace('/*pcss:js*/', () => js);
        for (const name of Object.keys(assets)) compilation.deleteAsset(name);
        compilation.emitAsset('Sidebar.html', new webpack.sources.RawSource(html));
      });
    });
    compiler.hooks.thisCompilation.tap('InlineSidebarDeps', (compilation) => {
      compilation.fileDependencies.add(path.join(ROOT, 'pane/pane.css'));
      compilation.fileDependencies.add(path.join(ROOT, 'gsheets/sidebar/Sidebar.template.html'));
    });
  }
}

/** The Sheets sidebar: the shared pane over the google.script.run bridge, as dist/gsheets/Sidebar.html. */
function gsheetsSidebar(mode) {
  return {
    ...common(mode),
    name: 'gsheets-sidebar',
    target: ['web', 'es2020'],
    entry: { sidebar: './gsheets/sidebar/main.ts' },
    output: { path: path.join(ROOT, 'dist/gsheets'), filename: '[name].js', clean: false },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [new InlineSidebarPlugin()],
  };
}

module.exports = (env, argv) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  return [excel(mode), gsheets(mode), gsheetsSidebar(mode)];
};
