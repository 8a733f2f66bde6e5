/**
 * The sidebar's pick of the sheet that holds the opportunity list: what it shows for that sheet
 * (its list and columns, or why none was recognised; what each missing column costs; the
 * warnings), from core's workbookInfo as pcssInspect answers for the detected list. Its own file,
 * so the server's other endpoints are left as they are.
 */
import { workbookInfo, type WorkbookInfoView } from '../../core/report/summaries';
import type { Envelope } from './endpoints';
import { toFailure } from './failure';
import { readSpreadsheet } from './reader';
import { services } from './sheetsApi';

/** `request.sheet` names the sheet picked; without it (or not a string), the detected list as pcssInspect answers. */
export function inspectSheet(request: unknown): Envelope<WorkbookInfoView> {
  try {
    const sheet = typeof request === 'object' && request !== null && typeof (request as { sheet?: unknown }).sheet === 'string' ? (request as { sheet: string }).sheet : undefined;
    return { ok: true, value: workbookInfo(readSpreadsheet(services().SpreadsheetApp.getActiveSpreadsheet()).snapshot, sheet) };
  } catch (e) {
    return { ok: false, ...toFailure(e, 'unchanged') };
  }
}
