// Generative paintings for the demo gallery. Each painter is a pure function (width, height, seed) => RGBA
// bytes, alpha always 255: the same arguments give the same image, and nothing here touches the disk.
// Painters work in a float RGB buffer (0..255) and either shade every pixel from a function of position,
// supersampled where edges are hard, or deposit ink along curves with bilinear splats, which anti-aliases
// thin lines for free.
import { seededRandom } from '@prostudio/protocol';

export type Painter = (width: number, height: number, seed: number) => Uint8Array;

type Rgb = [number, number, number];
type Shader = (x: number, y: number, out: Rgb) => void;
type Noise2 = (x: number, y: number) => number;

interface Image {
  width: number;
  height: number;
  rgb: Float32Array;
}

/** Ink deposited on a canvas: premultiplied RGB and total weight per pixel. */
interface Ink {
  width: number;
  height: number;
  data: Float32Array;
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

const TAU = Math.PI * 2;

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

function smoothstep(edge0: number, edge1: number, v: number): number {
  const t = clamp01((v - edge0) / (edge1 - edge0));
  return t * t * (3 - 2 * t);
}

function hex(code: string): Rgb {
  const n = parseInt(code.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function set(out: Rgb, c: Rgb): Rgb {
  out[0] = c[0];
  out[1] = c[1];
  out[2] = c[2];
  return out;
}

function mix(out: Rgb, a: Rgb, b: Rgb, t: number): Rgb {
  out[0] = lerp(a[0], b[0], t);
  out[1] = lerp(a[1], b[1], t);
  out[2] = lerp(a[2], b[2], t);
  return out;
}

function scale(out: Rgb, k: number): Rgb {
  out[0] *= k;
  out[1] *= k;
  out[2] *= k;
  return out;
}

/** Piecewise-linear colour ramp; stops are [position, colour] sorted by position. */
function gradient(out: Rgb, stops: ReadonlyArray<readonly [number, Rgb]>, t: number): Rgb {
  if (t <= stops[0][0]) return set(out, stops[0][1]);
  for (let k = 1; k < stops.length; k++) {
    const [p1, c1] = stops[k];
    if (t <= p1) {
      const [p0, c0] = stops[k - 1];
      return mix(out, c0, c1, (t - p0) / (p1 - p0));
    }
  }
  return set(out, stops[stops.length - 1][1]);
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/** Shades every pixel by averaging samples*samples evaluations of the shader inside it. */
function shade(width: number, height: number, samples: number, shader: Shader): Image {
  const rgb = new Float32Array(width * height * 3);
  const c: Rgb = [0, 0, 0];
  const n = samples * samples;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          shader(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples, c);
          r += c[0];
          g += c[1];
          b += c[2];
        }
      }
      const i = (y * width + x) * 3;
      rgb[i] = r / n;
      rgb[i + 1] = g / n;
      rgb[i + 2] = b / n;
    }
  }
  return { width, height, rgb };
}

function toRgba(image: Image): Uint8Array {
  const { width, height, rgb } = image;
  const out = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    for (let k = 0; k < 3; k++) {
      const v = Math.round(rgb[p * 3 + k]);
      out[p * 4 + k] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
    out[p * 4 + 3] = 255;
  }
  return out;
}

function createInk(width: number, height: number): Ink {
  return { width, height, data: new Float32Array(width * height * 4) };
}

/** Deposits ink of a colour at a point, shared bilinearly between the four nearest pixel centres. */
function deposit(ink: Ink, x: number, y: number, c: Rgb, weight: number): void {
  const fx = x - 0.5;
  const fy = y - 0.5;
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  const tx = fx - x0;
  const ty = fy - y0;
  for (let j = 0; j < 2; j++) {
    const py = y0 + j;
    if (py < 0 || py >= ink.height) continue;
    const wy = j === 0 ? 1 - ty : ty;
    for (let i = 0; i < 2; i++) {
      const px = x0 + i;
      if (px < 0 || px >= ink.width) continue;
      const w = weight * wy * (i === 0 ? 1 - tx : tx);
      const k = (py * ink.width + px) * 4;
      ink.data[k] += c[0] * w;
      ink.data[k + 1] += c[1] * w;
      ink.data[k + 2] += c[2] * w;
      ink.data[k + 3] += w;
    }
  }
}

