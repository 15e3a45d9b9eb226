/**
 * Just enough PNG reading to check the pictures: the IHDR size, and the pixels of the 8-bit RGB(A),
 * non-interlaced images resvg writes (inflate the IDAT stream, undo each row's filter).
 */
import { inflateSync } from 'node:zlib';

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  /** Bytes per pixel: 3 (RGB) or 4 (RGBA). */
  readonly channels: number;
  readonly pixels: Uint8Array;
}

function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: { type: string; data: Uint8Array }[] = [];
  for (let offset = 8; offset + 8 <= png.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    found.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  return found;
}

export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  // IHDR is always the first chunk: width and height follow its length and type.
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function decodePng(png: Uint8Array): DecodedPng {
  const all = chunks(png);
  const header = all.find((chunk) => chunk.type === 'IHDR')?.data;
  if (!header) throw new Error('No IHDR chunk.');
  const { width, height } = pngSize(png);
  const [bitDepth, colorType, , , interlace] = header.subarray(8);
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  if (bitDepth !== 8 || channels === 0 || interlace !== 0) {
    throw new Error(`Unsupported PNG: bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}.`);
  }
  const data = inflateSync(Buffer.concat(all.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let row = 0; row < height; row += 1) {
    const filter = data[row * (stride + 1)];
    for (let column = 0; column < stride; column += 1) {
      const raw = data[row * (stride + 1) + 1 + column] ?? 0;
      const left = column >= channels ? (pixels[row * stride + column - channels] ?? 0) : 0;
      const up = row > 0 ? (pixels[(row - 1) * stride + column] ?? 0) : 0;
      const upLeft = row > 0 && column >= channels ? (pixels[(row - 1) * stride + column - channels] ?? 0) : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const estimate = left + up - upLeft;
        const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
        predicted = toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
      }
      pixels[row * stride + column] = (raw + predicted) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** Pixels in the given rows darker than `threshold` on every channel (text and bars, not the white ground). */
export function countDark(image: DecodedPng, threshold = 160, rows: readonly [number, number] = [0, image.height]): number {
  let dark = 0;
  for (let row = rows[0]; row < Math.min(rows[1], image.height); row += 1) {
    for (let column = 0; column < image.width; column += 1) {
      const at = (row * image.width + column) * image.channels;
      if ((image.pixels[at] ?? 255) < threshold && (image.pixels[at + 1] ?? 255) < threshold && (image.pixels[at + 2] ?? 255) < threshold) dark += 1;
    }
  }
  return dark;
}
