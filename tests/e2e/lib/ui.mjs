// What a user does and sees, in the app's accessible names (labels, roles, headings).
import { STEP_TIMEOUT_MS } from './harness.mjs';

export const DEMO_PASSWORD = 'trellis-demo';

export class AssertionError extends Error {
  name = 'AssertionError';
}

export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}

/** Waits for the locator to be visible; the message says what the user should have seen. */
export async function expectVisible(locator, what, timeout = STEP_TIMEOUT_MS) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new AssertionError(`Expected to see ${what}, but it did not appear within ${timeout} ms`);
  }
}

/** Checks, on a settled page, that nothing matches. */
export async function expectAbsent(locator, what) {
  const count = await locator.count();
  assert(count === 0, `Expected not to see ${what}, but found ${count}`);
}

export async function expectPath(page, pathname, timeout = STEP_TIMEOUT_MS) {
  try {
    await page.waitForURL((url) => url.pathname === pathname, { timeout });
  } catch {
    throw new AssertionError(`Expected to be at ${pathname}, but the page is at ${new URL(page.url()).pathname}`);
  }
}

export const heading = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });
export const nav = (page) => page.getByRole('navigation', { name: 'Main navigation' });
export const navLink = (page, name) => nav(page).getByRole('link', { name, exact: true });

/** The names in the first column of a table, e.g. the People table. */
export async function tableNames(table) {
  await expectVisible(table, 'the table');
  const cells = table.locator('tbody tr td:first-child');
  return (await cells.allInnerTexts()).map((text) => text.trim().split('\n')[0].trim());
}

export async function fillSignIn(page, email, password) {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function openSignIn(page) {
  await page.goto('/sign-in');
  await expectVisible(page.getByRole('heading', { name: 'Sign in', exact: true }), 'the "Sign in" heading');
}

/** Signs in through the form and waits for the app's home page. */
export async function signIn(page, email, password = DEMO_PASSWORD) {
  await openSignIn(page);
  await fillSignIn(page, email, password);
  await expectPath(page, '/');
  await expectVisible(page.getByRole('button', { name: 'Sign out', exact: true }), 'the "Sign out" button');
}

/** Signs out and checks the user lands on the sign-in page and the app is closed to them. */
export async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expectPath(page, '/sign-in');
  await expectVisible(page.getByLabel('Email', { exact: true }), 'the sign-in form');
}
