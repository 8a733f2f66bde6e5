/**
 * Bundles a TypeScript entry for the browser with the project's webpack + ts-loader, for the
 * browser tests (the pane over a stand-in bridge). Returns the bundle's text.
 */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import webpack from 'webpack';

export function bundleForBrowser(entry: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'pcss-bundle-'));
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry,
    output: { path: outDir, filename: 'bundle.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true }, exclude: /node_modules/ }] },
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(readFileSync(join(outDir, 'bundle.js'), 'utf8'));
    });
  });
}
