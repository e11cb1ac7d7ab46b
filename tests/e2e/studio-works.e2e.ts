// The studio's Profile and Works tabs, and the public portfolio, in the real product: a new user signs up on
// /studio, makes their profile with a picture, drops two pictures, a .glb model and a text file at once, sees
// three uploads finish (the model's picture taken from its turning preview) and the text file refused beside
// its name, edits a work's title and tags (a refusal shown at its field first), deletes one, and opens their
// portfolio signed out, on a laptop and a phone.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useProductUnderTest } from '../support/running-product.ts';

const under = useProductUnderTest();
const artwork = (name: string) => fileURLToPath(new URL(`../../assets/artworks/${name}`, import.meta.url));
const PHONE = { width: 390, height: 844 };

/** Drops files on `testId`, as a person dragging them from their desktop would (one drop, many files). */
async function dropFiles(page: Page, testId: string, files: { name: string; type: string; bytes: Buffer }[]) {
  const transfer = await page.evaluateHandle(
    (sent) => {
      const data = new DataTransfer();
      for (const file of sent) {
        const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
        data.items.add(new File([bytes], file.name, { type: file.type }));
      }
      return data;
    },
    files.map((file) => ({ name: file.name, type: file.type, base64: file.bytes.toString('base64') })),
  );
  const zone = page.getByTestId(testId);
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

/** A screenshot of the whole page: its pages scroll inside `.learn`, which a full-page shot does not follow. */
async function shoot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1100, height: 900 };
  const height = await page.evaluate(() => document.querySelector('.learn')?.scrollHeight ?? 0);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
  await page.setViewportSize(viewport);
}