/** Draws a straight segment as closely spaced deposits; weight is ink per pixel of length. */
function segment(ink: Ink, x0: number, y0: number, x1: number, y1: number, c: Rgb, weight: number): void {
  const length = Math.hypot(x1 - x0, y1 - y0);
  const steps = Math.max(1, Math.ceil(length / 0.35));
  const w = (weight * length) / steps;
  for (let s = 0; s < steps; s++) {
    const t = (s + 0.5) / steps;
    deposit(ink, lerp(x0, x1, t), lerp(y0, y1, t), c, w);
  }
}

/** Lays ink over an image: coverage saturates as 1 - exp(-density * weight), colour is the ink's mean. */
function composite(image: Image, ink: Ink, density: number): void {
  const { rgb } = image;
  const { data } = ink;
  for (let p = 0; p < image.width * image.height; p++) {
    const w = data[p * 4 + 3];
    if (w <= 0) continue;
    const a = 1 - Math.exp(-density * w);
    for (let k = 0; k < 3; k++) rgb[p * 3 + k] = lerp(rgb[p * 3 + k], data[p * 4 + k] / w, a);
  }
}

/** Seeded 2D gradient (Perlin) noise with values roughly in [-1, 1]. */
function createNoise2(rand: () => number): Noise2 {
  const perm = new Uint8Array(512);
  const order = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 255; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let i = 0; i < 512; i++) perm[i] = order[i & 255];
  const gx = new Float64Array(256);
  const gy = new Float64Array(256);
  for (let i = 0; i < 256; i++) {
    const angle = rand() * TAU;
    gx[i] = Math.cos(angle);
    gy[i] = Math.sin(angle);
  }
  const fade = (t: number): number => t * t * t * (t * (t * 6 - 15) + 10);
  const dot = (ix: number, iy: number, dx: number, dy: number): number => {
    const h = perm[perm[ix] + iy];
    return gx[h] * dx + gy[h] * dy;
  };
  return (x, y) => {
    const xi = Math.floor(x);
    const yi = Math.floor(y);
    const xf = x - xi;
    const yf = y - yi;
    const X = xi & 255;
    const Y = yi & 255;
    const u = fade(xf);
    const v = fade(yf);
    const top = lerp(dot(X, Y, xf, yf), dot(X + 1, Y, xf - 1, yf), u);
    const bottom = lerp(dot(X, Y + 1, xf, yf - 1), dot(X + 1, Y + 1, xf - 1, yf - 1), u);
    return lerp(top, bottom, v) * 1.414;
  };
}

/** Fractal sum of noise octaves, normalised back to the range of one octave. */
function fbm(noise: Noise2, x: number, y: number, octaves: number): number {
  let sum = 0;
  let amplitude = 1;
  let frequency = 1;
  let norm = 0;
  for (let o = 0; o < octaves; o++) {
    sum += amplitude * noise(x * frequency + o * 17.3, y * frequency - o * 9.1);
    norm += amplitude;
    amplitude *= 0.5;
    frequency *= 2.03;
  }
  return sum / norm;
}

// ---------------------------------------------------------------------------------------------------------
// The paintings

