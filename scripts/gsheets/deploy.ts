/**
 * npm run deploy:gsheets -- [dev|prod] [--dry-run] [--skip-build] [--project-dir DIR]
 *
 * Builds, pushes dist/gsheets with clasp and creates a versioned deployment, to the development
 * or the production Apps Script project, as google/aside does: each has its own clasp project
 * file, .clasp-dev.json and .clasp-prod.json (made from .clasp.json.example; not committed: the
 * script IDs are each organisation's), chosen by the argument or PCSS_GSHEETS_TARGET (dev when
 * neither says). A "deploymentId" in the project file makes each deploy a new version of that
 * one deployment (what the Marketplace listing keeps using) instead of a new deployment.
 *
 * Before anything leaves the machine it checks, offline, what clasp would push: exactly Code.js,
 * Sidebar.html and appsscript.json, and appsscript.json asking for exactly the two scopes the
 * add-on needs. --dry-run stops there. --project-dir: where the project files and dist/gsheets
 * are, if not the repo (the offline test). docs/deploy.md.
 */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { basename, join, relative, resolve } from 'path';
import { runAsScript } from '../runAsScript';

const ROOT = resolve(__dirname, '..', '..');
const CLASP = join(ROOT, 'node_modules/@google/clasp/build/src/index.js');

export const TARGETS = ['dev', 'prod'] as const;
export type Target = (typeof TARGETS)[number];

/** What a deploy pushes (the names under dist/gsheets) and the scopes appsscript.json asks for. */
export const PUSHED_FILES = ['Code.js', 'Sidebar.html', 'appsscript.json'];
export const SCOPES = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'];

/** A deploy that cannot go on: the message in both languages. */
export class DeployError extends Error {}

function refuse(zh: string, en: string): never {
  throw new DeployError(`${zh}\n${en}`);
}

/** dev or prod, from the first argument that is one, else PCSS_GSHEETS_TARGET, else dev. */
export function chooseTarget(argv: readonly string[], env: NodeJS.ProcessEnv): Target {
  const named = argv.filter((a) => !a.startsWith('--'));
  const value = (named[0] ?? env.PCSS_GSHEETS_TARGET ?? 'dev').trim();
  if (!(TARGETS as readonly string[]).includes(value)) refuse(`部署目标「${value}」无效:应为 dev 或 prod。`, `Unknown deploy target "${value}": say dev or prod.`);
  return value as Target;
}

export interface ClaspProject {
  file: string;
  scriptId: string;
  rootDir: string;
  deploymentId?: string;
}

/** The target's clasp project file (.clasp-dev.json / .clasp-prod.json under `root`), checked. */
export function readProject(root: string, target: Target): ClaspProject {
  const file = join(root, `.clasp-${target}.json`);
  const name = basename(file);
  if (!existsSync(file)) {
    refuse(
      `没有 ${name}:复制 .clasp.json.example 为 ${name},填入${target === 'prod' ? '生产' : '开发'}用 Apps Script 项目的脚本 ID(docs/deploy.md)。`,
      `No ${name}: copy .clasp.json.example to ${name} and put in the script ID of the ${target === 'prod' ? 'production' : 'development'} Apps Script project (docs/deploy.md).`,
    );
  }
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return refuse(`${name} 不是有效的 JSON:${(e as Error).message}`, `${name} is not valid JSON: ${(e as Error).message}`);
  }
  const scriptId = typeof data.scriptId === 'string' ? data.scriptId.trim() : '';
  if (!scriptId || /PUT-YOUR/i.test(scriptId)) refuse(`${name} 中没有脚本 ID(scriptId)。`, `${name} has no script ID (scriptId).`);
  if (data.rootDir !== 'dist/gsheets') refuse(`${name} 的 rootDir 应为 "dist/gsheets"。`, `${name}'s rootDir must be "dist/gsheets".`);
  const deploymentId = typeof data.deploymentId === 'string' && data.deploymentId.trim() ? data.deploymentId.trim() : undefined;
  return { file, scriptId, rootDir: 'dist/gsheets', ...(deploymentId ? { deploymentId } : {}) };
}

function clasp(cwd: string, project: ClaspProject, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLASP, '-P', project.file, ...args], { cwd, encoding: 'utf8', timeout: 300_000 });
  return { status: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? '' };
}

/** What `clasp push` would send, by `clasp status` (offline): names under the project's rootDir. */
export function filesToPush(root: string, project: ClaspProject): string[] {
  const run = clasp(root, project, ['--json', 'status']);
  if (run.status !== 0) refuse(`clasp status 失败:${run.stderr.trim()}`, `clasp status failed: ${run.stderr.trim()}`);
  const listed = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as { filesToPush: string[] };
  const content = join(root, project.rootDir);
  return listed.filesToPush.map((f) => relative(content, resolve(root, f)).split('\\').join('/')).sort();
}

