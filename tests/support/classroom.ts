// The studio classroom's instructor for e2e tests: an account given the role, and signing it in on a page.
import type { Page } from 'playwright-core';
import type { GrantRole } from './running-product.ts';

export const INSTRUCTOR = { email: 'iris@example.org', password: 'a long enough password' } as const;

/** Makes the instructor's account (Iris Vega) and gives it the role. */
export async function makeInstructor(base: string, grantRole: GrantRole): Promise<void> {
  const response = await fetch(new URL('/api/auth/sign-up', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...INSTRUCTOR, displayName: 'Iris Vega' }),
  });
  if (response.status !== 201) throw new Error(`the instructor's sign-up answered ${response.status}`);
  await grantRole(INSTRUCTOR.email, 'instructor');
}

/** Signs the instructor in on `page` (the Learn page's form). */
export async function signInAsInstructor(page: Page, base: string): Promise<void> {
  await page.goto(new URL('/learn', base).href);
  await page.getByLabel('Email').fill(INSTRUCTOR.email);
  await page.getByLabel('Password').fill(INSTRUCTOR.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
