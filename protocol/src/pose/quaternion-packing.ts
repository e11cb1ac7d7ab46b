// "Smallest three" quaternion compression: drop the largest component (recoverable, since |q| = 1, and made
// positive by flipping the sign of q, which is the same rotation), send its index in 2 bits and the other
// three, each in [-1/√2, 1/√2], as fixed-point integers.

const RANGE = Math.SQRT1_2;

/** Bits per kept component at each precision, and the bytes one rotation takes. */
export const ROTATION_BITS = [15, 10, 7] as const;
export const ROTATION_BYTES = [6, 4, 3] as const;

export type Precision = 0 | 1 | 2;
/** 0: ~0.004° steps, for performers; 1: ~0.1°, for near avatars; 2: ~1°, for distant ones. */
export const PRECISION = { high: 0, normal: 1, low: 2 } as const satisfies Record<string, Precision>;

function quantize(value: number, bits: number): number {
  const max = (1 << bits) - 1;
  const unit = (Math.min(RANGE, Math.max(-RANGE, value)) / RANGE + 1) / 2;
  return Math.round(unit * max);
}

function dequantize(q: number, bits: number): number {
  return ((q / ((1 << bits) - 1)) * 2 - 1) * RANGE;
}

/** Writes the rotation (x, y, z, w at `q[offset..]`) into `view` at `at`; returns the bytes written. */
export function writeRotation(
  view: DataView,
  at: number,
  q: ArrayLike<number>,
  offset: number,
  precision: Precision,
): number {
  // Hot path (every bone of every relayed frame): plain locals, no arrays.
  let x = q[offset] ?? 0;
  let y = q[offset + 1] ?? 0;
  let z = q[offset + 2] ?? 0;
  let w = q[offset + 3] ?? 1;
  const length = Math.sqrt(x * x + y * y + z * z + w * w);
  if (!(length > 1e-9) || !Number.isFinite(length)) {
    x = 0;
    y = 0;
    z = 0;
    w = 1;
  } else {
    x /= length;
    y /= length;
    z /= length;
    w /= length;
  }
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const az = Math.abs(z);
  const aw = Math.abs(w);
  let largest = 0;
  let top = ax;
  if (ay > top) {
    largest = 1;
    top = ay;
  }
  if (az > top) {
    largest = 2;
    top = az;
  }
  if (aw > top) largest = 3;
  const big = largest === 0 ? x : largest === 1 ? y : largest === 2 ? z : w;
  const sign = big < 0 ? -1 : 1;
  const bits = ROTATION_BITS[precision];
  // The three kept components, in x, y, z, w order skipping the largest.
  const a = quantize(sign * (largest === 0 ? y : x), bits);
  const b = quantize(sign * (largest <= 1 ? z : y), bits);
  const c = quantize(sign * (largest <= 2 ? w : z), bits);
  if (precision === 1) {
    view.setUint32(at, ((largest << 30) | (a << 20) | (b << 10) | c) >>> 0, true);
  } else if (precision === 2) {
    const packed = (largest << 21) | (a << 14) | (b << 7) | c;
    view.setUint16(at, packed & 0xffff, true);
    view.setUint8(at + 2, packed >>> 16);
  } else {
    view.setUint16(at, (largest << 14) | (a >>> 1), true);
    view.setUint32(at + 2, (((a & 1) << 31) | (b << 16) | (c << 1)) >>> 0, true);
  }
  return ROTATION_BYTES[precision];
}

/** Reads a rotation written by writeRotation into `out[offset..offset+4]` as x, y, z, w. */
export function readRotation(
  view: DataView,
  at: number,
  out: Float32Array,
  offset: number,
  precision: Precision,
): void {
  let largest: number;
  let a: number;
  let b: number;
  let c: number;
  if (precision === 1) {
    const packed = view.getUint32(at, true);
    largest = packed >>> 30;
    [a, b, c] = [(packed >>> 20) & 0x3ff, (packed >>> 10) & 0x3ff, packed & 0x3ff];
  } else if (precision === 2) {
    const packed = view.getUint16(at, true) | (view.getUint8(at + 2) << 16);
    largest = packed >>> 21;
    [a, b, c] = [(packed >>> 14) & 0x7f, (packed >>> 7) & 0x7f, packed & 0x7f];
  } else {
    const head = view.getUint16(at, true);
    const tail = view.getUint32(at + 2, true);
    largest = head >>> 14;
    a = ((head & 0x3fff) << 1) | (tail >>> 31);
    b = (tail >>> 16) & 0x7fff;
    c = (tail >>> 1) & 0x7fff;
  }
  const bits = ROTATION_BITS[precision];
  const small = [dequantize(a, bits), dequantize(b, bits), dequantize(c, bits)];
  const [sa = 0, sb = 0, sc = 0] = small;
  const big = Math.sqrt(Math.max(0, 1 - sa * sa - sb * sb - sc * sc));
  let k = 0;
  for (let i = 0; i < 4; i++) out[offset + i] = i === largest ? big : (small[k++] ?? 0);
}
