import type { CellBlock, FormulaFill, Plan, PlanCell } from '../core/layout';
import { columnLetter } from '../core/layout/a1';
import { escapeXml } from './chartPart';

/**
 * Bulk rows: ExcelJS writes about 50 000 cells a second, too slow for the tens of thousands of
 * rows a set-up adds to our own tabs. So ExcelJS writes the first added row of each of our
 * keyed tabs (the template: it carries the styles and the shared formulas' masters) and the rows
 * below are written straight into that sheet's XML, copying the template's style ids. Only rows
 * that ExcelJS never touches are injected, after every row it wrote, so nothing is duplicated.
 */
export interface DeferredRows {
  sheet: string;
  /** 0-based row ExcelJS writes; the injected rows are template+1 .. last. */
  template: number;
  last: number;
  /** Values of the injected rows, from column `col`. */
  col: number;
  values: readonly (readonly PlanCell[])[];
  fills: readonly { col: number }[];
}

export interface SplitPlan {
  plan: Plan;
  deferred: DeferredRows[];
}

/** A keyed tab's block of rows, recognizable by the formula fills that span exactly its rows. */
function fillsOf(plan: Plan, block: CellBlock): FormulaFill[] {
  const bottom = block.row + block.values.length - 1;
  return plan.fills.filter((f) => f.sheet === block.sheet && f.top === block.row && f.bottom === bottom);
}

/** Splits a plan into what ExcelJS applies (template rows) and the rows injected afterwards. */
export function splitBulk(plan: Plan): SplitPlan {
  const deferred: DeferredRows[] = [];
  const writes: CellBlock[] = [];
  const fills: FormulaFill[] = [...plan.fills];
  for (const block of plan.writes) {
    const own = block.values.length > 1 ? fillsOf(plan, block) : [];
    if (own.length === 0) {
      writes.push(block);
      continue;
    }
    writes.push({ ...block, values: block.values.slice(0, 1) });
    deferred.push({
      sheet: block.sheet,
      template: block.row,
      last: block.row + block.values.length - 1,
      col: block.col,
      values: block.values.slice(1),
      fills: own.map((f) => ({ col: f.col })),
    });
  }
  return { plan: { ...plan, writes, fills }, deferred };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function cellXml(ref: string, value: PlanCell, style: string): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === undefined || value === '') return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  if (value instanceof Date) return `<c r="${ref}"${s}><v>${(value.getTime() - EXCEL_EPOCH) / 86_400_000}</v></c>`;
  if (typeof value === 'string') {
    // Most names need no escaping: test once before replacing.
    const text = NEEDS_ESCAPE.test(value) ? escapeXml(value.replace(CONTROL_CHARS, '')) : value;
    const space = value.length > 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32) ? ' xml:space="preserve"' : '';
    return '<c r="' + ref + '"' + s + ' t="inlineStr"><is><t' + space + '>' + text + '</t></is></c>';
  }
  return `<c r="${ref}"${s}><f>${escapeXml(value.formula)}</f></c>`;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** Style ids and shared-formula ids of the template row's cells, by column. */
function templateCells(sheetXml: string, row: number): Map<number, { s: string; si?: string }> {
  const r = row + 1;
  const start = sheetXml.search(new RegExp(`<row r="${r}"[ >]`));
  if (start < 0) throw new Error(`template row ${r} was not written`);
  const end = sheetXml.indexOf('</row>', start);
  const xml = sheetXml.slice(start, end);
  const cells = new Map<number, { s: string; si?: string }>();
  for (const m of xml.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g)) {
    const s = /\ss="(\d+)"/.exec(m[2])?.[1] ?? '';
    const si = m[4] ? /<f[^>]*\ssi="(\d+)"/.exec(m[4])?.[1] : undefined;
    cells.set(columnIndex(m[1]), { s, si });
  }
  return cells;
}

/**
 * Bytes written straight into large buffers: tens of thousands of row strings kept alive and
 * joined cost more in garbage collection than building them.
 */
class ByteWriter {
  private readonly chunks: Buffer[] = [];
  private buf = Buffer.allocUnsafe(ByteWriter.CHUNK);
  private pos = 0;
  static readonly CHUNK = 4 << 20;

  write(text: string): void {
    if (this.pos + text.length * 3 > this.buf.length) {
      this.chunks.push(this.buf.subarray(0, this.pos));
      this.buf = Buffer.allocUnsafe(Math.max(ByteWriter.CHUNK, text.length * 3));
      this.pos = 0;
    }
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }

  result(): Buffer[] {
    return [...this.chunks, this.buf.subarray(0, this.pos)];
  }
}

/** The injected rows' XML, to go just before </sheetData>. */
export function deferredXml(sheetXml: string, d: DeferredRows, out: ByteWriter = new ByteWriter()): ByteWriter {
  const template = templateCells(sheetXml, d.template);
  const width = d.values.reduce((w, v) => Math.max(w, v.length), 0);
  const letters = Array.from({ length: Math.max(d.col + width, ...d.fills.map((f) => f.col + 1)) }, (_, c) => columnLetter(c));
  const fills = [...d.fills].sort((a, b) => a.col - b.col);
  for (const f of fills) if (template.get(f.col)?.si === undefined) throw new Error(`the formula in ${letters[f.col]}${d.template + 1} is not a shared formula master`);
  // Per column, what surrounds the row number: built once, not per cell.
  const valueStyles = Array.from({ length: width }, (_, j) => template.get(d.col + j)?.s ?? '');
  const valueRefs = Array.from({ length: width }, (_, j) => letters[d.col + j]);
  const fillOpen = fills.map((f) => `<c r="${letters[f.col]}`);
  const fillClose = fills.map((f) => {
    const t = template.get(f.col)!;
    return `"${t.s ? ` s="${t.s}"` : ''}><f t="shared" si="${t.si}"/></c>`;
  });
  d.values.forEach((values, i) => {
    const r = d.template + 2 + i;
    let xml = '<row r="' + r + '">';
    for (let j = 0; j < values.length; j++) xml += cellXml(valueRefs[j] + r, values[j], valueStyles[j]);
    for (let k = 0; k < fills.length; k++) xml += fillOpen[k] + r + fillClose[k];
    out.write(xml + '</row>');
  });
  return out;
}

/** Puts the deferred rows into a worksheet part ExcelJS wrote, after its last row; the part's new bytes. */
export function injectRows(sheetXml: string, all: readonly DeferredRows[]): Buffer {
  if (all.length === 0) return Buffer.from(sheetXml, 'utf8');
  const lastWritten = [...sheetXml.matchAll(/<row r="(\d+)"/g)].reduce((m, x) => Math.max(m, Number(x[1])), 0);
  const first = Math.min(...all.map((d) => d.template + 2));
  if (lastWritten >= first) throw new Error(`ExcelJS wrote row ${lastWritten}, inside the injected rows from ${first}`);
  const last = Math.max(...all.map((d) => d.last)) + 1;
  const xml = sheetXml.replace(/<dimension ref="([A-Z]+\d+):([A-Z]+)\d+"\/>/, (_, a: string, col: string) => `<dimension ref="${a}:${col}${last}"/>`);
  const end = xml.lastIndexOf('</sheetData>');
  const rows = new ByteWriter();
  for (const d of [...all].sort((a, b) => a.template - b.template)) deferredXml(xml, d, rows);
  return Buffer.concat([Buffer.from(xml.slice(0, end), 'utf8'), ...rows.result(), Buffer.from(xml.slice(end), 'utf8')]);
}