/** Thousands of thin tapered curves drifting through a noise flow field over a deep sea-blue ground. */
export function flowField(width: number, height: number, seed: number): Uint8Array {
  const rand = seededRandom(seed);
  const noise = createNoise2(rand);
  const size = Math.min(width, height);
  const top = hex('#0a1626');
  const bottom = hex('#123640');
  const image = shade(width, height, 1, (_x, y, out) => mix(out, top, bottom, y / height));

  const palette = ['#f7ecd6', '#f4a259', '#e76f51', '#5bc0be', '#e9c46a', '#f7ecd6'].map(hex);
  const frequency = 1.6 / size;
  const twist = rand() * TAU;
  const swirl = 1.6 + rand() * 0.8;
  const angleAt = (x: number, y: number): number =>
    twist + fbm(noise, x * frequency, y * frequency, 3) * Math.PI * swirl;
  // Curves start only where a second, coarser noise allows, so the current runs in bands through open water.
  const seeded = (x: number, y: number): number =>
    smoothstep(0, 0.3, fbm(noise, x * frequency * 1.3 + 100, y * frequency * 1.3 - 60, 2));
  const ink = createInk(width, height);
  const count = Math.round((width * height) / 280);
  for (let i = 0; i < count; i++) {
    let x = rand() * width;
    let y = rand() * height;
    for (let tries = 0; tries < 64 && rand() > seeded(x, y); tries++) {
      x = rand() * width;
      y = rand() * height;
    }
    const hue = noise(x * frequency * 0.8 + 40, y * frequency * 0.8 - 40) * 0.5 + 0.5;
    const colour = palette[Math.floor(clamp01(hue * 0.999 + (rand() - 0.5) * 0.35) * palette.length)];
    const strength = 0.25 + rand() * 0.55;
    const steps = Math.floor(size * (0.08 + rand() * 0.3));
    for (let s = 0; s < steps; s++) {
      const angle = angleAt(x, y);
      const nx = x + Math.cos(angle);
      const ny = y + Math.sin(angle);
      segment(ink, x, y, nx, ny, colour, strength * Math.sin((Math.PI * (s + 0.5)) / steps));
      x = nx;
      y = ny;
      if (x < -2 || y < -2 || x > width + 2 || y > height + 2) break;
    }
  }
  composite(image, ink, 1.4);
  return toRgba(image);
}

/** Two fields of hard-edged concentric rings in printer's inks, beating against each other into moiré. */
export function moireRings(width: number, height: number, seed: number): Uint8Array {
  const rand = seededRandom(seed);
  const size = Math.min(width, height);
  const paper = hex('#f3ede1');
  const period = size / (34 + rand() * 8);
  const fields = ['#1f3b73', '#c2452d'].map((ink, i) => {
    const angle = rand() * TAU;
    const offset = size * (0.05 + rand() * 0.08);
    return {
      absorb: hex(ink).map((v) => 1 - v / 255),
      x: width / 2 + Math.cos(angle) * offset,
      y: height / 2 + Math.sin(angle) * offset,
      period: period * (i === 0 ? 1 : 0.96 + rand() * 0.08),
      reach: size * (0.46 + rand() * 0.08),
    };
  });
  // Each ring's line is thickest near its centre and thins to nothing at its reach, so there is no fade.
  const image = shade(width, height, 1, (x, y, out) => {
    set(out, paper);
    for (const f of fields) {
      const r = Math.hypot(x - f.x, y - f.y);
      const halfWidth = f.period * 0.3 * (1 - smoothstep(f.reach * 0.25, f.reach, r));
      const fromLine = Math.abs(((r / f.period + 0.5) % 1) - 0.5) * f.period;
      const a = 0.9 * clamp01(2 * halfWidth) * clamp01(halfWidth - fromLine + 0.5);
      for (let k = 0; k < 3; k++) out[k] *= 1 - a * f.absorb[k];
    }
  });
  return toRgba(image);
}

