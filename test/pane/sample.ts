/**
 * The bundled sample workbook (samples/team-pipeline.xlsx: a set-up team workbook with the reps'
 * ticks, levels and activity counts) as the tests hand it to a host: each cell's value as a
 * spreadsheet shows it (a formula's cached result), dates as day numbers as Excel gives them.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { dayNumber } from '../../core/cells/calendar';
import { cellValue, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { openPackage } from '../../xlsx/read/openPackage';

export const SAMPLE_FILE = join(__dirname, '../../samples/team-pipeline.xlsx');

/** The sample as the command line reads it (formulas with their cached results). */
export function sampleSnapshot(): WorkbookSnapshot {
  return openPackage(readFileSync(SAMPLE_FILE), SAMPLE_FILE).snapshot;
}

const shown = (cell: SnapshotCell): SnapshotCell => {
  const v = cellValue(cell) as SnapshotCell;
  return v instanceof Date ? dayNumber(v) : v ?? null;
};

/** The sample's values only, dates as day numbers: what a host's read returns, and what crosses into a page as JSON. */
export function sampleValues(snapshot = sampleSnapshot()): WorkbookSnapshot {
  return { sheets: snapshot.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r?.map(shown)) })) };
}

/** A sheet's rows as a dense grid (blank rows as empty arrays), as the fakes' addSheet takes them. */
export function denseRows(rows: readonly (readonly SnapshotCell[] | undefined)[]): SnapshotCell[][] {
  return Array.from(rows, (r) => (r ? [...r] : []));
}
