/**
 * What the pane and the sidebar show of the opportunity list before a set-up, made by the same
 * core functions `pcss apply` prints with (trackerCandidates, mappingFor, describeMapping,
 * trackerFindings): the sheets the user can pick, the likeliest list first with why; the list
 * and columns taken, each field's header or what its absence costs; the warnings.
 */
import { isMethodError } from '../errors';
import { say } from '../messages';
import type { Bilingual } from '../methodology/bilingual';
import { isOurSheet } from '../layout/tabs';
import { detectTrackerReport, type TrackerCandidate } from '../layout/tracker';
import { mappingFor } from '../layout/trackerChoice';
import { HEADER_SCAN_ROWS, TRACKER_FIELDS, headerText } from '../layout/trackerHeaders';
import { TRACKER_FIELD_INFO, describeMapping, trackerFindings, type FieldReport } from '../layout/trackerReport';
import type { PlanWarning, SheetSnapshot, TrackerField, TrackerMapping, WorkbookSnapshot } from '../layout/types';

/** A sheet the user can take the list from. */
export interface TrackerOption {
  readonly sheet: string;
  /** Why it is, or is not, the list: its opportunities and columns, a summary, or no headers recognised. */
  readonly why: Bilingual;
  /** A list was recognised on it. */
  readonly list: boolean;
}

export interface TrackerView {
  /** The sheet the user picked; null when the list was detected. */
  readonly picked: string | null;
  /** The team's sheets: those with a list, likeliest first, then the others in workbook order. */
  readonly options: readonly TrackerOption[];
  /** The list taken (sheet, table, header row), or null. */
  readonly list: Bilingual | null;
  /** Its opportunities now; null when the host read only the sheet's first rows. */
  readonly rows: number | null;
  /** Each field, the header taken or what is lost without it (describeMapping's). */
  readonly fields: readonly FieldReport[];
  /** What each field's absence costs, for a column the user sets to none in the pane. */
  readonly costs: Readonly<Record<TrackerField, Bilingual>>;
  /** What the set-up says of the list: none found, two alike, no amount, no rep. */
  readonly findings: readonly PlanWarning[];
  /** Why the picked sheet's list cannot be taken as it is (the user then chooses its columns). */
  readonly problem: Bilingual | null;
}

const plain = (w: PlanWarning): PlanWarning => ({ code: w.code, zh: w.zh, en: w.en });
const join = (a: Bilingual, b: Bilingual): Bilingual => ({ zh: `${a.zh}${b.zh}`, en: `${a.en}${b.en}` });

/** Read in part (a host read only its first rows): its opportunities cannot be counted here. */
const partial = (sheet: SheetSnapshot | undefined) => sheet?.usedRows !== undefined && sheet.rows.length < sheet.usedRows;

function whyList(c: TrackerCandidate, sheet: SheetSnapshot | undefined, likeliest: boolean): Bilingual {
  const fields = Object.keys(c.mapping.columns).length;
  const body = c.summary ? say('TRACKER_OPTION_SUMMARY', { fields }) : partial(sheet) ? say('TRACKER_OPTION_COLUMNS', { fields }) : say('TRACKER_OPTION_LIST', { rows: c.rows, fields });
  return likeliest ? join(say('TRACKER_OPTION_LIKELIEST'), body) : body;
}

/** Every sheet of the team's, each once: those holding a candidate list in the candidates' order, then the rest. */
function sheetOptions(snapshot: WorkbookSnapshot, candidates: readonly TrackerCandidate[]): TrackerOption[] {
  const out: TrackerOption[] = [];
  const seen = new Set<string>();
  candidates.forEach((c, i) => {
    if (seen.has(c.mapping.sheet)) return;
    seen.add(c.mapping.sheet);
    const sheet = snapshot.sheets.find((s) => s.name === c.mapping.sheet);
    out.push({ sheet: c.mapping.sheet, why: whyList(c, sheet, i === 0 && !c.summary), list: true });
  });
  for (const s of snapshot.sheets) {
    if (isOurSheet(s) || seen.has(s.name)) continue;
    out.push({ sheet: s.name, why: say('TRACKER_OPTION_NONE'), list: false });
  }
  return out;
}

/**
 * A sheet the user picked where no header row was recognised: its fullest header-like row in the
 * first rows, no column chosen yet, so the pane can offer that row's headers. Null: nothing there.
 */
function bareMapping(sheet: SheetSnapshot): TrackerMapping | null {
  let best = -1;
  let count = 0;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, sheet.rows.length); r++) {
    const n = (sheet.rows[r] ?? []).filter((c) => headerText(c) !== null).length;
    if (n > count) [best, count] = [r, n];
  }
  return best < 0 ? null : { sheet: sheet.name, headerRow: best, lastRow: best, columns: {}, headers: {} };
}

const COSTS = Object.fromEntries(TRACKER_FIELDS.map((f) => [f, TRACKER_FIELD_INFO[f].cost])) as Record<TrackerField, Bilingual>;

/**
 * The list a set-up would take and what is said of it: the detected one, or the best list on the
 * sheet the user picked (`pick`). A picked sheet with no list recognised gives its header-like
 * row with no column chosen, and the problem in words; a sheet that is not there or is ours, the
 * problem and no list.
 */
export function trackerView(snapshot: WorkbookSnapshot, pick?: string): { mapping: TrackerMapping | null; view: TrackerView } {
  const { candidates } = detectTrackerReport(snapshot);
  let mapping: TrackerMapping | null;
  let findings: readonly PlanWarning[] = [];
  let problem: Bilingual | null = null;
  if (pick === undefined) {
    const found = trackerFindings(snapshot);
    mapping = found.mapping;
    findings = found.warnings.map(plain);
  } else {
    try {
      mapping = mappingFor(snapshot, { sheet: pick });
      if (mapping) findings = trackerFindings(snapshot, mapping).warnings.map(plain);
    } catch (e) {
      if (!isMethodError(e)) throw e;
      problem = { zh: e.zh, en: e.en };
      const sheet = snapshot.sheets.find((s) => s.name === pick && !isOurSheet(s));
      mapping = sheet ? bareMapping(sheet) : null;
    }
  }
  const report = mapping ? describeMapping(snapshot, mapping) : null;
  const sheet = mapping ? snapshot.sheets.find((s) => s.name === mapping!.sheet) : undefined;
  return {
    mapping,
    view: {
      picked: pick ?? null,
      options: sheetOptions(snapshot, candidates),
      list: report?.list ?? null,
      rows: report && !problem && !partial(sheet) ? report.rows : null,
      fields: report?.fields ?? [],
      costs: COSTS,
      findings,
      problem,
    },
  };
}
