/**
 * Draws the add-in's icon, a sales funnel of five bands, as real PNGs with nothing but Node's
 * zlib: the manifest's 16, 32, 64 and 80 px and the 300 px store icon (assets/icon-<size>.png,
 * served with the Excel add-in), and the Google Workspace Marketplace listing's 32 and 128 px
 * (assets/gsheets/icon-<size>.png, uploaded in the Marketplace SDK; docs/deploy.md).
 * Run: npx tsx scripts/icons.ts
 */
import { writeFileSync, mkdirSync } from 'fs';
import { dirname, join } from 'path';
import { deflateSync } from 'zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG from RGBA pixels (row-major, 4 bytes a pixel). */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Five bands, widest at the top, from light to deep blue (10 → 90 %).
const BANDS: [number, number, number][] = [
  [0x9c, 0xc3, 0xf0],
  [0x6a, 0xa3, 0xe6],
  [0x3b, 0x82, 0xd9],
  [0x1f, 0x63, 0xb8],
  [0x12, 0x45, 0x8a],
];

/** The colour at a point of the unit square, or null outside the funnel. */
function funnelAt(x: number, y: number): [number, number, number] | null {
  const top = 0.08;
  const bottom = 0.92;
  if (y < top || y > bottom) return null;
  const t = (y - top) / (bottom - top);
  const band = Math.min(BANDS.length - 1, Math.floor(t * BANDS.length));
  const within = t * BANDS.length - band;
  if (band < BANDS.length - 1 && within > 0.86) return null; // a gap between bands
  const half = 0.46 - 0.34 * t; // the funnel narrows from 0.92 to 0.24 wide
  return Math.abs(x - 0.5) <= half ? BANDS[band] : null;
}

/** Renders at 4×4 samples a pixel, so small sizes stay smooth. */
export function drawIcon(size: number): Uint8Array {
  const S = 4;
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = funnelAt((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
        }
      }
      const i = (y * size + x) * 4;
      if (a) { px[i] = Math.round(r / a); px[i + 1] = Math.round(g / a); px[i + 2] = Math.round(b / a); }
      px[i + 3] = Math.round((255 * a) / (S * S));
    }
  }
  return px;
}

/** The sizes the Excel manifest names. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

/** The store icon (AppSource, a catalogue's listing), beside the manifest's. */
export const STORE_ICON_SIZE = 300;

/** The Google Workspace Marketplace listing's application icons. */
export const GSHEETS_ICON_SIZES = [32, 128] as const;

/** Every icon file, relative to the repo root, with its size. */
export function iconFiles(): { path: string; size: number }[] {
  return [
    ...[...ICON_SIZES, STORE_ICON_SIZE].map((size) => ({ path: `assets/icon-${size}.png`, size })),
    ...GSHEETS_ICON_SIZES.map((size) => ({ path: `assets/gsheets/icon-${size}.png`, size })),
  ];
}

if (require.main === module) {
  const root = join(__dirname, '..');
  for (const { path, size } of iconFiles()) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), encodePng(size, drawIcon(size)));
    console.log(`wrote ${path}`);
  }
}
