// The command line's part of the error catalogue (registers its codes).
import '../core/cliErrors';
import { readdirSync, statSync } from 'fs';
import { join } from 'path';
import { MethodError } from '../core/errors';

/** A path given to `pcss funnel`: the workbooks it stands for, or why it stands for none. */
export type WorkbookSource = { readonly path: string; readonly workbooks: readonly string[] } | { readonly path: string; readonly error: MethodError };

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** A file, or a link to one (a folder named team.xlsx is not). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The workbooks of each path given: a file as it is (read later, and refused then if it is no
 * workbook), a folder as every .xlsx and .xlsm directly in it, sorted by name (code point
 * order, the same on every machine), not its subfolders, and not Excel's "~$" owner files (the
 * small lock files Excel leaves beside a workbook it has open). A folder without any is said.
 */
export function workbookSources(paths: readonly string[]): WorkbookSource[] {
  return paths.map((path): WorkbookSource => {
    let folder = false;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      // Not there: read as a file, which says "file not found".
    }
    if (!folder) return { path, workbooks: [path] };
    const names = readdirSync(path, { withFileTypes: true })
      .filter((e) => WORKBOOK.test(e.name) && !e.name.startsWith('~$') && isFile(join(path, e.name)))
      .map((e) => e.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (names.length === 0) return { path, error: new MethodError('CLI_FOLDER_EMPTY', { path }) };
    return { path, workbooks: names.map((n) => join(path, n)) };
  });
}

/** Whether the paths make one workbook (the one-workbook output) or several (the table of totals). */
export function isSingleWorkbook(sources: readonly WorkbookSource[]): boolean {
  return sources.length === 1 && 'workbooks' in sources[0] && sources[0].workbooks.length === 1 && sources[0].workbooks[0] === sources[0].path;
}
