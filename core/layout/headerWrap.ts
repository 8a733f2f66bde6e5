import type { Lang } from '../methodology/bilingual';

/**
 * How tall a header row must be to show wrapped header text whole. No host measures text for us
 * before it draws (Excel and Sheets autofit only rows without a set height, LibreOffice only on
 * load, the .xlsx none), so core estimates on the safe side, in the units a column width is given
 * in: the width of a digit of the default 11-point font. A CJK character or full-width sign takes
 * 2.2 (a square 11-point glyph is ~14.7 px against a 7 px digit), any other letter 1.05 (bold),
 * a space 0.5; a cell keeps ~1 unit of padding. Latin words wrap whole where they fit, a longer
 * word is broken; CJK text wraps between any two characters, as every host wraps it.
 */
const WIDE = /[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]/;
const TOKENS = /[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]+|\s+/g;

function unitsOf(token: string): number {
  let w = 0;
  for (const ch of token) w += WIDE.test(ch) ? 2.2 : /\s/.test(ch) ? 0.5 : 1.05;
  return w;
}

/** Lines `text` takes when wrapped in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  let lines = 1;
  let x = 0;
  for (const token of text.match(TOKENS) ?? []) {
    const w = unitsOf(token);
    if (/^\s/.test(token)) x += w;
    else if (x + w <= usable) x += w;
    else {
      if (x > 0) lines++;
      let rest = w;
      for (; rest > usable; rest -= usable) lines++;
      x = rest;
    }
  }
  return lines;
}

/** Points per line: an 11-point CJK font (等线, 微软雅黑, PingFang) needs more leading than Calibri or Arial. */
const LINE_POINTS: Record<Lang, number> = { zh: 17, en: 15 };

/** The header row's height in points that shows each text whole in its column's width. */
export function headerHeight(cells: readonly { readonly text: string; readonly width: number }[], lang: Lang): number {
  const lines = Math.max(1, ...cells.map((c) => wrappedLines(c.text, c.width)));
  return lines * LINE_POINTS[lang] + 4;
}
