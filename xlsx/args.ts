import { statSync } from 'fs';
import { resolve } from 'path';
// The command line's part of the error catalogue (registers its codes).
import '../core/cliErrors';
import { MethodError } from '../core/errors';
import { TRACKER_FIELDS, TRACKER_FIELD_INFO, trackerFieldNamed, type TrackerChoice, type TrackerField } from '../core/layout';
import { parsePeriod, type Period } from '../core/cells/calendar';
import type { Lang } from '../core/methodology/bilingual';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'apply'; input: string; output: string; inPlace: boolean; lang?: Lang; rep?: string; date?: string; choice?: TrackerChoice; periods?: Period[] }
  | { kind: 'funnel'; inputs: string[]; lang?: Lang; rep?: string; choice?: TrackerChoice; periods?: Period[] }
  | { kind: 'coach'; input: string; lang?: Lang; rep?: string };

/** What an option takes: a value (`--rep 王芳`, `--rep=王芳`), or nothing (a flag); `repeat`: may be given more than once. */
interface OptionSpec {
  readonly takes: 'value' | 'flag';
  readonly repeat?: boolean;
}

export const OPTIONS = {
  '--out': { takes: 'value' },
  '--in-place': { takes: 'flag' },
  '--lang': { takes: 'value' },
  '--rep': { takes: 'value' },
  '--date': { takes: 'value' },
  '--sheet': { takes: 'value' },
  '--map': { takes: 'value', repeat: true },
  '--period': { takes: 'value', repeat: true },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/**
 * Each command, the options it takes and how many workbooks: an option given to a command that
 * does not take it is refused (`funnel --out x` would otherwise be silently ignored).
 */
export const COMMANDS = {
  apply: { options: ['--out', '--in-place', '--lang', '--rep', '--date', '--sheet', '--map', '--period'], workbooks: 'one' },
  funnel: { options: ['--rep', '--period', '--lang', '--sheet', '--map'], workbooks: 'several' },
  coach: { options: ['--rep', '--lang'], workbooks: 'one' },
} as const satisfies Record<string, { readonly options: readonly OptionName[]; readonly workbooks: 'one' | 'several' }>;

export type CommandName = keyof typeof COMMANDS;

/** Options of the program itself, valid with or without a command. */
const GLOBAL_FLAGS = { help: ['--help', '-h'], version: ['--version', '-V'] } as const;

const isOption = (name: string): name is OptionName => Object.prototype.hasOwnProperty.call(OPTIONS, name);
const isCommand = (name: string): name is CommandName => Object.prototype.hasOwnProperty.call(COMMANDS, name);

/** Wrong usage, said in both languages (`detail` is the English one: tests and logs match on it). */
function usage(detailZh: string, detail: string): MethodError {
  return new MethodError('USAGE', { detailZh, detail });
}

/** The default output: beside the input, "<name>-pcss.xlsx", so the input stays as it was. */
export function defaultOutput(input: string): string {
  // A macro-enabled workbook stays one: Excel refuses an .xlsx holding a VBA project.
  const m = /\.(xlsx|xlsm)$/i.exec(input);
  return m ? `${input.slice(0, m.index)}-pcss.${m[1]}` : `${input}-pcss.xlsx`;
}

/** A --date that is a day of the calendar, YYYY-MM-DD (2027-02-29 and 2027-13-45 are not). */
export function checkDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !day || day.getUTCFullYear() !== Number(m[1]) || day.getUTCMonth() !== Number(m[2]) - 1 || day.getUTCDate() !== Number(m[3])) {
    throw new MethodError('CLI_DATE_INVALID', { value });
  }
  return value;
}

interface Tokens {
  positional: string[];
  values: Map<OptionName, string[]>;
  globals: Set<string>;
}

function tokens(argv: readonly string[]): Tokens {
  const positional: string[] = [];
  const values = new Map<OptionName, string[]>();
  const globals = new Set<string>();
  const globalNames: readonly string[] = [...GLOBAL_FLAGS.help, ...GLOBAL_FLAGS.version];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (isOption(name)) {
      const spec: OptionSpec = OPTIONS[name];
      let value = 'true';
      if (spec.takes === 'value') {
        const given = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : argv[++i];
        if (given === undefined) throw usage(`${name} 需要一个值`, `${name} needs a value`);
        value = given;
      } else if (name !== a) throw usage(`${name} 不带值`, `${name} takes no value`);
      const before = values.get(name) ?? [];
      if (before.length > 0 && !spec.repeat) throw usage(`${name} 给了两次`, `${name} is given twice`);
      values.set(name, [...before, value]);
    } else if (globalNames.includes(a)) globals.add(a);
    else if (a.startsWith('-') && a !== '-') throw usage(`未知选项 ${a}`, `unknown option ${a}`);
    else positional.push(a);
  }
  return { positional, values, globals };
}

