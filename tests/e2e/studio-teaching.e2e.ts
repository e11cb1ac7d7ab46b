// An instructor's way from an empty course to a certificate issued, in the studio's Teaching tab, against the
// real product: a module with a text lesson (Markdown typed, its preview checked), a video with chapters, an
// exercise and a live workshop; reordered, edited, published free; a student enrols on /learn, reads, watches,
// hands in the exercise; the instructor critiques and scores it on /studio/teaching; the student's
// certificate is issued. The video is a short WebM the browser records itself, served from a local server
// (video lessons link to where their instructor hosts them).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api.ts';
import { ARTIFACTS, useProductUnderTest } from '../support/running-product.ts';

const under = useProductUnderTest({ reachableDatabase: true });
const shot = (name: string) => path.join(ARTIFACTS, `studio-teaching-${name}.png`);

/** A WebM of about `seconds` seconds, recorded by Chromium from a canvas (MediaRecorder, VP8). */
async function recordWebm(browser: Browser, seconds: number): Promise<Buffer> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<canvas width="160" height="90"></canvas>');
  const base64 = await page.evaluate(async (ms: number) => {
    const canvas = document.querySelector('canvas');
    const paint = canvas?.getContext('2d');
    if (!canvas || !paint) throw new Error('no canvas');
    let frame = 0;
    const draw = () => {
      paint.fillStyle = `hsl(${(frame * 12) % 360} 60% 50%)`;
      paint.fillRect(0, 0, 160, 90);
      frame++;
    };
    draw();
    const timer = setInterval(draw, 40);
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm;codecs=vp8' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    await new Promise((resolve) => setTimeout(resolve, ms));
    recorder.stop();
    await stopped;
    clearInterval(timer);
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  }, seconds * 1000);
  await context.close();
  return Buffer.from(base64, 'base64');
}

let videoServer: Server | undefined;
let videoUrl = '';
beforeAll(async () => {
  const webm = await recordWebm(under.browser, 2.6);
  videoServer = createServer((request, response) => {
    if (request.url !== '/brush-strokes.webm') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'video/webm', 'content-length': webm.length });
    response.end(webm);
  });
  await new Promise<void>((resolve) => videoServer?.listen(0, '127.0.0.1', resolve));
  videoUrl = `http://127.0.0.1:${(videoServer.address() as AddressInfo).port}/brush-strokes.webm`;
});
afterAll(() => {
  videoServer?.close();
});

