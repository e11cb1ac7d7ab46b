// Text drawn into canvases and used as textures: labels and name tags need no font download.
import { CanvasTexture, SRGBColorSpace } from 'three';

export interface TextBlock {
  readonly lines: ReadonlyArray<{ text: string; size: number; weight?: number; color?: string }>;
  readonly width: number;
  readonly height: number;
  readonly background: string;
  readonly padding: number;
  readonly align?: 'left' | 'center';
}

/** Renders lines of text into a texture (2 canvas pixels per layout unit, for sharpness). */
export function textTexture(block: TextBlock): CanvasTexture {
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = block.width * scale;
  canvas.height = block.height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw text into a canvas.');
  ctx.scale(scale, scale);
  ctx.fillStyle = block.background;
  ctx.beginPath();
  ctx.roundRect(0, 0, block.width, block.height, 8);
  ctx.fill();
  ctx.textBaseline = 'top';
  ctx.textAlign = block.align ?? 'left';
  const x = block.align === 'center' ? block.width / 2 : block.padding;
  let y = block.padding;
  for (const line of block.lines) {
    ctx.font = `${line.weight ?? 400} ${line.size}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
    ctx.fillStyle = line.color ?? '#1b1a1f';
    ctx.fillText(line.text, x, y, block.width - 2 * block.padding);
    y += line.size * 1.3;
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}
