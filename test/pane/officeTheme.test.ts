/** Office's theme in the task pane (excel-addin/pane/theme.ts): dark themes are told apart, colours taken only when they are colours. */
import { luminance, paneTheme } from '../../excel-addin/pane/theme';

describe('Office’s theme in the task pane', () => {
  it('takes a dark theme’s body and control colours and the pane’s dark colours', () => {
    const theme = paneTheme({ bodyBackgroundColor: '#292929', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#1f1f1f', controlForegroundColor: '#f0f0f0' });
    expect(theme?.dark).toBe(true);
    expect(theme?.vars).toMatchObject({ '--bg': '#292929', '--text': '#FFFFFF', '--control-bg': '#1f1f1f', '--control-text': '#f0f0f0', '--border': '#666666' });
  });

  it('keeps its own colours on a light theme, taking Office’s background and text', () => {
    const theme = paneTheme({ bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' });
    expect(theme).toEqual({ dark: false, vars: { '--bg': '#ffffff', '--text': '#000000' } });
  });

  it('changes nothing when Office gives no theme or no colour it can read, and never passes on a value that is not a colour', () => {
    expect(paneTheme(undefined)).toBeNull();
    expect(paneTheme({ bodyBackgroundColor: 'red' })).toBeNull();
    expect(paneTheme({ bodyBackgroundColor: '#000', bodyForegroundColor: 'url(x)' })?.vars['--text']).toBeUndefined();
    expect(luminance('#fff')).toBeCloseTo(1);
    expect(luminance('#000000')).toBe(0);
  });
});