describe('the studio’s works and the public portfolio', () => {
  it('takes an artist from sign-up to a public portfolio of works uploaded at once, edited and pruned', async () => {
    const context = await under.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(new URL('/studio/profile', under.product.url).href);
    await page.getByRole('button', { name: 'New here? Make an account' }).click();
    await page.getByLabel('Your name').fill('Ines Marlow');
    await page.getByLabel('Email').fill('ines@example.org');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Make my account' }).click();

    // The profile: no profile yet, then name, bio, links and a picture.
    await page.getByText('You have no artist profile yet.').waitFor();
    await page.getByLabel('Choose a picture').setInputFiles(artwork('undertow.png'));
    const picture = page.getByRole('img', { name: 'Your picture' });
    await expect
      .poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await page.getByLabel('Name', { exact: true }).fill('Ines Marlow');
    await page.getByLabel('Bio').fill('Paints with code, prints on cotton rag.');
    await page.getByLabel('Links').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Make my profile' }).click();
    // A link that is not a web page is refused beside the field, and what was typed stays.
    await page.locator('label', { hasText: 'Links' }).locator('.field-error').waitFor();
    expect(await page.getByLabel('Bio').inputValue()).toBe('Paints with code, prints on cotton rag.');
    await page.getByLabel('Links').fill('https://ines.example\nhttps://shop.ines.example/prints');
    await page.getByRole('button', { name: 'Make my profile' }).click();
    await page.getByText('Profile made: you can add works now.').waitFor();
    const portfolioLink = page.getByRole('link', { name: /\/artists\// });
    const portfolioPath = new URL((await portfolioLink.getAttribute('href')) ?? '', under.product.url)
      .pathname;
    expect(portfolioPath).toMatch(/^\/artists\/[0-9a-f-]{36}$/);
    await shoot(page, 'studio-profile.png');

    // Works: two pictures, a sculpture and a text file, dropped at once.
    await page.getByRole('navigation', { name: 'Studio' }).getByRole('link', { name: 'Works' }).click();
    await page.getByText('No works yet: add some above.').waitFor();
    await dropFiles(page, 'dropzone', [
      { name: 'interference.png', type: 'image/png', bytes: await readFile(artwork('interference.png')) },
      { name: 'riverine.png', type: 'image/png', bytes: await readFile(artwork('riverine.png')) },
      { name: 'tidal-knot.glb', type: 'model/gltf-binary', bytes: await readFile(artwork('tidal-knot.glb')) },
      { name: 'notes.txt', type: 'text/plain', bytes: Buffer.from('not a work') },
    ]);
    const uploads = page.getByRole('list', { name: 'Uploads' }).getByRole('listitem');
    await expect.poll(() => uploads.count()).toBe(4);
    const refused = uploads.filter({ hasText: 'notes.txt' });
    await refused
      .getByRole('alert')
      .getByText(/Not a picture .* or a 3D model \(\.glb\)/)
      .waitFor();
    await page.locator('.queued[data-status="done"]').nth(2).waitFor({ timeout: 60_000 });
    for (const name of ['interference.png', 'riverine.png', 'tidal-knot.glb']) {
      const bar = page.getByRole('progressbar', { name: `Upload of ${name}` });
      expect(await bar.evaluate((element) => (element as HTMLProgressElement).value)).toBe(1);
      await uploads.filter({ hasText: name }).getByText('Done').waitFor();
    }
    expect(await refused.getByRole('progressbar').count()).toBe(0);
    await shoot(page, 'studio-works-uploaded.png');

    const cards = page.locator('.work-card');
    await expect.poll(() => cards.count()).toBe(3);
    // The sculpture's picture was taken from its turning preview, and it turns on demand.
    const knot = cards.filter({ hasText: 'Tidal knot' });
    const knotImage = knot.getByRole('img', { name: 'Tidal knot' });
    await knotImage.scrollIntoViewIfNeeded();
    await expect
      .poll(() => knotImage.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await knot.getByRole('button', { name: 'Turn in 3D' }).click();
    await knot.getByRole('img', { name: 'Tidal knot, turning' }).waitFor();

    // Edit: an empty title is refused at the field, then the new title and tags are saved.
    await page.getByRole('button', { name: 'Edit “Interference”' }).click();
    const form = page.getByRole('form', { name: 'Details of “Interference”' });
    await form.getByLabel('Title').fill('');
    await form.getByLabel('Tags').fill('op art, moiré, Op Art');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.locator('label', { hasText: 'Title' }).getByText('a work needs a title').waitFor();
    expect(await form.getByLabel('Tags').inputValue()).toBe('op art, moiré, Op Art');
    await form.getByLabel('Title').fill('Moiré Nine');
    await form.getByLabel('Dimensions').fill('60 × 80 cm');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved “Moiré Nine”.').waitFor();
    const edited = cards.filter({ hasText: 'Moiré Nine' });
    expect(await edited.getByRole('list', { name: 'Tags' }).getByRole('listitem').allTextContents()).toEqual([
      'op art',
      'moiré',
    ]);
    await edited.getByText(/60 × 80 cm/).waitFor();

    // Delete asks first, and says what it does.
    await page.getByRole('button', { name: 'Delete “Riverine”' }).click();
    await page
      .getByRole('group', { name: 'Delete “Riverine”?' })
      .getByText(/This cannot be undone/)
      .waitFor();
    await page.getByRole('button', { name: 'Delete it' }).click();
    await page
      .getByRole('status')
      .getByText(/Deleted “Riverine”; .* of storage freed\./)
      .waitFor();
    await expect.poll(() => cards.count()).toBe(2);
    await shoot(page, 'studio-works.png');
    await page.setViewportSize(PHONE);
    await shoot(page, 'studio-works-phone.png');
    expect(await page.evaluate(() => document.querySelector('.learn')?.scrollWidth ?? 0)).toBeLessThanOrEqual(
      PHONE.width,
    );
    expect(errors).toEqual([]);
    await context.close();

    // The portfolio, signed out: the picture, the links and the two works left.
    const visitor = await under.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const guest = await visitor.newPage();
    guest.on('pageerror', (error) => errors.push(error.message));
    await guest.goto(new URL(portfolioPath, under.product.url).href);
    await guest.getByRole('heading', { name: 'Ines Marlow' }).waitFor();
    await guest.getByText('Paints with code, prints on cotton rag.').waitFor();
    await guest.getByRole('link', { name: 'shop.ines.example/prints' }).waitFor();
    const works = guest.locator('.portfolio-work');
    await expect.poll(() => works.count()).toBe(2);
    for (const title of ['Moiré Nine', 'Tidal knot']) {
      const image = guest.getByRole('img', { name: title, exact: true });
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
    }
    await guest.getByRole('list', { name: 'Tags of “Moiré Nine”' }).getByText('moiré').waitFor();
    expect(await guest.getByText('Riverine').count()).toBe(0);
    await shoot(guest, 'portfolio.png');
    await guest.setViewportSize(PHONE);
    await shoot(guest, 'portfolio-phone.png');
    expect(
      await guest.evaluate(() => document.querySelector('.learn')?.scrollWidth ?? 0),
    ).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await visitor.close();
  });
});
