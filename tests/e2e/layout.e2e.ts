// Every space's page on the screens people hold: phones upright and sideways, and a laptop. No control is
// covered by another and no panel runs over another or off the screen, with the colour emoji font every
// user's system has (CI installs it: the reaction bar is wider with it).
import { describe, expect, it } from 'vitest';
import { coveredControls, crowdedPanels } from '../support/layout.ts';
import { enterSpace, useProductUnderTest } from '../support/running-product.ts';

const under = useProductUnderTest();

// The smallest phones still in use (320 points wide) first, upright and sideways.
const PHONES = [
  { width: 320, height: 568 },
  { width: 568, height: 320 },
  { width: 640, height: 360 },
  { width: 844, height: 390 },
  { width: 915, height: 412 },
  { width: 390, height: 844 },
];
const SPACES = ['main-gallery', 'main-stage', 'studio-classroom'];

describe('the page around the 3D view', () => {
  for (const viewport of PHONES) {
    it(`leaves every control clear on a ${viewport.width}×${viewport.height} phone, in every kind of space`, async () => {
      const phone = await under.browser.newContext({ viewport, hasTouch: true, isMobile: true });
      try {
        for (const space of SPACES) {
          const page = await phone.newPage();
          await enterSpace(page, `${under.product.url}#${space}`, 'Dee', space);
          expect({ space, panels: await crowdedPanels(page) }).toEqual({ space, panels: [] });
          expect({ space, controls: await coveredControls(page) }).toEqual({ space, controls: [] });
          await page.close();
        }
      } finally {
        await phone.close();
      }
    });
  }

  it('keeps the stage’s reaction meter clear of the people list on a laptop', async () => {
    const laptop = await under.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await laptop.newPage();
      await enterSpace(page, `${under.product.url}#main-stage`, 'Eli', 'main-stage');
      await page.getByTestId('reaction-meter').waitFor();
      expect(await crowdedPanels(page)).toEqual([]);
      expect(await coveredControls(page)).toEqual([]);
    } finally {
      await laptop.close();
    }
  });
});
