/**
 * Workbooks shaped like real teams' files, as plain data: a CRM export with its own headers, a
 * summary sheet built with COUNTIF/SUMIF and a total row beside the list, a list below a title
 * and notes, a list in a table among other tables. Shared by the layout tests and the host
 * scenarios.
 */
import { onSheet, type SheetSnapshot, type SnapshotCell, type TableSnapshot } from '../../core/layout';
import { prng } from '../../samples/prng';

const ACCOUNTS = ['Acme Corp', 'Globex', 'Initech', 'Umbrella Health', 'Stark Logistics', 'Wayne Foods', 'Hooli', 'Soylent', 'Tyrell Systems', 'Cyberdyne'];
const AGENTS = ['Ann Lee', 'Bob Smith', 'Carla Diaz', 'Dev Patel', 'Eve Moreau'];
const STAGES = ['Prospecting', 'Qualification', 'Needs Analysis', 'Proposal', 'Negotiation', 'Closed Won'];
const PRODUCTS = ['GTX Pro', 'MG Special', 'GTK 500', 'GTX Basic', 'MG Advanced'];

export interface ExportDeal {
  readonly id: string;
  readonly name: string;
  readonly account: string;
  readonly owner: string;
  readonly amount: number;
  readonly closeDate: string;
  readonly stage: string;
  readonly product: string;
}

/** Deals as a CRM exports them: ids, names, accounts, owners, amounts, ISO close dates, stages. */
export function exportDeals(count: number, seed = 1): ExportDeal[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  return Array.from({ length: count }, (_, i) => {
    const product = pick(PRODUCTS);
    const account = pick(ACCOUNTS);
    return {
      id: `006${String(100000 + i * 37).padStart(9, '0')}`,
      name: `${account} - ${product} ${i + 1}`,
      account,
      owner: AGENTS[i % AGENTS.length],
      amount: Math.round(1 + rand() * 99) * 500,
      closeDate: `2027-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
      stage: pick(STAGES),
      product,
    };
  });
}

/** A Salesforce report exported to a workbook: English labels, the owner first, a Probability (%) column. */
export const SALESFORCE_REPORT_HEADERS = ['Opportunity Owner', 'Account Name', 'Opportunity Name', 'Stage', 'Amount', 'Probability (%)', 'Close Date', 'Type'] as const;

export function salesforceReportSheet(deals: readonly ExportDeal[], name = 'Opportunities'): SheetSnapshot {
  return {
    name,
    rows: [[...SALESFORCE_REPORT_HEADERS], ...deals.map((d) => [d.owner, d.account, d.name, d.stage, d.amount, 10 * (1 + (d.amount % 9)), d.closeDate, 'New Business'])],
    tables: [],
  };
}

/** The Maven CRM sample's sales_pipeline: an opportunity id and no name. */
export const MAVEN_HEADERS = ['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date', 'close_date', 'close_value'] as const;

export function mavenPipelineSheet(deals: readonly ExportDeal[], name = 'sales_pipeline'): SheetSnapshot {
  return {
    name,
    rows: [[...MAVEN_HEADERS], ...deals.map((d) => [d.id.slice(-8), d.owner, d.product, d.account, d.stage, '2026-10-01', d.closeDate, d.amount])],
    tables: [],
  };
}

export interface SummaryOptions {
  /** The list's sheet and the columns (0-based) of the key and the amount on it. */
  readonly list: { readonly sheet: string; readonly keyCol: number; readonly amountCol: number };
  /** Key, count, amount, then any further columns (`extra` fills them). */
  readonly headers: readonly string[];
  /** Further plain columns per key (a rep, a stage, a date), after the amount. */
  readonly extra?: (key: string) => readonly SnapshotCell[];
  /** The keys, one row each. */
  readonly keys: readonly string[];
  /** Cached results, as a host that calculated would hand them over; absent: formulas only. */
  readonly results?: { readonly count: (key: string) => number; readonly amount: (key: string) => number };
  readonly totalLabel?: string;
  readonly name?: string;
}

function colRef(sheet: string, col: number): string {
  const letter = String.fromCharCode(65 + col);
  return onSheet(sheet, `$${letter}:$${letter}`);
}

/**
 * A summary sheet as managers build one: a key column, COUNTIF and SUMIF over the list's whole
 * columns, a SUM total row at the bottom.
 */
export function summarySheet(o: SummaryOptions): SheetSnapshot {
  const keyRange = colRef(o.list.sheet, o.list.keyCol);
  const amountRange = colRef(o.list.sheet, o.list.amountCol);
  const rows: SnapshotCell[][] = [[...o.headers]];
  o.keys.forEach((key, i) => {
    const r = i + 2;
    rows.push([
      key,
      { formula: `COUNTIF(${keyRange},A${r})`, ...(o.results ? { result: o.results.count(key) } : {}) },
      { formula: `SUMIF(${keyRange},A${r},${amountRange})`, ...(o.results ? { result: o.results.amount(key) } : {}) },
      ...(o.extra?.(key) ?? []),
    ]);
  });
  const last = o.keys.length + 1;
  const sum = (f: (k: string) => number) => o.keys.reduce((s, k) => s + f(k), 0);
  rows.push([
    o.totalLabel ?? '合计',
    { formula: `SUM(B2:B${last})`, ...(o.results ? { result: sum(o.results.count) } : {}) },
    { formula: `SUM(C2:C${last})`, ...(o.results ? { result: sum(o.results.amount) } : {}) },
  ]);
  return { name: o.name ?? '汇总', rows, tables: [] };
}

/**
 * The summary of a Salesforce report's deals by account, with every header the list has: the
 * count of deals under "Opportunity Name", the sum under "Amount", the account's first owner,
 * stage and close date beside them. By its headers alone it is as good a list as the list.
 */
export function accountSummary(listSheet: string, deals: readonly ExportDeal[], opts: { withResults?: boolean; keys?: number; name?: string } = {}): SheetSnapshot {
  const keys = [...new Set(deals.map((d) => d.account))].slice(0, opts.keys ?? 5);
  const first = (k: string) => deals.find((d) => d.account === k)!;
  return summarySheet({
    list: { sheet: listSheet, keyCol: 1, amountCol: 4 },
    headers: ['Account Name', 'Opportunity Name', 'Amount', 'Opportunity Owner', 'Stage', 'Close Date'],
    extra: (k) => [first(k).owner, first(k).stage, first(k).closeDate],
    keys,
    totalLabel: 'Total',
    name: opts.name ?? 'Summary',
    ...(opts.withResults === false
      ? {}
      : { results: { count: (k) => deals.filter((d) => d.account === k).length, amount: (k) => deals.filter((d) => d.account === k).reduce((s, d) => s + d.amount, 0) } }),
  });
}

/** A summary sheet written as plain values (pasted as values, or as Excel and Sheets hand formulas over: results only). */
export function asValues(sheet: SheetSnapshot): SheetSnapshot {
  return {
    ...sheet,
    rows: sheet.rows.map((r) => r?.map((c) => (c !== null && typeof c === 'object' && !(c instanceof Date) ? c.result ?? null : c))),
  };
}

/** A list below a title, a date line and two notes, as teams keep one. */
export function belowTitleAndNotes(sheet: SheetSnapshot, lines: readonly (readonly SnapshotCell[])[]): SheetSnapshot {
  return { ...sheet, rows: [...lines.map((l) => [...l]), [], ...sheet.rows], tables: sheet.tables.map((t): TableSnapshot => ({ ...t, top: t.top + lines.length + 1, bottom: t.bottom + lines.length + 1 })) };
}
