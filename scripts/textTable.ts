/**
 * Terminal tables that line up with Chinese text: CJK and full-width characters take two
 * columns. Kept tiny on purpose; used by the demo and command-line output.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** Renders rows under a header; columns listed in `rightAligned` (numbers) align right. */
export function textTable(header: string[], rows: string[][], rightAligned: number[] = []): string {
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const line = (cells: string[]) => cells.map((cell, c) => pad(cell ?? '', widths[c], rightAligned.includes(c))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const money = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
export const percent = (p: number | null): string => (p === null ? '—' : `${Math.round(p * 100)}%`);
