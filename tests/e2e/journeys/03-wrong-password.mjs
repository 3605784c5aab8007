// A wrong password: an error on the sign-in page, and the app stays closed.
/* global document -- in functions that run in the page */
import { assert, expectAbsent, expectPath, expectVisible, fillSignIn, openSignIn } from '../lib/ui.mjs';

export default {
  name: 'wrong-password',
  title: 'A wrong password shows an error and stays signed out',
  async run(j) {
    const page = await j.newPage('visitor');

    // Signed out, the app sends you to sign in.
    await page.goto('/');
    await expectPath(page, '/sign-in');
    await expectVisible(page.getByRole('heading', { name: 'Sign in', exact: true }), 'the "Sign in" heading');
    await j.check(page, 'sign-in');

    // Empty fields are caught in the browser.
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectVisible(
      page.getByText('Enter your email address', { exact: true }),
      'the message "Enter your email address"',
    );
    await expectVisible(page.getByText('Enter your password', { exact: true }), 'the message "Enter your password"');
    await j.check(page, 'empty-fields');

    // A wrong password: the API refuses, the page says so.
    await openSignIn(page);
    await fillSignIn(page, 'maya@acme.test', 'not-the-password');
    const alert = page.getByRole('alert').filter({ hasText: 'Sign-in failed' });
    await expectVisible(alert, 'the "Sign-in failed" alert');
    const message = (await alert.innerText()).replace(/\s+/g, ' ').trim();
    assert(message.length > 'Sign-in failed'.length, 'The alert should explain why sign-in failed');
    assert(!/maya@acme\.test/i.test(message), 'The message should not echo the account');
    await expectPath(page, '/sign-in');
    assert(
      (await page.getByLabel('Password', { exact: true }).inputValue()) === '',
      'The password field should be emptied after a failed attempt',
    );
    await expectAbsent(page.getByRole('button', { name: 'Sign out' }), 'a "Sign out" button');
    await j.check(page, 'wrong-password');

    // An unknown account reads the same (no hint which accounts exist).
    await fillSignIn(page, 'nobody@acme.test', 'not-the-password');
    await page.waitForFunction(
      () => document.querySelector('[role="alert"]') && !document.querySelector('button[data-loading]'),
      null,
      { timeout: 10_000 },
    );
    await j.settle(page);
    const unknownMessage = (await alert.innerText()).replace(/\s+/g, ' ').trim();
    assert(
      unknownMessage === message,
      `An unknown account and a wrong password should read the same; got "${unknownMessage}" and "${message}"`,
    );

    // Still signed out: the app's pages send us back to sign in.
    await page.goto('/people');
    await expectPath(page, '/sign-in');
    const cookies = await page.context().cookies();
    assert(cookies.length === 0, `No session cookie should be set; found ${cookies.map((c) => c.name).join(', ')}`);
  },
};
