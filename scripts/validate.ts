/**
 * npm run validate — checks the built Excel add-in (dist/excel-addin) before a team installs it:
 * offline, the manifest (structure, ids, string sizes, version = package.json's, every URL https
 * on the one base and a file that exists), the custom functions metadata of every language
 * (same ids, valid names, helpUrls), the pages and scripts (no URL elsewhere but Office.js's),
 * the icons (PNGs of the stated sizes, and the 300 px store icon); then, when the network
 * allows, Microsoft's `office-addin-manifest validate` (scripts/validate/online.ts).
 *
 * With ADDIN_ORIGIN set, the manifest must have been built for it. Exit 1 on any problem.
 * Run `npm run build` (with the same ADDIN_ORIGIN) first. docs/deploy.md.
 */
import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { generatedFiles, packageVersion } from './functions/generate';
import { manifestVersion } from './functions/manifest';
import { DEV_ORIGIN, parseAddinBase } from './functions/origin';
import { checkExcelSite } from './validate/excelSite';
import { validateOnline } from './validate/online';
import { problem, showProblem } from './validate/problems';
import { runAsScript } from './runAsScript';

const ROOT = join(__dirname, '..');

async function main(argv: readonly string[]): Promise<number> {
  // --dir DIR: a copy of the built folder (the files as they will be uploaded) instead of dist/excel-addin.
  const at = argv.indexOf('--dir');
  const dir = at >= 0 && argv[at + 1] ? resolve(argv[at + 1]) : join(ROOT, 'dist', 'excel-addin');
  const expectedBase = process.env.ADDIN_ORIGIN ? parseAddinBase(process.env.ADDIN_ORIGIN) : undefined;
  const report = checkExcelSite(dir, { expectedBase, version: manifestVersion(packageVersion()) });
  // The build's generated files are those the declarations give now (else dist/ is stale).
  if (report.base) {
    for (const [file, text] of Object.entries(generatedFiles(report.base))) {
      if (!file.startsWith('dist/excel-addin/')) continue;
      const path = join(dir, file.slice('dist/excel-addin/'.length));
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        report.problems.push(problem(`${file} 与当前源码不符:重新运行 npm run build`, `${file} is not what the sources give now: run npm run build again`));
      }
    }
  }
  if (report.problems.length) {
    console.error(`${dir}: ${report.problems.length} 个问题 / problem(s):`);
    for (const p of report.problems) console.error(`- ${showProblem(p)}`);
    return 1;
  }
  console.log(`${dir} 通过离线检查 / passed the offline checks, on ${report.base}:`);
  console.log(`  ${report.urls} manifest URLs, ${report.functions} functions × ${report.metadataFiles.length} metadata files (${report.metadataFiles.join(', ')}), icons ${report.icons.join('/')} px`);
  if (report.base === DEV_ORIGIN) {
    console.log('  这是开发版(localhost)。为团队构建:ADDIN_ORIGIN=https://… npm run build');
    console.log('  This is the development build (localhost). For a team: ADDIN_ORIGIN=https://… npm run build');
  }
  const online = await validateOnline(join(dir, 'manifest.xml'));
  if (!online.ran) {
    console.log(`注意:跳过微软的在线清单校验(office-addin-manifest validate):${online.reason.zh}。`);
    console.log(`Notice: Microsoft's online manifest check (office-addin-manifest validate) skipped: ${online.reason.en}.`);
    return 0;
  }
  return online.ok ? 0 : 1;
}

runAsScript(module, () => main(process.argv.slice(2)));