const address = (route: string) => new URL(route, under.product.url).href;

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('teaching in the studio', () => {
  it('takes an instructor from an empty course to a certificate issued to a student', async () => {
    const teacher = { email: 'mei@example.org', password: 'a long enough password' };
    await callApi(under.product.url, 'POST', '/api/auth/sign-up', null, {
      ...teacher,
      displayName: 'Mei Lin',
    });

    const desk = await under.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await desk.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    // Without the role, the tab says what it is and how to get it.
    await page.goto(address('/studio/teaching'));
    await signIn(page, teacher.email, teacher.password);
    await page.getByTestId('not-instructor').getByText('The venue’s admins give the role').waitFor();
    await under.grantRole(teacher.email, 'instructor');
    await page.reload();

    // An empty list, then a new course.
    await page.getByText('No courses yet').waitFor();
    await page.getByLabel('Title').fill('Ink and Water');
    await page.getByLabel('Discipline').fill('Painting');
    await page.getByLabel('Summary').fill('Brush, ink, paper and patience.');
    await page.getByRole('button', { name: 'Start the course' }).click();
    await page.getByRole('heading', { name: /Ink and Water/, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/studio\/teaching\/courses\/[0-9a-f-]{36}$/);
    await page.getByText('No modules yet').waitFor();

    // A module: a bad title is refused next to the field, then a good one.
    await page.getByLabel('New module title').fill('   ');
    await page.getByRole('button', { name: 'Add the module' }).click();
    await page.locator('#new-module-error').waitFor();
    await page.getByLabel('New module title').fill('First strokes');
    await page.getByRole('button', { name: 'Add the module' }).click();
    const module = page.getByRole('listitem', { name: 'Module 1: First strokes' });
    await module.waitFor();

    // A text lesson: the Markdown's preview is what students will see.
    await module.getByRole('button', { name: '+ Text' }).click();
    const textForm = page.getByRole('form', { name: /A new text lesson/ });
    await textForm.getByLabel('Lesson title').fill('Holding the brush');
    await textForm
      .getByLabel('Lesson text (Markdown)')
      .fill('## Grip\nHold it **upright**, loosely.\n\n- wet\n- load\n- lift\n\n<script>alert(1)</script>');
    const preview = textForm.getByTestId('markdown-preview');
    await preview.locator('h3', { hasText: 'Grip' }).waitFor();
    await preview.locator('strong', { hasText: 'upright' }).waitFor();
    expect(await preview.locator('li').count()).toBe(3);
    expect(await preview.locator('script').count()).toBe(0);
    expect(await preview.textContent()).toContain('<script>alert(1)</script>');
    await textForm.getByRole('button', { name: 'Add the lesson' }).click();
    await module.getByText('Holding the brush').waitFor();

    // A video with two chapters; a chapter past the end is refused on its row first.
    await module.getByRole('button', { name: '+ Video' }).click();
    const videoForm = page.getByRole('form', { name: /A new video lesson/ });
    await videoForm.getByLabel('Lesson title').fill('Brush strokes, filmed');
    await videoForm.getByLabel('Video address').fill(videoUrl);
    await videoForm.getByLabel('Length (minutes:seconds)').fill('0:02');
    await videoForm.getByLabel('Chapter 1 title').fill('Loading the brush');
    await videoForm.getByRole('button', { name: 'Add a chapter' }).click();
    await videoForm.getByLabel('Chapter 2 starts at').fill('0:05');
    await videoForm.getByLabel('Chapter 2 title').fill('The stroke');
    await videoForm.getByRole('button', { name: 'Add the lesson' }).click();
    await videoForm.getByText('The video is 0:02 long.').waitFor();
    await videoForm.getByLabel('Chapter 2 starts at').fill('0:01');
    await videoForm.getByRole('button', { name: 'Add the lesson' }).click();
    await module.getByText('Brush strokes, filmed').waitFor();

    // An exercise, and a live workshop in the classroom a week ahead (optional: it is held in the 3D room).
    await module.getByRole('button', { name: '+ Exercise' }).click();
    const exerciseForm = page.getByRole('form', { name: /A new exercise lesson/ });
    await exerciseForm.getByLabel('Lesson title').fill('Ten strokes');
    await exerciseForm.getByLabel('Brief (Markdown)').fill('Paint **ten** strokes and photograph them.');
    await exerciseForm.getByTestId('markdown-preview').locator('strong', { hasText: 'ten' }).waitFor();
    await exerciseForm.getByRole('button', { name: 'Add the lesson' }).click();
    await module.getByText('Ten strokes').waitFor();
    await module.getByRole('button', { name: '+ Live workshop' }).click();
    const workshopForm = page.getByRole('form', { name: /A new live workshop lesson/ });
    await workshopForm.getByLabel('Lesson title').fill('Paint together');
    await workshopForm.getByLabel('Classroom').locator('option').first().waitFor({ state: 'attached' });
    await expect.poll(() => workshopForm.getByLabel('Classroom').inputValue()).not.toBe('');
    await workshopForm.getByLabel('Places').fill('12');
    await workshopForm.getByLabel('Required for the certificate').uncheck();
    await workshopForm.getByRole('button', { name: 'Add the lesson' }).click();
    await module.getByText('12 places').waitFor();

    // Reorder: the video up above the text; edit the text lesson's title.
    await module.getByRole('button', { name: 'Move Brush strokes, filmed up' }).click();
    const titles = () => module.locator('.lesson-row strong').allTextContents();
    await expect
      .poll(titles)
      .toEqual(['Brush strokes, filmed', 'Holding the brush', 'Ten strokes', 'Paint together']);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move Brush strokes, filmed down'); // first now: the focus goes to the way it can still move
    await module.getByRole('button', { name: 'Edit Holding the brush' }).click();
    const editForm = page.getByRole('form', { name: 'Edit “Holding the brush”' });
    await editForm.getByLabel('Lesson title').fill('Holding the brush well');
    await editForm.getByTestId('markdown-preview').locator('h3', { hasText: 'Grip' }).waitFor();
    await editForm.getByRole('button', { name: 'Save the lesson' }).click();
    await module.getByText('Holding the brush well').waitFor();

    // Publish free (an empty price), then the screenshots: desktop and phone.
    await page.getByLabel('Price').fill('12.345');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.locator('#price-error', { hasText: 'At most 2 decimals in EUR.' }).waitFor();
    await page.getByLabel('Price').fill('');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByTestId('published-price').getByText('Free').waitFor();
    // The page scrolls inside its own frame: a tall window shows it whole.
    await page.setViewportSize({ width: 1100, height: 2400 });
    await page.screenshot({ path: shot('editor') });
    await page.setViewportSize({ width: 390, height: 844 });
    await module.getByRole('button', { name: '+ Text' }).click();
    await page
      .getByRole('form', { name: /A new text lesson/ })
      .getByLabel('Lesson text (Markdown)')
      .fill('## On a phone\nIt *fits*.');
    await page.getByTestId('markdown-preview').locator('em', { hasText: 'fits' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot('editor-phone') });
    await page.setViewportSize({ width: 390, height: 2400 });
    await page.screenshot({ path: shot('editor-phone-tall') });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.setViewportSize({ width: 1100, height: 900 });

    // A student enrols on /learn, reads, watches and hands in the exercise.
    const classroom = await under.browser.newContext({ viewport: { width: 1000, height: 800 } });
    const student = await classroom.newPage();
    student.on('pageerror', (error) => errors.push(error.message));
    await student.goto(address('/learn'));
    await student.getByRole('button', { name: 'New here? Make an account' }).click();
    await student.getByLabel('Your name').fill('Noor Haddad');
    await student.getByLabel('Email').fill('noor@example.org');
    await student.getByLabel('Password').fill('another long password');
    await student.getByRole('button', { name: 'Make my account' }).click();
    await student.getByRole('button', { name: 'Ink and Water' }).click();
    await student.getByRole('button', { name: 'Enrol for free' }).click();

    await student.getByRole('button', { name: 'Holding the brush well' }).click();
    await student.locator('.lesson-text strong', { hasText: 'upright' }).waitFor();
    await student.getByRole('button', { name: 'Mark as read' }).click();
    await student.getByTestId('lesson-progress').getByText('Done').waitFor();
    await student.getByRole('button', { name: '← The course' }).click();

    await student.getByRole('button', { name: 'Brush strokes, filmed' }).click();
    await student.getByRole('navigation', { name: 'Chapters' }).getByText('0:01 The stroke').waitFor();
    const watched = student.waitForResponse(
      (response) => response.url().endsWith('/progress') && response.request().method() === 'PUT',
    );
    await student.evaluate(async () => {
      const video = document.querySelector('video');
      if (!video) throw new Error('no video');
      video.muted = true;
      await video.play();
    });
    await student.waitForFunction(() => document.querySelector('video')?.ended === true, undefined, {
      timeout: 20_000,
    });
    expect((await watched).status()).toBe(200);
    await student.reload();
    await student.getByTestId('lesson-progress').getByText('Done').waitFor();
    await student.getByRole('button', { name: '← The course' }).click();

    await student.getByRole('button', { name: 'Ten strokes' }).click();
    await student.getByLabel('Link', { exact: true }).fill('https://example.org/noor/ten-strokes');
    await student.getByLabel('Note for your instructor').fill('The last three are the best.');
    await student.getByRole('button', { name: 'Hand in' }).click();
    await student.getByText('Waiting for a critique.').waitFor();

    // The instructor sees the enrolment and the work to review, and critiques it.
    await page.goto(address('/studio/teaching'));
    const card = page
      .getByTestId('taught-courses')
      .getByRole('listitem')
      .filter({ hasText: 'Ink and Water' });
    await card.getByTestId('enrolments').getByText('1').waitFor();
    await card.getByTestId('to-review').getByText('1').waitFor();
    await card.getByText('Free', { exact: true }).waitFor();
    await card.getByText('None (free places only)').waitFor();
    await page.screenshot({ path: shot('courses') });
    await card.getByRole('link', { name: 'Ink and Water' }).click();
    const work = page.getByRole('listitem', { name: 'Noor Haddad: Ten strokes' });
    await work.getByText('The last three are the best.').waitFor();
    await work.getByRole('button', { name: 'Send the review' }).click();
    await work.getByText('Give a score from 0 to 100.').waitFor();
    await work.getByLabel('Critique').fill('Confident strokes; let the last one fade.');
    await work.getByLabel('Score (0–100; 50 passes)').fill('85');
    await work.getByRole('button', { name: 'Send the review' }).click();
    await work.getByText('Reviewed: 85% · Confident strokes; let the last one fade.').waitFor();
    const roster = page.getByTestId('students').getByRole('row', { name: /Noor Haddad/ });
    await roster.getByText('100%').waitFor();
    const code = (await roster.getByRole('link', { name: /^PSC-/ }).textContent()) ?? '';
    expect(code).toMatch(/^PSC-/);
    await page.setViewportSize({ width: 1100, height: 2400 });
    await page.screenshot({ path: shot('reviewed') });

    // The student has the certificate.
    await student.goto(address('/learn'));
    await student.getByTestId('certificate-link').getByText(code).waitFor();
    const verify = await student.request.get(address(`/api/certificates/${code}/page`));
    expect(await verify.text()).toContain('Noor Haddad');
    await student.screenshot({ path: shot('student-certificate') });

    expect(errors).toEqual([]);
    await classroom.close();
    await desk.close();
  });
});
