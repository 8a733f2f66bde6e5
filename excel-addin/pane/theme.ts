/**
 * Office's theme in the task pane (Office.context.officeTheme: the body and control colours of
 * the theme the user chose, dark included): the pane takes its background, text and control
 * colours from it, and on a dark theme its own colours (accent, borders, messages) for dark.
 */

/** What the pane reads of Office.context.officeTheme (every field may be missing on some platforms). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
}

export interface PaneTheme {
  readonly dark: boolean;
  /** CSS custom properties of .pcss-pane (pane.css), by name. */
  readonly vars: Readonly<Record<string, string>>;
}

/** The pane's own colours on a dark theme (Fluent's dark neutrals and status colours). */
const DARK: Readonly<Record<string, string>> = {
  '--muted': '#c7c7c7',
  '--border': '#666666',
  '--link': '#62abf5',
  '--error-bg': '#3b1a1d',
  '--error': '#ff9aa4',
  '--ok-bg': '#0e2a0e',
  '--ok': '#9fd89f',
};

/** #rgb or #rrggbb → relative luminance 0..1; null for anything else. */
export function luminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((color ?? '').trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The pane's colours for Office's theme; null when Office gives no usable body colour (the pane's own look stays). */
export function paneTheme(theme: OfficeThemeColors | undefined | null): PaneTheme | null {
  const bg = theme?.bodyBackgroundColor;
  const lum = luminance(bg);
  if (!theme || lum === null) return null;
  const dark = lum < 0.2;
  const vars: Record<string, string> = { '--bg': bg!.trim() };
  const set = (name: string, color: string | undefined) => {
    if (luminance(color) !== null) vars[name] = color!.trim();
  };
  set('--text', theme.bodyForegroundColor);
  set('--control-bg', theme.controlBackgroundColor);
  set('--control-text', theme.controlForegroundColor);
  return { dark, vars: dark ? { ...DARK, ...vars } : vars };
}

/** Applies Office's theme to the pane's root and the page around it. */
export function applyTheme(root: HTMLElement, theme: PaneTheme | null): void {
  if (!theme) return;
  for (const [name, value] of Object.entries(theme.vars)) root.style.setProperty(name, value);
  root.classList.toggle('theme-dark', theme.dark);
  root.style.colorScheme = theme.dark ? 'dark' : 'light';
  document.body.style.background = theme.vars['--bg'];
  document.body.style.color = theme.vars['--text'] ?? '';
}
