import { describeMapping, type TrackerMapping, type WorkbookSnapshot } from '../core/layout';
import type { Lang } from '../core/methodology/bilingual';
import { displayWidth, visible } from './funnelTable';

/**
 * The list and columns a run used, as `pcss apply` and `pcss funnel` print them: the sheet,
 * each field with its column and header, or 未找到/not found and what that costs. The field
 * names are the ones --map takes.
 */
export function renderMapping(snapshot: WorkbookSnapshot, mapping: TrackerMapping | null, lang: Lang): string {
  if (!mapping) return lang === 'zh' ? '未找到机会列表(可用 --sheet 和 --map 字段=表头 指定)' : 'No opportunity list found (choose one with --sheet and --map field=Header)';
  const report = describeMapping(snapshot, mapping);
  const head =
    lang === 'zh' ? `机会列表:${visible(report.list.zh)},${report.rows} 个机会` : `Opportunity list: ${visible(report.list.en)}, ${report.rows} ${report.rows === 1 ? 'opportunity' : 'opportunities'}`;
  const labels = report.fields.map((f) => (lang === 'zh' ? `${f.label.zh} ${f.field}` : f.field));
  const width = Math.max(...labels.map(displayWidth));
  const lines = report.fields.map((f, i) => {
    const label = labels[i] + ' '.repeat(width - displayWidth(labels[i]));
    if (f.header === null) return `  ${label}  ← ${lang === 'zh' ? `未找到:${f.cost!.zh}` : `not found: ${f.cost!.en}`}`;
    return `  ${label}  ← ${f.column} ${lang === 'zh' ? `“${visible(f.header)}”` : `"${visible(f.header)}"`}`;
  });
  return [head, ...lines].join('\n');
}
