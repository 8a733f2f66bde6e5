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

/** Lines `text` takes when wrapped in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  let lines = 1;
  let x = 0;
  let word = 0;
  // A word (or a CJK character) goes on the line if it fits, else starts the next; a word wider than a line is broken.
  const place = (w: number) => {
    if (x > 0 && x + w > usable) {
      lines++;
      x = 0;
    }
    for (; w > usable; w -= usable) lines++;
    x += w;
    word = 0;
  };
  for (const ch of `${text} `) {
    if (WIDE.test(ch)) {
      if (word) place(word);
      place(2.2);
    } else if (/\s/.test(ch)) {
      if (word) place(word);
      x += 0.5;
    } else word += 1.05;
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
