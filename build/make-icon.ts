// Draws Hearth's app icon (build/icon.png, 512×512) so electron-builder has one to convert for each
// platform: a white house with a warm orange hearth on blue. Pure Node (zlib), no image tools.
// Run with `node build/make-icon.ts` after changing it; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 512;
type Rgba = [number, number, number, number];
const BLUE: Rgba = [29, 112, 184, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const ORANGE: Rgba = [244, 119, 56, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), SIZE - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function colourAt(x: number, y: number): Rgba {
  if (!insideRoundedSquare(x, y, 96)) return CLEAR;
  // The hearth: a doorway-shaped opening at the foot of the house.
  if (x >= 216 && x < 296 && y >= 320 && y < 420) return ORANGE;
  // Roof: a triangle from the apex (256, 88) to the eaves at y = 250.
  if (y >= 88 && y < 250 && Math.abs(x - 256) <= ((y - 88) / 162) * 180) return WHITE;
  // Walls.
  if (x >= 136 && x < 376 && y >= 250 && y < 420) return WHITE;
  return BLUE;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let y = 0; y < SIZE; y++) {
  const row = y * (1 + SIZE * 4); // each row starts with filter type 0
  for (let x = 0; x < SIZE; x++) rows.set(colourAt(x, y), row + 1 + x * 4);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows)),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