export function parseArgs(argv: readonly string[]): Command {
  const { positional, values, globals } = tokens(argv);
  if (GLOBAL_FLAGS.help.some((f) => globals.has(f))) return { kind: 'help' };
  if (GLOBAL_FLAGS.version.some((f) => globals.has(f))) return { kind: 'version' };
  if (positional.length === 0) return { kind: 'help' };
  const [command, ...inputs] = positional;
  if (!isCommand(command)) throw usage(`未知命令 ${command};应为 ${Object.keys(COMMANDS).join('、')}`, `unknown command ${command}; expected ${Object.keys(COMMANDS).join(', ')}`);
  const spec = COMMANDS[command];
  const allowed: readonly OptionName[] = spec.options;
  for (const name of values.keys()) {
    if (!allowed.includes(name)) throw new MethodError('CLI_OPTION_NOT_FOR_COMMAND', { option: name, command, options: allowed.join(' ') });
  }
  if (inputs.length === 0) throw usage(`${command} 需要${spec.workbooks === 'one' ? '一个输入的 .xlsx 文件' : '一个或多个 .xlsx 文件,或一个文件夹'}`, `${command} needs ${spec.workbooks === 'one' ? 'an input .xlsx' : 'one or more .xlsx files, or a folder'}`);
  if (spec.workbooks === 'one' && inputs.length > 1) throw usage(`多余的参数 ${inputs.slice(1).join(' ')}`, `unexpected ${inputs.slice(1).join(' ')}`);
  const one = (name: OptionName) => values.get(name)?.[0];
  const lang = one('--lang');
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') throw usage(`--lang 应为 zh 或 en,而不是 ${lang}`, `--lang must be zh or en, not ${lang}`);
  const date = one('--date');
  if (date !== undefined) checkDate(date);
  const rep = one('--rep');
  const common = { ...(lang ? { lang: lang as Lang } : {}), ...(rep !== undefined ? { rep } : {}) };
  if (command === 'coach') return { kind: 'coach', input: inputs[0], ...common };
  const choice = trackerChoice(one('--sheet'), values.get('--map') ?? []);
  // A quarter (2027-Q1) or a month (2027-03), repeatable; refused with the forms when unreadable.
  const periods = (values.get('--period') ?? []).map(parsePeriod);
  const period = periods.length > 0 ? { periods } : {};
  if (command === 'funnel') return { kind: 'funnel', inputs, ...common, ...(choice ? { choice } : {}), ...period };
  const input = inputs[0];
  const inPlace = values.has('--in-place');
  const out = one('--out');
  if (inPlace && out !== undefined) throw usage('--in-place 与 --out 不能同时使用', '--in-place and --out exclude each other');
  const output = inPlace ? input : out ?? defaultOutput(input);
  if (!inPlace) {
    const same = sameFile(input, output);
    if (same) throw usage(`输出 ${output} 就是输入文件本身(${same});要更新它请加 --in-place,否则请换一个 --out`, `the output ${output} is the input file itself (${same}); add --in-place to update it, or choose another --out`);
  }
  return {
    kind: 'apply',
    input,
    output,
    inPlace,
    lang: lang as Lang | undefined,
    rep,
    date,
    ...(choice ? { choice } : {}),
    ...period,
  };
}

const FIELD_LIST = `${TRACKER_FIELDS.join(', ')} (${TRACKER_FIELDS.map((f) => TRACKER_FIELD_INFO[f].label.zh).join(', ')})`;

/**
 * --sheet NAME and --map field=Header (repeatable; an empty header: the list has no such
 * column) as the choice core makes a mapping of. Whether the sheet and headers exist is for
 * core to say, once the workbook is read (a usage error too).
 */
function trackerChoice(sheet: string | undefined, maps: readonly string[]): TrackerChoice | undefined {
  if (sheet === undefined && maps.length === 0) return undefined;
  if (sheet !== undefined && sheet.trim() === '') throw usage('--sheet 需要一个工作表名称', '--sheet needs a sheet name');
  const columns: Partial<Record<TrackerField, string | null>> = {};
  for (const m of maps) {
    const eq = m.indexOf('=');
    if (eq < 0) throw usage(`--map 的格式是 字段=表头,而不是 ${m};字段:${FIELD_LIST}`, `--map takes field=Header, not ${m}; fields: ${FIELD_LIST}`);
    const field = trackerFieldNamed(m.slice(0, eq));
    if (!field) throw usage(`--map:未知字段“${m.slice(0, eq)}”;字段:${FIELD_LIST}`, `--map: unknown field "${m.slice(0, eq)}"; fields: ${FIELD_LIST}`);
    if (field in columns) throw usage(`--map:${field} 给了两次`, `--map: ${field} is given twice`);
    const header = m.slice(eq + 1).trim();
    columns[field] = header === '' ? null : header;
  }
  return { ...(sheet !== undefined ? { sheet } : {}), ...(maps.length > 0 ? { columns } : {}) };
}

/**
 * Why `a` and `b` name one file, or null: the same path once resolved, or (both existing) the
 * same device and inode, which catches a symlink, a hard link or another spelling of the path.
 */
export function sameFile(a: string, b: string): string | null {
  if (resolve(a) === resolve(b)) return 'the same path';
  try {
    const x = statSync(a);
    const y = statSync(b);
    if (x.dev === y.dev && x.ino === y.ino) return 'the same file under another name';
  } catch {
    // one of them does not exist: not the same file
  }
  return null;
}
