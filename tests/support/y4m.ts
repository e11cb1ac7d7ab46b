// Writes a YUV4MPEG2 (.y4m) film: the raw format Chromium's fake camera plays
// (--use-file-for-fake-video-capture), 4:2:0, BT.601 full range.

/** One RGBA picture (top row first) in I420: the Y plane, then U and V at half size. */
export function rgbaToI420(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array((width * height * 3) / 2);
  const uPlane = width * height;
  const vPlane = uPlane + (width * height) / 4;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const r = rgba[i]!;
      const g = rgba[i + 1]!;
      const b = rgba[i + 2]!;
      out[y * width + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
  }
  // Chroma from each 2x2 block's average.
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        const i = ((y + dy) * width + x + dx) * 4;
        r += rgba[i]!;
        g += rgba[i + 1]!;
        b += rgba[i + 2]!;
      }
      r /= 4;
      g /= 4;
      b /= 4;
      const at = (y / 2) * (width / 2) + x / 2;
      out[uPlane + at] = Math.max(0, Math.min(255, Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)));
      out[vPlane + at] = Math.max(0, Math.min(255, Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b)));
    }
  }
  return out;
}

/** A whole film: the header, then each frame as FRAME and its I420 bytes. */
export function y4m(frames: readonly Uint8Array[], width: number, height: number, fps: number): Buffer {
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const parts: Buffer[] = [header];
  for (const frame of frames) {
    parts.push(Buffer.from('FRAME\n', 'ascii'), Buffer.from(rgbaToI420(frame, width, height)));
  }
  return Buffer.concat(parts);
}
