/**
 * Workbooks shaped like other producers' files (issue 10's corpus), each built from raw XML:
 * the .xlsx host must read them and, after one and after two runs, lose nothing of them.
 */
import { excelLike } from './excelLike';
import { libreOfficeLike } from './libreOfficeLike';
import { macroEnabled } from './macroEnabled';
import { openpyxlLike } from './openpyxlLike';
import type { CorpusWorkbook } from './parts';
import { pivotAndSlicer } from './pivotAndSlicer';
import { prefixed } from './prefixed';

export type { CorpusWorkbook } from './parts';

export const CORPUS: CorpusWorkbook[] = [excelLike, pivotAndSlicer, macroEnabled, openpyxlLike, libreOfficeLike, prefixed];
