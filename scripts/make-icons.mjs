// Draws the PWA icons into public/ (the favicon's "IN" mark: no AWS logo), as PNGs with no
// dependency: a rasterized polygon per letter, zlib for the image data.
// Usage: node scripts/make-icons.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const NAVY = [0x23, 0x2f, 0x3e];
const ORANGE = [0xff, 0x99, 0x00];
// The favicon's glyphs on its 32x32 grid.
const GLYPHS = [
  [
    [9, 10],
    [12, 10],
    [12, 22],
    [9, 22],
  ],
  [
    [15, 22],
    [15, 10],
    [18, 10],
    [22, 17],
    [22, 10],
    [25, 10],
    [25, 22],
    [22, 22],
    [18, 15],
    [18, 22],
  ],
];

function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** size: pixels; scale: how much of the square the 32-unit mark fills (maskable icons pad it). */
function draw(size, scale, rounded) {
  const rows = [];
  const unit = (size * scale) / 32;
  const offset = (size - size * scale) / 2;
  const radius = rounded ? size * (6 / 32) : 0;
  for (let py = 0; py < size; py++) {
    const row = [0];
    for (let px = 0; px < size; px++) {
      // 4x4 supersampling for smooth edges.
      let ink = 0;
      let cover = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const x = px + (sx + 0.5) / 4;
          const y = py + (sy + 0.5) / 4;
          const cx = Math.min(Math.max(x, radius), size - radius);
          const cy = Math.min(Math.max(y, radius), size - radius);
          if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) continue;
          cover++;
          const gx = (x - offset) / unit;
          const gy = (y - offset) / unit;
          if (GLYPHS.some((g) => inside(g, gx, gy))) ink++;
        }
      }
      const t = cover === 0 ? 0 : ink / cover;
      for (let c = 0; c < 3; c++) row.push(Math.round(NAVY[c] + (ORANGE[c] - NAVY[c]) * t));
      row.push(Math.round((cover / 16) * 255));
    }
    rows.push(Buffer.from(row));
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync('public/pwa-192x192.png', draw(192, 1, true));
writeFileSync('public/pwa-512x512.png', draw(512, 1, true));
// Maskable: full-bleed background, the mark inside the central safe zone.
writeFileSync('public/pwa-maskable-512x512.png', draw(512, 0.7, false));
writeFileSync('public/apple-touch-icon-180x180.png', draw(180, 0.8, false));
console.log('Wrote the PWA icons to public/');