/** A Mondrian-like grid: recursive black bars, mostly white fields and a few blocks of primaries. */
export function mondrianGrid(width: number, height: number, seed: number): Uint8Array {
  const rand = seededRandom(seed);
  const noise = createNoise2(rand);
  const size = Math.min(width, height);
  const bar = Math.max(2, size * 0.022);
  const minSide = size * 0.11;
  type Rect = { x0: number; y0: number; x1: number; y1: number };
  const leaves: Rect[] = [];
  const split = (r: Rect, depth: number): void => {
    const w = r.x1 - r.x0;
    const h = r.y1 - r.y0;
    const canSplitX = w > minSide * 2.2;
    const canSplitY = h > minSide * 2.2;
    const large = w * h > width * height * 0.16;
    if ((!canSplitX && !canSplitY) || (depth >= 2 && !large && rand() < 0.2 * (depth - 1))) {
      leaves.push(r);
      return;
    }
    const vertical = canSplitX && (!canSplitY || rand() < w / (w + h));
    const span = vertical ? w : h;
    const at = minSide + rand() * (span - 2 * minSide);
    if (vertical) {
      split({ ...r, x1: r.x0 + at }, depth + 1);
      split({ ...r, x0: r.x0 + at }, depth + 1);
    } else {
      split({ ...r, y1: r.y0 + at }, depth + 1);
      split({ ...r, y0: r.y0 + at }, depth + 1);
    }
  };
  split({ x0: 0, y0: 0, x1: width, y1: height }, 0);

  const whites = ['#f3efe6', '#ebe6da', '#f6f3ec'].map(hex);
  const [red, blue, yellow, black] = ['#c8281f', '#1e3c8c', '#f0c02c', '#1b1a1a'].map(hex);
  const fills = leaves.map(() => pick(rand, whites));
  const area = (r: Rect): number => (r.x1 - r.x0) * (r.y1 - r.y0);
  const bySize = leaves.map((_, i) => i).sort((a, b) => area(leaves[b]) - area(leaves[a]));
  const n = bySize.length;
  fills[bySize[Math.floor(rand() * Math.min(3, n))]] = red;
  if (n > 3) fills[bySize[3 + Math.floor(rand() * Math.min(3, n - 3))]] = blue;
  if (n > 6) fills[bySize[n - 1 - Math.floor(rand() * Math.min(4, n - 6))]] = yellow;
  if (n > 10) fills[bySize[n - 5 - Math.floor(rand() * 2)]] = pick(rand, [black, blue, yellow]);

  const image: Image = { width, height, rgb: new Float32Array(width * height * 3) };
  const ground = hex('#161515');
  for (let p = 0; p < width * height; p++) image.rgb.set(ground, p * 3);
  leaves.forEach((r, i) => {
    // Fields run off the canvas edge without a bar, as in the paintings.
    const x0 = r.x0 <= 0 ? 0 : r.x0 + bar / 2;
    const y0 = r.y0 <= 0 ? 0 : r.y0 + bar / 2;
    const x1 = r.x1 >= width ? width : r.x1 - bar / 2;
    const y1 = r.y1 >= height ? height : r.y1 - bar / 2;
    fillRect(image, x0, y0, x1, y1, fills[i]);
  });

  // A faint horizontal brush grain, so the flat fields read as paint.
  const { rgb } = image;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const grain = 1 + 0.035 * noise(x / (size * 0.09), y / (size * 0.006));
      for (let k = 0; k < 3; k++) rgb[(y * width + x) * 3 + k] *= grain;
    }
  }
  return toRgba(image);
}

/** Paints an axis-aligned rectangle with exact fractional pixel coverage on its edges. */
function fillRect(image: Image, x0: number, y0: number, x1: number, y1: number, c: Rgb): void {
  const overlap = (p: number, a: number, b: number): number => clamp01(Math.min(p + 1, b) - Math.max(p, a));
  for (let py = Math.max(0, Math.floor(y0)); py < Math.min(image.height, Math.ceil(y1)); py++) {
    const cy = overlap(py, y0, y1);
    for (let px = Math.max(0, Math.floor(x0)); px < Math.min(image.width, Math.ceil(x1)); px++) {
      const a = cy * overlap(px, x0, x1);
      const i = (py * image.width + px) * 3;
      for (let k = 0; k < 3; k++) image.rgb[i + k] = lerp(image.rgb[i + k], c[k], a);
    }
  }
}

/** Smith's quarter-circle Truchet tiles, two-coloured into interlocking bevelled ribbons. */
export function truchetTiles(width: number, height: number, seed: number): Uint8Array {
  const rand = seededRandom(seed);
  const size = Math.min(width, height);
  const tile = size / (7 + Math.floor(rand() * 4));
  const cols = Math.ceil(width / tile) + 1;
  const rows = Math.ceil(height / tile) + 1;
  const flipped = Array.from({ length: cols * rows }, () => rand() < 0.5);
  const [darkA, darkB, lightA, lightB, line] = ['#174e5c', '#3a2a6b', '#f1dcaa', '#ef9a7a', '#10121c'].map(
    hex,
  );
  const lineHalfWidth = Math.max(0.6, tile * 0.045);
  const dark: Rgb = [0, 0, 0];
  const light: Rgb = [0, 0, 0];
  const image = shade(width, height, 1, (x, y, out) => {
    const gx = x / tile;
    const gy = y / tile;
    const i = Math.floor(gx);
    const j = Math.floor(gy);
    const u = gx - i;
    const v = gy - j;
    // Arcs are centred on two opposite corners of the tile; both corners share a checkerboard parity.
    const flip = flipped[j * cols + i];
    const dA = flip ? Math.hypot(1 - u, v) : Math.hypot(u, v);
    const dB = flip ? Math.hypot(u, 1 - v) : Math.hypot(1 - u, 1 - v);
    const near = Math.min(dA, dB);
    const parity = (i + j + (flip ? 1 : 0)) & 1;
    const inCorner = near < 0.5;
    const t = clamp01((x / width + y / height) / 2);
    mix(dark, darkA, darkB, t);
    mix(light, lightA, lightB, t);
    set(out, (inCorner ? parity : 1 - parity) === 0 ? dark : light);
    const edge = Math.abs(near - 0.5) * tile;
    scale(out, 0.7 + 0.3 * smoothstep(0, tile * 0.32, edge));
    mix(out, out, line, 1 - smoothstep(lineHalfWidth - 0.7, lineHalfWidth + 0.7, edge));
  });
  return toRgba(image);
}

