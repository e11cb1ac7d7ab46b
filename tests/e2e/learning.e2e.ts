// A student's way through a course in the browser: make an account, enrol, read, hand in an exercise, read
// the instructor's critique, and find the certificate; against the real product.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/api.ts';
import { ARTIFACTS, useProductUnderTest } from '../support/running-product.ts';

const under = useProductUnderTest({ reachableDatabase: true });

const api = <T>(method: string, route: string, body?: object, token?: string) =>
  callApi<T>(under.product.url, method, route, token ?? null, body);

/** An instructor with a free published course: a reading and an exercise. */
async function publishCourse(): Promise<{ token: string; exerciseId: string }> {
  const credentials = { email: 'iris@example.org', password: 'a long enough password' };
  await api('POST', '/api/auth/sign-up', { ...credentials, displayName: 'Iris Vega' });
  await under.grantRole(credentials.email, 'instructor');
  const { accessToken: token } = await api<{ accessToken: string }>('POST', '/api/auth/sign-in', credentials);
  const course = await api<{ id: string }>(
    'POST',
    '/api/courses',
    { title: 'Colour Basics', summary: 'Mixing paint.', discipline: 'painting', level: 'beginner' },
    token,
  );
  const withModule = await api<{ modules: { id: string }[] }>(
    'POST',
    `/api/courses/${course.id}/modules`,
    { title: 'Mixing' },
    token,
  );
  const moduleId = withModule.modules[0]?.id ?? '';
  await api(
    'POST',
    `/api/modules/${moduleId}/lessons`,
    { kind: 'text', title: 'Warm and cool', body: '## Temperature\nReds lean **warm**.' },
    token,
  );
  const full = await api<{ modules: { lessons: { id: string }[] }[] }>(
    'POST',
    `/api/modules/${moduleId}/lessons`,
    { kind: 'exercise', title: 'A colour wheel', body: 'Paint a twelve-step wheel.' },
    token,
  );
  await api('POST', `/api/courses/${course.id}/publish`, { priceMinor: 0, currency: 'usd' }, token);
  return { token, exerciseId: full.modules[0]?.lessons[1]?.id ?? '' };
}

describe('learning in the browser', () => {
  it('takes a student from a new account to a certificate', async () => {
    const teacher = await publishCourse();
    const context = await under.browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(new URL('/learn', under.product.url).href);
    await page.getByRole('button', { name: 'New here? Make an account' }).click();
    await page.getByLabel('Your name').fill('Noor Haddad');
    await page.getByLabel('Email').fill('noor@example.org');
    await page.getByLabel('Password').fill('another long password');
    await page.getByRole('button', { name: 'Make my account' }).click();
    await page.getByText('You are not on a course yet').waitFor();

    await page.getByRole('button', { name: 'Colour Basics' }).click();
    await page.getByRole('button', { name: 'Enrol for free' }).click();
    await page.getByRole('button', { name: 'Warm and cool' }).click();
    await page.locator('.lesson-text h3', { hasText: 'Temperature' }).waitFor();
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await page.getByTestId('lesson-progress').getByText('Done').waitFor();

    // A reload keeps the student signed in (the refresh token), and the dashboard says what is next.
    await page.goto(new URL('/learn', under.product.url).href);
    await page.getByTestId('my-courses').waitFor();
    await page.locator('.progress-label', { hasText: '50%' }).waitFor();
    await page.getByRole('button', { name: 'A colour wheel' }).click();
    await page.getByLabel('Link', { exact: true }).fill('https://example.org/noor/wheel');
    await page.getByLabel('Note for your instructor').fill('Twelve steps, acrylic.');
    await page.getByRole('button', { name: 'Hand in' }).click();
    await page.getByText('Waiting for a critique.').waitFor();

    const [submission] = await api<{ id: string }[]>(
      'GET',
      `/api/lessons/${teacher.exerciseId}/submissions`,
      undefined,
      teacher.token,
    );
    await api(
      'POST',
      `/api/submissions/${submission?.id ?? ''}/review`,
      { critique: 'Clean steps; mind the greens.', score: 0.9 },
      teacher.token,
    );
    await page.reload();
    await page.getByText('Clean steps; mind the greens. (90%)').waitFor();

    await page.goto(new URL('/learn', under.product.url).href);
    await page.locator('.progress-label', { hasText: '100%' }).waitFor();
    const certificate = page.getByTestId('certificate-link');
    const code = (await certificate.textContent()) ?? '';
    expect(code).toMatch(/^PSC-/);
    const pdf = await page.request.get(new URL(`/api/certificates/${code}/pdf`, under.product.url).href);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const verify = await page.request.get(new URL(`/api/certificates/${code}/page`, under.product.url).href);
    expect(await verify.text()).toContain('Noor Haddad');
    await page.screenshot({ path: path.join(ARTIFACTS, 'learning-dashboard.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
