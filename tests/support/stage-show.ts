// A show on the main stage for capture tests and benchmarks: a performer with a show booked, a fan with
// a ticket, each signed in on a page of their own, and the film the performer's fake camera plays.
import { writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { callApi } from './api.ts';
import { startAvatarLab } from './avatar-lab/server.ts';
import { filmHandAndFace, filmWave } from './avatar-lab/wave-film.ts';
import { enterSpace, type GrantRole } from './running-product.ts';
import { approveEverything } from './venue.ts';

export const PERFORMER = { name: 'Rae Okafor', email: 'rae@example.org' } as const;
export const FAN = { name: 'Sol Marr', email: 'sol@example.org' } as const;
export const PASSWORD = 'a long enough password';

interface Session {
  accessToken: string;
  refreshToken: string;
}

/** What the venue exposes about its live avatars (world-client/src/avatars/inspect.ts). */
/** A frame's age at some point, ms, named by its sender's time stamp. */
export interface FrameAge {
  time: number;
  age: number;
}

export interface Avatars {
  names(): string[];
  avatar(name: string): string | null;
  boneRotation(name: string, bone: string): number[] | null;
  bonePosition(name: string, bone: string, inRoom?: boolean): number[] | null;
  expression(name: string, expression: string): number | null;
  latency(name: string): { arrival: number; playback: number } | null;
  arrivals(name: string): readonly FrameAge[];
  sends(): readonly FrameAge[];
  badge(name: string): string | null;
}

/**
 * Books the show: the performer (an artist) asks for the stage, the venue approves (an admin, given the role
 * by `grantRole`), and a fan (and any `moreFans`) take a free ticket.
 */
export async function setTheStage(
  base: string,
  grantRole: GrantRole,
  moreFans: ReadonlyArray<{ name: string; email: string }> = [],
): Promise<void> {
  const api = <T>(method: string, route: string, token: string | null, body?: object) =>
    callApi<T>(base, method, route, token, body);
  const signUp = (email: string, displayName: string) =>
    api<Session>('POST', '/api/auth/sign-up', null, { email, password: PASSWORD, displayName });
  const performer = await signUp(PERFORMER.email, PERFORMER.name);
  await api('PUT', '/api/artists/me', performer.accessToken, {
    name: PERFORMER.name,
    bio: 'Signals with both hands.',
  });
  const show = await api<{ listingId: string }>('POST', '/api/shows', performer.accessToken, {
    space: 'main-stage',
    title: 'Semaphore',
    startsAt: new Date(Date.now() + 5 * 60_000).toISOString(),
    durationMinutes: 60,
    capacity: 10,
    priceMinor: 0,
    currency: 'usd',
  });
  await approveEverything(base, grantRole);
  for (const who of [FAN, ...moreFans]) {
    const fan = await signUp(who.email, who.name);
    await api('POST', '/api/orders', fan.accessToken, { listingId: show.listingId });
  }
}

/**
 * `who` signed in on the stage, in `browser` (`query` adds to the address, e.g. ?xr-emulate; `beforeLoad`
 * prepares the page before the venue loads in it; `viewport` sizes it). Each page
 * gets a fresh session: a page rotates its refresh token, so one token serves one page.
 */
export async function onStage(
  browser: Browser,
  base: string,
  who: { name: string; email: string },
  query = '',
  options: { beforeLoad?: (page: Page) => Promise<void>; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const session = await callApi<Session>(base, 'POST', '/api/auth/sign-in', null, {
    email: who.email,
    password: PASSWORD,
  });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1000, height: 700 } });
  await context.addInitScript(
    (token) => localStorage.setItem('prostudio.refreshToken', token),
    session.refreshToken,
  );
  const page = await context.newPage();
  await options.beforeLoad?.(page);
  await enterSpace(page, `${base}${query}#main-stage`, who.name, 'main-stage');
  return page;
}

/** Waits until an audience page shows the performer's avatar. */
export async function watchPerformer(audience: Page): Promise<void> {
  await audience.waitForFunction(
    (name) => (window as unknown as { prostudioAvatars?: Avatars }).prostudioAvatars?.names().includes(name),
    PERFORMER.name,
    { timeout: 30_000 },
  );
}

/** Writes a film of the avatar (for the fake camera) to `file`, shot with the avatar lab. */
async function writeFilm(
  browser: Browser,
  file: string,
  shoot: (page: Page) => Promise<Buffer>,
): Promise<void> {
  const lab = await startAvatarLab();
  const page = await browser.newPage({ viewport: { width: 640, height: 480 } });
  await page.goto(lab.url);
  await page.waitForFunction(() => document.title === 'ready');
  await writeFile(file, await shoot(page));
  await page.close();
  await lab.close();
}

/** Writes the film of the avatar waving, twice, a wave every `period` s. */
export const writeWaveFilm = (browser: Browser, file: string, period: number) =>
  writeFilm(browser, file, (page) => filmWave(page, 'ada.vrm', 2 * period, period));

/** Writes the film of the avatar's right hand and mouth closing and opening, twice, every `period` s. */
export const writeHandAndFaceFilm = (browser: Browser, file: string, period: number) =>
  writeFilm(browser, file, (page) => filmHandAndFace(page, 'ada.vrm', 2 * period, period));

/**
 * Turns the performer's camera on, with inference where `runsOn` says (an option of the panel's "Runs
 * on"), and by default the body only (which is all a 2-core machine keeps up with at a few frames a
 * second) unless `fingersAndFace`.
 */
export async function startCapture(
  stage: Page,
  { runsOn = 'Automatic', fingersAndFace = false } = {},
): Promise<void> {
  await stage.getByLabel('Runs on').selectOption({ label: runsOn });
  await stage.getByLabel('Fingers', { exact: true }).setChecked(fingersAndFace);
  await stage.getByLabel('Face', { exact: true }).setChecked(fingersAndFace);
  await stage.getByTestId('capture-start').click();
  // Three models (pose, hands, face) compile and warm up in a worker before the first frame: on a 2-core
  // machine in software that has taken past a minute (CI, 2026-12-07), the body alone well under one.
  await stage
    .locator('[data-testid="capture-status"][data-phase="tracking"]')
    .waitFor({ timeout: fingersAndFace ? 150_000 : 60_000 });
  await stage
    .getByTestId('capture-status')
    .getByText(/Live: [1-9]/)
    .waitFor({ timeout: 60_000 });
}
