// Draws the toolbar icon (a speech bubble with a tick) at each size and writes PNGs
// to public/icon/. Run once when the design changes: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const s = size / 32; // design grid is 32×32
  const inBubble = (x, y) => {
    const cx = 16 * s,
      cy = 14 * s,
      rx = 13 * s,
      ry = 10.5 * s;
    const e = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
    // tail towards bottom-left
    const tail = y >= 20 * s && y <= 29 * s && x >= 6 * s && x <= 14 * s && x - 6 * s >= (y - 20 * s) * 0.9 - 0.5 * s;
    return e || tail;
  };
  const onTick = (x, y) => {
    const d1 = Math.abs(y - 14.5 * s - (x - 10 * s)) / Math.SQRT2; // down stroke
    const d2 = Math.abs(y - 18.5 * s + (x - 14 * s)) / Math.SQRT2; // up stroke
    const w = 1.6 * s;
    return (d1 < w && x >= 10 * s && x <= 14 * s) || (d2 < w && x >= 14 * s && x <= 22 * s);
  };
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      let hits = 0,
        tick = 0;
      for (const [dx, dy] of [
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75],
      ]) {
        if (inBubble(x + dx, y + dy)) hits++;
        if (onTick(x + dx, y + dy)) tick++;
      }
      if (!hits) continue;
      const t = tick / 4;
      px[i] = Math.round(0x2b * (1 - t) + 255 * t);
      px[i + 1] = Math.round(0x5c * (1 - t) + 255 * t);
      px[i + 2] = Math.round(0xab * (1 - t) + 255 * t);
      px[i + 3] = Math.round((hits / 4) * 255);
    }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), draw(size));
console.log('icons written to public/icon/');
