// Checks on the page's layout as a visitor would see it: the panels around the 3D view.
import type { Page } from 'playwright-core';

/**
 * The panels around the 3D view that overlap one another or leave the screen, by their accessible names
 * (or classes); empty when every visible one has its own place on the screen.
 */
export function crowdedPanels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // What opens over the view (the board shown large) is meant to cover it; the rest keeps its place.
    const boxes = Array.from(document.querySelectorAll<HTMLElement>('.hud-region > *'))
      .filter((element) => getComputedStyle(element).position !== 'absolute')
      .map((element) => ({
        name:
          element.getAttribute('aria-label') ??
          element.querySelector('h1, h2, summary')?.textContent?.trim() ??
          element.className,
        box: element.getBoundingClientRect(),
      }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const problems: string[] = [];
    for (const [index, { name, box }] of boxes.entries()) {
      if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) {
        problems.push(`${name} leaves the screen`);
      }
      for (const other of boxes.slice(index + 1)) {
        const b = other.box;
        const apart =
          box.right <= b.left || b.right <= box.left || box.bottom <= b.top || b.bottom <= box.top;
        if (!apart) problems.push(`${name} overlaps ${other.name}`);
      }
    }
    return problems;
  });
}