/** A sunset sky over layered mountain ridges that fade into haze with distance. */
export function sunsetRidges(width: number, height: number, seed: number): Uint8Array {
  const rand = seededRandom(seed);
  const noise = createNoise2(rand);
  const sky: ReadonlyArray<readonly [number, Rgb]> = [
    [0, hex('#140f33')],
    [0.3, hex('#46236a')],
    [0.5, hex('#a23d6d')],
    [0.64, hex('#e86f50')],
    [0.74, hex('#f7b15e')],
    [0.82, hex('#fbd78c')],
  ];
  const layers = 6;
  const near = hex('#170d22');
  const haze = hex('#c46a86');
  const subsamples = 4;
  const ridges = Array.from({ length: layers }, (_, l) => {
    const t = l / (layers - 1);
    const base = height * (0.66 + 0.26 * t);
    const amplitude = height * (0.09 + 0.11 * t);
    const frequency = (2.6 - 1.2 * t) / width;
    const sharp = 0.35 + 0.4 * rand();
    const offset = rand() * 100;
    const ys = new Float32Array(width * subsamples);
    for (let s = 0; s < ys.length; s++) {
      const x = (s + 0.5) / subsamples;
      const smooth = fbm(noise, x * frequency + offset, l * 3.7, 5);
      const crest = 1 - Math.abs(noise(x * frequency * 1.7 + offset, l * 5.3 + 50));
      ys[s] = base - amplitude * (0.55 + 0.75 * smooth + sharp * (crest - 0.5));
    }
    const colour = mix([0, 0, 0], haze, near, Math.pow(t, 0.8));
    const mist = mix([0, 0, 0], haze, near, Math.pow(Math.max(0, t - 0.25), 0.8));
    return { ys, colour, mist, depth: height * (0.08 + 0.1 * t) };
  });

  const sunX = width * (0.3 + rand() * 0.4);
  const sunR = height * 0.065;
  const sunY = ridges[0].ys[Math.floor(sunX) * subsamples] - sunR * 0.35;
  const sunCore = hex('#fff4d2');
  const glow = hex('#ffcf7a');
  const stars = Array.from({ length: Math.round((width * height) / 5000) }, () => ({
    x: rand() * width,
    y: Math.pow(rand(), 1.6) * height * 0.42,
    r: 0.5 + rand() * 0.7,
    b: 0.4 + rand() * 0.6,
  }));

  const layer: Rgb = [0, 0, 0];
  const image = shade(width, height, 1, (x, y, out) => {
    gradient(out, sky, y / height);
    const d = Math.hypot(x - sunX, (y - sunY) * 1.15);
    const halo = 0.55 * Math.exp(-d / (height * 0.07)) + 0.3 * Math.exp(-d / (height * 0.3));
    for (let k = 0; k < 3; k++) out[k] += (glow[k] - out[k]) * clamp01(halo);
    mix(out, out, sunCore, clamp01(sunR - d + 0.5));
    for (const star of stars) {
      const s = Math.hypot(x - star.x, y - star.y);
      if (s < 2.5) {
        const fade = star.b * (1 - y / (height * 0.45)) * Math.exp(-(s * s) / (star.r * star.r));
        mix(out, out, sunCore, clamp01(fade));
      }
    }
    const column = Math.min(width - 1, Math.floor(x)) * subsamples;
    for (const ridge of ridges) {
      let coverage = 0;
      for (let s = 0; s < subsamples; s++) coverage += clamp01(y + 0.5 - ridge.ys[column + s]);
      if (coverage === 0) continue;
      const below = y - ridge.ys[column];
      mix(layer, ridge.colour, ridge.mist, 0.6 * smoothstep(0, ridge.depth, below));
      mix(out, out, layer, coverage / subsamples);
    }
  });
  return toRgba(image);
}