/** What is wrong with a push of `files` whose appsscript.json is `manifest`; empty when nothing is. */
export function pushProblems(files: readonly string[], manifest: { oauthScopes?: unknown }): string[] {
  const problems: string[] = [];
  const expected = [...PUSHED_FILES].sort();
  if (files.join() !== expected.join()) {
    problems.push(`clasp 将推送 ${files.join(', ') || '(无)'},而应只推送 ${expected.join(', ')}。\nclasp would push ${files.join(', ') || '(nothing)'}, not exactly ${expected.join(', ')}.`);
  }
  const scopes = Array.isArray(manifest.oauthScopes) ? manifest.oauthScopes.map(String).sort() : [];
  if (scopes.join() !== [...SCOPES].sort().join()) {
    problems.push(`appsscript.json 申请的权限为 ${scopes.join(', ') || '(无)'},应恰为 ${SCOPES.join(', ')}。\nappsscript.json asks for ${scopes.join(', ') || '(none)'}, not exactly ${SCOPES.join(', ')}.`);
  }
  return problems;
}

function packageVersion(): string {
  return String(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
}

function gitCommit(): string {
  const run = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : 'unknown';
}

function step(zh: string, en: string): void {
  console.log(`· ${zh} / ${en}`);
}

function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function main(args: readonly string[]): void {
  const dirArg = option(args, '--project-dir');
  const root = dirArg ? resolve(dirArg) : ROOT;
  const argv = args.filter((a, i) => a !== '--project-dir' && args[i - 1] !== '--project-dir');
  const target = chooseTarget(argv, process.env);
  const project = readProject(root, target);
  const dryRun = argv.includes('--dry-run');
  step(`目标 ${target}:${basename(project.file)},脚本 ID ${project.scriptId}`, `target ${target}: ${basename(project.file)}, script ID ${project.scriptId}`);

  if (!argv.includes('--skip-build')) {
    step('构建(npm run build)', 'building (npm run build)');
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) refuse('构建失败,未推送任何内容。', 'The build failed; nothing was pushed.');
  }

  const files = filesToPush(root, project);
  const manifest = JSON.parse(readFileSync(join(root, project.rootDir, 'appsscript.json'), 'utf8'));
  const problems = pushProblems(files, manifest);
  if (problems.length) refuse(`${problems.join('\n')}\n未推送任何内容。`, 'Nothing was pushed.');
  step(`将推送 ${files.join(', ')};权限 ${manifest.oauthScopes.join(', ')}`, `would push ${files.join(', ')}; scopes ${manifest.oauthScopes.join(', ')}`);

  const description = `pcss ${packageVersion()} (${target}, ${gitCommit()})`;
  const deployArgs = ['create-deployment', '-d', description, ...(project.deploymentId ? ['-i', project.deploymentId] : [])];
  if (dryRun) {
    step('试运行:到此为止,未连接 Google', 'dry run: stopping here; Google was not contacted');
    console.log(`  clasp -P ${basename(project.file)} push --force`);
    console.log(`  clasp -P ${basename(project.file)} create-version "${description}"`);
    console.log(`  clasp -P ${basename(project.file)} ${deployArgs.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')} -V <version>`);
    return;
  }

  step('推送(clasp push)', 'pushing (clasp push)');
  const push = clasp(root, project, ['push', '--force']);
  process.stdout.write(push.stdout);
  if (push.status !== 0) refuse(`clasp push 失败(先运行 npx clasp login?):${push.stderr.trim()}`, `clasp push failed (run npx clasp login first?): ${push.stderr.trim()}`);

  const made = clasp(root, project, ['--json', 'create-version', description]);
  const versionNumber = /"versionNumber"\s*:\s*(\d+)/.exec(made.stdout)?.[1];
  if (made.status !== 0 || !versionNumber) refuse(`创建版本失败:${made.stderr.trim()}`, `creating a version failed: ${made.stderr.trim()}`);
  step(`已创建版本 ${versionNumber}`, `created version ${versionNumber}`);

  const deployed = clasp(root, project, ['--json', ...deployArgs, '-V', versionNumber!]);
  const deploymentId = /"deploymentId"\s*:\s*"([^"]+)"/.exec(deployed.stdout)?.[1];
  if (deployed.status !== 0 || !deploymentId) refuse(`部署失败:${deployed.stderr.trim()}`, `deploying failed: ${deployed.stderr.trim()}`);
  step(`部署 ${deploymentId} 现为版本 ${versionNumber}`, `deployment ${deploymentId} is now version ${versionNumber}`);
  if (!project.deploymentId) {
    console.log(`  在 ${basename(project.file)} 中加入 "deploymentId": "${deploymentId}",以后的部署将更新这一个部署。`);
    console.log(`  Add "deploymentId": "${deploymentId}" to ${basename(project.file)} so later deploys update this one deployment.`);
  }
  if (target === 'prod') {
    console.log(`  Marketplace SDK → 应用配置 / App Configuration: 脚本 ID / script ID ${project.scriptId}, 版本 / version ${versionNumber}.`);
  }
}

runAsScript(module, () => main(process.argv.slice(2)));
