import type { TrackerField } from '../../../core/layout';

/** A header row as a product exports it, and the header each field must take (absent: none). */
export interface ExportHeaderRow {
  readonly name: string;
  readonly headers: readonly string[];
  readonly expect: Readonly<Partial<Record<TrackerField, string>>>;
}

export interface CrmSource {
  readonly source: string;
  /** Where the header rows were written from. */
  readonly documentation: string;
  readonly rows: readonly ExportHeaderRow[];
}
