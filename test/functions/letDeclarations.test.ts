import ts from 'typescript';
import { runInNewContext } from 'vm';

// The build's transformer (plain JS, as webpack.config.js requires it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const letDeclarations = require('../../gsheets/bundler/letDeclarations') as () => ts.TransformerFactory<ts.SourceFile>;

const build = (source: string) =>
  ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ES2020 }, transformers: { before: [letDeclarations()] } }).outputText;

describe('gsheets/bundler/letDeclarations.js', () => {
  it('writes a const inside a function, a block or a loop head as let', () => {
    const out = build('export function f(xs: number[]) { const a = 1; for (const x of xs) { const b = x + a; } return () => { const c = 2; return c; }; }');
    expect(out).not.toMatch(/\bconst\b/);
    expect(out.match(/\blet\b/g)).toHaveLength(4);
  });

  it('leaves module-level constants const, and builds what they hold', () => {
    const out = build('export const TABLE = [1, 2];\nconst helper = () => { const inner = 3; return inner; };\nexport const used = helper();');
    expect(out).toMatch(/export const TABLE = \[1, 2\];/);
    expect(out).toMatch(/^const helper = /m);
    expect(out).toMatch(/let inner = 3/);
  });

  it('keeps what the code computes, closures over loop variables included', () => {
    const source = 'const fns: (() => number)[] = []; function run() { for (const i of [1, 2, 3]) { const twice = i * 2; fns.push(() => twice); } return fns.map((f) => f()); } result = run();';
    const context: { result?: number[] } = {};
    runInNewContext(ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2020 }, transformers: { before: [letDeclarations()] } }).outputText, context);
    expect(context.result).toEqual([2, 4, 6]);
  });
});
