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

/**
 * The controls a person could not click where they see them: every visible button, link, field and
 * disclosure whose middle is covered by something else (another control or panel running over it). This is
 * what a click meets ("… intercepts pointer events"), whatever the panels' boxes say.
 */
export function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (element: Element): string =>
      element.getAttribute('aria-label') ??
      element.getAttribute('title') ??
      (element.textContent?.trim().slice(0, 30) || element.tagName.toLowerCase());
    /** Whether (x, y) is inside every box that clips `element` (scrolled lists hide rows on purpose). */
    const unclipped = (element: Element, x: number, y: number): boolean => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflow === 'visible') continue;
        const box = parent.getBoundingClientRect();
        if (x < box.left || x > box.right || y < box.top || y > box.bottom) return false;
      }
      return true;
    };
    const problems: string[] = [];
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>(
        'button, a[href], input, select, textarea, summary, [role="button"]',
      ),
    );
    for (const control of controls) {
      // Hidden ones (in a closed disclosure, say) still have boxes: only what is drawn can be covered.
      if (!control.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
        problems.push(`${describe(control)} is off the screen`);
        continue;
      }
      if (!unclipped(control, x, y)) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && !control.contains(hit) && !hit.contains(control)) {
        problems.push(`${describe(control)} is covered by ${describe(hit)}`);
      }
    }
    return problems;
  });
}
