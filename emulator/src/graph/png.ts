/**
 * Deterministic profile photos: a small PNG per user, a coloured tile with a lighter block whose
 * shape depends on the user's initials, so every person looks different and stays the same
 * between runs. Built with node:zlib only (deflate + crc32), no image library.
 */
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

export const PHOTO_SIZE = 64;

const PALETTE: Array<[number, number, number]> = [
  [0x00, 0x78, 0xd4],
  [0x8a, 0x88, 0x86],
  [0xc2, 0x39, 0xb3],
  [0x03, 0x83, 0x87],
  [0xca, 0x50, 0x10],
  [0x49, 0x82, 0x05],
  [0x5c, 0x2e, 0x91],
  [0xa4, 0x26, 0x2c],
  [0x00, 0x5b, 0x70],
  [0x8e, 0x56, 0x2e],
];

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([len, typed, crc]);
}

/** Encodes RGB rows (no alpha) as a PNG (https://www.w3.org/TR/png/). */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let o = 0;
  for (let y = 0; y < height; y++) {
    raw[o++] = 0; // filter type: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      raw[o++] = r;
      raw[o++] = g;
      raw[o++] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The photo for one person: colour from their id, block pattern from their initials. */
export function avatarPng(id: string, givenName: string, surname: string): Buffer {
  const digest = createHash('sha256').update(id).digest();
  const [r, g, b] = PALETTE[digest[0] % PALETTE.length];
  const light: [number, number, number] = [
    Math.round(r + (255 - r) * 0.6),
    Math.round(g + (255 - g) * 0.6),
    Math.round(b + (255 - b) * 0.6),
  ];
  const a = (givenName.toUpperCase().charCodeAt(0) || 65) - 65;
  const c = (surname.toUpperCase().charCodeAt(0) || 65) - 65;
  const s = PHOTO_SIZE;
  return encodePng(s, s, (x, y) => {
    // Two bars, like two letters: their heights and widths come from the initials.
    const left = x >= 14 && x < 14 + 8 + (a % 5) && y >= 16 && y < 48 - (a % 3) * 4;
    const right = x >= 36 && x < 36 + 8 + (c % 5) && y >= 16 + (c % 3) * 4 && y < 48;
    return left || right ? light : [r, g, b];
  });
}

/** A weak ETag over the bytes, as Graph sends for photos. */
export function photoEtag(bytes: Buffer): string {
  return `W/"${createHash('sha1').update(bytes).digest('hex')}"`;
}
