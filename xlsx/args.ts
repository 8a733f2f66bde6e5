import { statSync } from 'fs';
import { resolve } from 'path';
import { MethodError } from '../core/errors';
import { TRACKER_FIELDS, TRACKER_FIELD_INFO, trackerFieldNamed, type TrackerChoice, type TrackerField } from '../core/layout';
import { parsePeriod, type Period } from '../core/layout/periods';
import type { Lang } from '../core/methodology/bilingual';

export type Command =
  | { kind: 'help' }
  | { kind: 'apply'; input: string; output: string; inPlace: boolean; lang?: Lang; rep?: string; date?: string; choice?: TrackerChoice; periods?: Period[] }
  | { kind: 'funnel'; input: string; lang?: Lang; rep?: string; choice?: TrackerChoice; periods?: Period[] };

const VALUED = new Set(['--out', '--lang', '--rep', '--date', '--sheet', '--map', '--period']);
/** Options that may be given more than once. */
const REPEATED = new Set(['--map', '--period']);
const FLAGS = new Set(['--in-place', '--help', '-h']);

function usage(detail: string): MethodError {
  return new MethodError('USAGE', { detail });
}

/** The default output: beside the input, "<name>-pcss.xlsx", so the input stays as it was. */
export function defaultOutput(input: string): string {
  // A macro-enabled workbook stays one: Excel refuses an .xlsx holding a VBA project.
  const m = /\.(xlsx|xlsm)$/i.exec(input);
  return m ? `${input.slice(0, m.index)}-pcss.${m[1]}` : `${input}-pcss.xlsx`;
}

export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  const opts = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (VALUED.has(name)) {
      const value = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) throw usage(`${name} needs a value`);
      if (REPEATED.has(name)) repeated.set(name, [...(repeated.get(name) ?? []), value]);
      else opts.set(name, value);
    } else if (FLAGS.has(a)) flags.add(a);
    else if (a.startsWith('-')) throw usage(`unknown option ${a}`);
    else positional.push(a);
  }
  if (flags.has('--help') || flags.has('-h') || positional.length === 0) return { kind: 'help' };
  const [command, input, ...rest] = positional;
  if (rest.length > 0) throw usage(`unexpected ${rest.join(' ')}`);
  const lang = opts.get('--lang');
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') throw usage(`--lang must be zh or en, not ${lang}`);
  const date = opts.get('--date');
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw usage(`--date must be YYYY-MM-DD, not ${date}`);
  if (command !== 'apply' && command !== 'funnel') throw usage(`unknown command ${command}; expected apply or funnel`);
  if (!input) throw usage(`${command} needs an input .xlsx`);
  const choice = trackerChoice(opts.get('--sheet'), repeated.get('--map') ?? []);
  // A quarter (2027-Q1) or a month (2027-03), repeatable; refused with the forms when unreadable.
  const periods = (repeated.get('--period') ?? []).map(parsePeriod);
  const period = periods.length > 0 ? { periods } : {};
  if (command === 'funnel') return { kind: 'funnel', input, lang: lang as Lang | undefined, rep: opts.get('--rep'), ...(choice ? { choice } : {}), ...period };
  const inPlace = flags.has('--in-place');
  if (inPlace && opts.has('--out')) throw usage('--in-place and --out exclude each other');
  const output = inPlace ? input : opts.get('--out') ?? defaultOutput(input);
  if (!inPlace) {
    const same = sameFile(input, output);
    if (same) throw usage(`the output ${output} is the input file itself (${same}); add --in-place to update it, or choose another --out`);
  }
  return {
    kind: 'apply',
    input,
    output,
    inPlace,
    lang: lang as Lang | undefined,
    rep: opts.get('--rep'),
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
  if (sheet !== undefined && sheet.trim() === '') throw usage('--sheet needs a sheet name');
  const columns: Partial<Record<TrackerField, string | null>> = {};
  for (const m of maps) {
    const eq = m.indexOf('=');
    if (eq < 0) throw usage(`--map takes field=Header, not ${m}; fields: ${FIELD_LIST}`);
    const field = trackerFieldNamed(m.slice(0, eq));
    if (!field) throw usage(`--map: unknown field "${m.slice(0, eq)}"; fields: ${FIELD_LIST}`);
    if (field in columns) throw usage(`--map: ${field} is given twice`);
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
