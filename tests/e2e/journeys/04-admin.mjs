// The admin: the users table, a new user (who signs in, then is deactivated and cannot),
// the audit log with the sign-in events, and the settings form, left unchanged.
import {
  assert,
  expectPath,
  expectVisible,
  fillSignIn,
  heading,
  navLink,
  openSignIn,
  signIn,
  signOut,
  tableNames,
} from '../lib/ui.mjs';

export default {
  name: 'admin',
  title: 'The admin sees users and the audit log, creates and deactivates a user',
  async run(j) {
    const page = await j.newPage('admin');
    await signIn(page, 'admin@acme.test');
    await expectVisible(page.getByRole('heading', { level: 1, name: /^Welcome/ }), 'the Home greeting');
    await expectVisible(
      page.getByRole('heading', { name: 'Acme Engineering at a glance' }),
      'the organization figures',
    );
    await j.check(page, 'home');

    // Admin > Users.
    await navLink(page, 'Admin').click();
    await expectPath(page, '/admin');
    await expectVisible(heading(page, 'Admin'), 'the "Admin" heading');
    await expectVisible(page.getByRole('tab', { name: 'Users', selected: true }), 'the selected "Users" tab');
    const users = page.getByRole('table', { name: 'Users', exact: true });
    await expectVisible(users, 'the users table');
    await j.check(page, 'users');
    const emails = await tableNames(users);
    for (const email of ['admin@acme.test', 'dana@acme.test', 'maya@acme.test', 'sam@acme.test']) {
      assert(
        emails.some((text) => text.startsWith(email)),
        `The users table should list ${email}; it lists ${emails.join(', ')}`,
      );
    }
    assert(
      await users.getByRole('button', { name: 'Deactivate admin@acme.test' }).isDisabled(),
      'The admin should not be able to deactivate their own account',
    );

    // Create a user; the table lists it.
    const newEmail = `e2e-${Date.now().toString(36)}@acme.test`;
    const newPassword = 'e2e-password-123';
    await page.getByRole('button', { name: 'Create user', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Create user' });
    await expectVisible(dialog.getByRole('textbox', { name: 'Email' }), 'the Email field of the "Create user" dialog');
    await j.check(page, 'create-user-dialog');
    await dialog.getByRole('textbox', { name: 'Email' }).fill(newEmail);
    await dialog.getByLabel(/^Initial password/).fill(newPassword);
    await dialog.getByRole('button', { name: 'Create user', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectVisible(users.getByText(newEmail, { exact: true }), `${newEmail} in the users table`);
    await expectVisible(page.getByText(`${newEmail} can now sign in.`), 'the "User created" notification');
    await j.check(page, 'user-created');

    // The new user signs in; the account is not linked to a person yet.
    const newcomer = await j.newPage('new-user');
    await signIn(newcomer, newEmail, newPassword);
    await expectVisible(
      newcomer.getByText('Your account is not linked to a person'),
      'the "not linked to a person" notice',
    );
    await j.check(newcomer, 'new-user-home');
    await signOut(newcomer);

    // Deactivate the test account again (confirming in the dialog), so runs on a shared
    // database leave no active accounts behind.
    await users.getByRole('button', { name: `Deactivate ${newEmail}`, exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate user?' });
    await expectVisible(confirm.getByText(newEmail), 'the account in the "Deactivate user?" dialog');
    await j.check(page, 'deactivate-dialog');
    await confirm.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await confirm.waitFor({ state: 'hidden' });
    const newRow = users.getByRole('row').filter({ hasText: newEmail });
    await expectVisible(newRow.getByText('Deactivated', { exact: true }), `${newEmail} marked "Deactivated"`);

    // Audit log: the sign-in events and the test account's life.
    await page.getByRole('tab', { name: 'Audit log' }).click();
    await expectPath(page, '/admin');
    assert(
      new URL(page.url()).searchParams.get('tab') === 'audit-log',
      'The tab should be kept in the address (?tab=audit-log)',
    );
    const log = page.getByRole('table', { name: 'Audit log', exact: true });
    await expectVisible(log, 'the audit log table');
    const event = (action, text) =>
      log
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: action, exact: true }) })
        .filter({ hasText: text });
    await expectVisible(
      event('Signed in', 'admin@acme.test'),
      'a "Signed in" event by admin@acme.test in the audit log',
    );
    await expectVisible(event('Signed in', newEmail), `a "Signed in" event by ${newEmail}`);
    await expectVisible(event('User created', newEmail), `a "User created" event for ${newEmail}`);
    await expectVisible(event('User deactivated', newEmail), `a "User deactivated" event for ${newEmail}`);
    await j.check(page, 'audit-log');

    // Organization settings: shown, not changed.
    await page.getByRole('tab', { name: 'Organization settings' }).click();
    await expectVisible(page.getByRole('form', { name: 'Organization settings' }), 'the organization settings form');
    await expectVisible(
      page.getByRole('textbox', { name: 'Default weekly capacity (hours)' }),
      'the default capacity field',
    );
    await j.check(page, 'settings');

    // One-on-one templates: Trellis's own, read-only; the organization's, editable.
    await page.getByRole('tab', { name: 'One-on-one templates' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Built into Trellis' }), 'the built-in templates');
    await page.getByRole('button', { name: 'New template' }).click();
    await expectVisible(page.getByRole('dialog', { name: 'New template' }), 'the new template form');
    await j.check(page, 'templates-new');
    await page.getByRole('dialog', { name: 'New template' }).getByRole('button', { name: 'Cancel' }).click();
    await signOut(page);

    // The deactivated account can no longer sign in.
    const again = await j.newPage('deactivated-user');
    await openSignIn(again);
    await fillSignIn(again, newEmail, newPassword);
    await expectVisible(
      again.getByRole('alert').filter({ hasText: 'Sign-in failed' }),
      'the "Sign-in failed" alert for a deactivated account',
    );
    await expectPath(again, '/sign-in');
  },
};