/** A pointed-arch window of Voronoi glass cells in lead came, glowing against a dark stone wall. */
export function voronoiMosaic(width: number, height: number, seed: number): Uint8Array {
  const rand = seededRandom(seed);
  const noise = createNoise2(rand);
  const size = Math.min(width, height);
  const cell = size / 11;
  const sites: { x: number; y: number; colour: Rgb }[] = [];
  const glass = ['#1d4f9e', '#a61e3c', '#e3a03a', '#2c7c5a', '#5c3a92', '#2a9db3', '#f1cb5e'].map(hex);

  const margin = size * 0.07;
  const span = Math.min(width - 2 * margin, (height - 2 * margin) / 1.35);
  const left = (width - span) / 2;
  const right = left + span;
  const bottom = height - margin;
  const spring = bottom - (height - 2 * margin) + span * Math.sin(Math.PI / 3);
  const roseX = width / 2;
  const roseY = spring - span * 0.32;

  for (let gy = -1; gy <= height / cell + 1; gy++) {
    for (let gx = -1; gx <= width / cell + 1; gx++) {
      const x = (gx + 0.15 + rand() * 0.7) * cell;
      const y = (gy + 0.15 + rand() * 0.7) * cell;
      const ring = Math.hypot(x - roseX, y - roseY) / (size * 0.14) + noise((x / size) * 3, (y / size) * 3);
      const index =
        rand() < 0.18 ? Math.floor(rand() * glass.length) : Math.floor(Math.abs(ring)) % glass.length;
      sites.push({ x, y, colour: glass[index] });
    }
  }

  const lead = hex('#1b191f');
  const wall = hex('#2a2430');
  const spill = hex('#5a4650');
  const leadHalf = Math.max(0.8, size * 0.0055);
  const frameHalf = Math.max(1.5, size * 0.012);
  const image = shade(width, height, 1, (x, y, out) => {
    // Signed distance to the window: a rectangle below the springing line, a pointed arch above it.
    const dx = Math.max(left - x, x - right);
    const dy = Math.max(spring - y, y - bottom);
    const rect = Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0);
    const arch = Math.max(Math.hypot(x - right, y - spring) - span, Math.hypot(x - left, y - spring) - span);
    const inside = -Math.max(Math.min(rect, arch), y - bottom);

    const glowDistance = Math.max(0, -inside);
    mix(out, wall, spill, 0.55 * Math.exp(-glowDistance / (size * 0.12)));
    const n = noise(x / (size * 0.02), y / (size * 0.02));
    scale(out, 1 + 0.05 * n);
    if (inside > -frameHalf - 1) {
      let d1 = Infinity;
      let d2 = Infinity;
      let a = sites[0];
      let b = sites[0];
      for (const s of sites) {
        const d = (x - s.x) * (x - s.x) + (y - s.y) * (y - s.y);
        if (d < d1) {
          d2 = d1;
          b = a;
          d1 = d;
          a = s;
        } else if (d < d2) {
          d2 = d;
          b = s;
        }
      }
      const ex = b.x - a.x;
      const ey = b.y - a.y;
      const edge = ((x - (a.x + b.x) / 2) * ex + (y - (a.y + b.y) / 2) * ey) / Math.hypot(ex, ey);
      const centre = Math.sqrt(d1) / cell;
      const light = 0.62 + 0.45 * Math.pow(clamp01(1 - centre), 1.5) + 0.18 * (1 - y / height);
      const pane: Rgb = scale(set([0, 0, 0], a.colour), light * (1 + 0.06 * n));
      mix(pane, pane, lead, 1 - smoothstep(leadHalf - 0.7, leadHalf + 0.7, Math.abs(edge)));
      mix(pane, pane, lead, 1 - smoothstep(frameHalf - 0.7, frameHalf + 0.7, inside));
      mix(out, out, pane, smoothstep(-frameHalf - 1, -frameHalf + 1, inside));
    }
  });
  return toRgba(image);
}

