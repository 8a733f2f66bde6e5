import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { drawIcon, encodePng, iconFiles } from '../../scripts/icons';
import { pngSize } from '../../scripts/validate/png';

const ROOT = join(__dirname, '..', '..');

describe('the icons', () => {
  it('include the 300 px store icon and the Sheets listing’s 32 and 128 px, each of its size', () => {
    const sizes = iconFiles().map((f) => `${f.path} ${f.size}`);
    expect(sizes).toEqual(expect.arrayContaining(['assets/icon-300.png 300', 'assets/gsheets/icon-32.png 32', 'assets/gsheets/icon-128.png 128']));
    for (const { path, size } of iconFiles()) {
      expect({ path, exists: existsSync(join(ROOT, path)) }).toEqual({ path, exists: true });
      expect({ path, size: pngSize(readFileSync(join(ROOT, path))) }).toEqual({ path, size: { width: size, height: size } });
    }
  });

  it('are what scripts/icons.ts draws now (run it after changing the drawing)', () => {
    for (const { path, size } of iconFiles()) expect({ path, same: encodePng(size, drawIcon(size)).equals(readFileSync(join(ROOT, path))) }).toEqual({ path, same: true });
  });

  it('reads no size from what is not a PNG', () => {
    expect(pngSize(Buffer.from('GIF89a not a png at all'))).toBeNull();
  });
});
