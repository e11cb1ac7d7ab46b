// Reading screenshots: the page decodes its own screenshot (a browser has a PNG decoder; Node does not
// without a package) and hands back the pixels, which the tests count as they need.
import type { Page } from 'playwright-core';

/** The RGBA pixels of a screenshot of the page (the 3D view included). */
export async function screenshotPixels(page: Page): Promise<Uint8Array> {
  const png = (await page.screenshot()).toString('base64');
  const rgba = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return '';
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let binary = '';
    for (let i = 0; i < pixels.length; i += 0x8000)
      binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    return btoa(binary);
  }, png);
  return new Uint8Array(Buffer.from(rgba, 'base64'));
}

/** Counts the distinct colours (at 5 bits per channel) in a screenshot: a drawn scene from a blank one. */
export async function distinctColours(page: Page): Promise<number> {
  const pixels = await screenshotPixels(page);
  const colours = new Set<number>();
  for (let i = 0; i < pixels.length; i += 4) {
    colours.add((pixels[i]! >> 3) * 1024 + (pixels[i + 1]! >> 3) * 32 + (pixels[i + 2]! >> 3));
  }
  return colours.size;
}

/** The mean brightness of a screenshot (0–255, the brightest channel of each pixel): how much is shut out. */
export async function brightness(page: Page): Promise<number> {
  const pixels = await screenshotPixels(page);
  let sum = 0;
  for (let i = 0; i < pixels.length; i += 4) sum += Math.max(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!);
  return sum / (pixels.length / 4);
}