/** The trace of a damped two-pendulum harmonograph on a slowly turning table, in graded ink on paper. */
export function harmonograph(width: number, height: number, seed: number): Uint8Array {
  const rand = seededRandom(seed);
  const size = Math.min(width, height);
  const paper = hex('#f4efe4');
  const image = shade(width, height, 1, (x, y, out) => {
    const dx = x / width - 0.5;
    const dy = y / height - 0.5;
    scale(set(out, paper), 1 - 0.22 * (dx * dx + dy * dy));
  });

  const [a, b] = pick(rand, [
    [2, 3],
    [3, 2],
    [3, 4],
    [1, 3],
    [2, 1],
    [3, 1],
  ]);
  const detune = (): number => (rand() - 0.5) * 0.03;
  const pendulums = [a, b, b, a].map((f) => ({
    frequency: f + detune(),
    phase: rand() * TAU,
    damping: 0.0012 + rand() * 0.0012,
    amplitude: size * (0.16 + rand() * 0.06),
  }));
  const spin = (rand() - 0.5) * 0.004;
  const inks: ReadonlyArray<readonly [number, Rgb]> = [
    [0, hex('#1c2a66')],
    [0.45, hex('#1f6f78')],
    [0.75, hex('#b3343f')],
    [1, hex('#d98b2b')],
  ];
  const minDamping = Math.min(...pendulums.map((p) => p.damping));
  // Run until the slowest swing has decayed to 1/14; the ink's colour follows that decay, not the clock.
  const duration = Math.log(14) / minDamping;
  const at = (t: number): [number, number] => {
    const [p1, p2, p3, p4] = pendulums;
    const wave = (p: (typeof pendulums)[number]): number =>
      p.amplitude * Math.sin(p.frequency * t + p.phase) * Math.exp(-p.damping * t);
    const x = wave(p1) + wave(p2);
    const y = wave(p3) + wave(p4);
    const c = Math.cos(spin * t);
    const s = Math.sin(spin * t);
    return [width / 2 + x * c - y * s, height / 2 + x * s + y * c];
  };

  const ink = createInk(width, height);
  const colour: Rgb = [0, 0, 0];
  const dt = 0.02;
  let [px, py] = at(0);
  for (let t = dt; t < duration; t += dt) {
    const [x, y] = at(t);
    gradient(colour, inks, (1 - Math.exp(-minDamping * t)) / (1 - 1 / 14));
    segment(ink, px, py, x, y, colour, 0.5 * Math.exp(-minDamping * t * 0.9));
    px = x;
    py = y;
  }
  composite(image, ink, 1.1);
  return toRgba(image);
}

/** Op-art: vertical stripes bent by travelling waves whose amplitude swells and ebbs across the canvas. */
export function waveStripes(width: number, height: number, seed: number): Uint8Array {
  const rand = seededRandom(seed);
  const size = Math.min(width, height);
  const period = size / (40 + rand() * 10);
  const waves = 2 + rand() * 1.5;
  const amplitude = period * (2.6 + rand() * 1.2);
  const drift = (0.6 + rand() * 0.8) * TAU;
  const shift = rand();
  const [paper, red, teal] = ['#e8e3d8', '#c63d2f', '#2b8a87'].map(hex);
  const image = shade(width, height, 3, (x, y, out) => {
    const u = x / width;
    const swell = 0.08 + 0.92 * Math.pow(Math.sin(Math.PI * (u * 0.85 + 0.075 + shift * 0.3)), 2);
    const crowd = 0.5 * period * Math.sin(TAU * (u * 1.5 + shift));
    const phase = (x + crowd + amplitude * swell * Math.sin((TAU * y * waves) / height + drift * u)) / period;
    const stripe = Math.floor(phase);
    if (phase - stripe < 0.5) set(out, paper);
    else set(out, stripe % 2 === 0 ? red : teal);
  });
  return toRgba(image);
}
