// Text drawn into canvases and used as textures: labels and name tags need no font download.
import { CanvasTexture, SRGBColorSpace } from 'three';

export interface TextLine {
  readonly text: string;
  readonly size: number;
  readonly weight?: number;
  readonly color?: string;
  /** Break onto as many lines as it needs (otherwise it is squeezed to fit one). */
  readonly wrap?: boolean;
}

export interface TextBlock {
  readonly lines: ReadonlyArray<TextLine>;
  readonly width: number;
  /** The height in layout units; without it, as tall as the lines need. */
  readonly height?: number;
  readonly background: string;
  readonly padding: number;
  readonly align?: 'left' | 'center';
}

/** Splits `text` into lines no wider than `maxWidth` as `measure` reckons, at spaces (a longer word stands alone). */
export function wrapWords(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

const fontOf = (line: TextLine) =>
  `${line.weight ?? 400} ${line.size}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;

/**
 * Renders lines of text into a texture (2 canvas pixels per layout unit, for sharpness). The texture's
 * canvas keeps the block's aspect: its height over width is the plane's.
 */
export function textTexture(block: TextBlock): CanvasTexture {
  const scale = 2;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw text into a canvas.');
  const room = block.width - 2 * block.padding;
  const laid = block.lines.flatMap((line) => {
    ctx.font = fontOf(line);
    const texts = line.wrap ? wrapWords(line.text, room, (text) => ctx.measureText(text).width) : [line.text];
    return texts.map((text) => ({ ...line, text }));
  });
  const height = block.height ?? laid.reduce((sum, line) => sum + line.size * 1.3, 2 * block.padding);
  canvas.width = block.width * scale;
  canvas.height = Math.ceil(height * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = block.background;
  ctx.beginPath();
  ctx.roundRect(0, 0, block.width, height, 8);
  ctx.fill();
  ctx.textBaseline = 'top';
  ctx.textAlign = block.align ?? 'left';
  const x = block.align === 'center' ? block.width / 2 : block.padding;
  let y = block.padding;
  for (const line of laid) {
    ctx.font = fontOf(line);
    ctx.fillStyle = line.color ?? '#1b1a1f';
    ctx.fillText(line.text, x, y, room);
    y += line.size * 1.3;
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}
