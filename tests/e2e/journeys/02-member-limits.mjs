// Sam, a member: his own profile on Home, the whole directory in People, his team with all its
// members, a peer's profile without her personal details, no Admin link, and a refusal at /admin
// that says what he sees instead.
import {
  assert,
  expectAbsent,
  expectPath,
  expectVisible,
  heading,
  nav,
  navLink,
  signIn,
  signOut,
  tableNames,
} from '../lib/ui.mjs';

// Sam reports to Maya, who reports to Dana.
const SAMS_CHAIN = ['Sam Okafor', 'Maya Lindqvist', 'Dana Whitfield'];

export default {
  name: 'member-limits',
  title: "Sam sees the directory, a peer's public profile, and no admin",
  async run(j) {
    const page = await j.newPage('sam');
    await signIn(page, 'sam@acme.test');

    // Home: his profile and his manager.
    await expectVisible(heading(page, 'Welcome, Sam'), 'the greeting "Welcome, Sam"');
    const profile = page.getByRole('region', { name: 'Your profile' });
    await expectVisible(profile.getByText('Sam Okafor', { exact: true }), 'his name under "Your profile"');
    await expectVisible(profile.getByRole('link', { name: 'Payments', exact: true }), 'his team, Payments');
    const manager = page.getByRole('region', { name: 'Your manager' });
    await expectVisible(
      manager.getByRole('link', { name: 'Maya Lindqvist', exact: true }),
      'Maya under "Your manager"',
    );

    // The nav: Home, People, Teams; no Admin.
    for (const name of ['Home', 'People', 'Teams']) await expectVisible(navLink(page, name), `the "${name}" nav link`);
    await expectAbsent(nav(page).getByRole('link', { name: 'Admin' }), 'an "Admin" link in the nav');
    await expectAbsent(page.getByRole('link', { name: 'Admin' }), 'an "Admin" link anywhere on the page');
    await j.check(page, 'home');

    // His own full profile, which he cannot edit.
    await profile.getByRole('link', { name: 'View your full profile' }).click();
    await expectVisible(heading(page, 'Sam Okafor'), 'the "Sam Okafor" heading');
    await j.check(page, 'own-profile');
    await expectAbsent(page.getByRole('button', { name: 'Edit', exact: true }), 'an "Edit" button on his own profile');

    // People: the whole directory; levels only for himself and his manager chain.
    await navLink(page, 'People').click();
    await expectPath(page, '/people');
    const table = page.getByRole('table', { name: 'People', exact: true });
    await expectVisible(table.getByRole('link', { name: 'Sam Okafor', exact: true }), 'Sam Okafor in the People table');
    await j.check(page, 'people');
    const names = await tableNames(table);
    for (const name of [...SAMS_CHAIN, 'Priya Raman', 'Hannah Kim']) {
      assert(names.includes(name), `Sam's directory should list ${name}; it lists ${names.join(', ')}`);
    }

    // His team: all six members, as many as the count says.
    await table.getByRole('link', { name: 'Payments', exact: true }).first().click();
    await expectVisible(heading(page, 'Payments'), 'the "Payments" heading');
    await expectVisible(page.getByText('6 members', { exact: true }), 'the count "6 members"');
    const members = await tableNames(page.getByRole('table', { name: 'Members of Payments', exact: true }));
    assert(members.length === 6, `Payments should list its 6 members; it lists ${members.join(', ')}`);
    await j.check(page, 'payments-team');

    // A peer's profile: the directory part, and who sees the rest; no growth tabs, no error.
    await page.getByRole('link', { name: 'Priya Raman', exact: true }).click();
    await expectVisible(heading(page, 'Priya Raman'), 'the "Priya Raman" heading');
    const main = page.getByRole('main');
    await expectVisible(main.getByText('Senior Software Engineer', { exact: true }), "Priya's title");
    await expectVisible(main.getByRole('link', { name: 'Maya Lindqvist', exact: true }), 'her manager, Maya');
    await expectVisible(
      main.getByText('Priya Raman’s level, start date, capacity and growth are for them and their manager chain.', {
        exact: false,
      }),
      'the note of who sees the rest',
    );
    await expectAbsent(main.getByText('Weekly capacity'), "Priya's weekly capacity");
    await expectAbsent(page.getByRole('tab', { name: 'Growth' }), "a Growth tab on Priya's profile");
    await page.setViewportSize({ width: 1440, height: 900 });
    await j.check(page, 'peer-profile');
    await page.setViewportSize({ width: 390, height: 844 });
    await j.check(page, 'peer-profile-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    // /admin by address: who the page is for, and what he sees instead; still no Admin link.
    await page.goto('/admin');
    await expectVisible(heading(page, 'You do not have access to this page'), 'the access-denied message at /admin');
    await expectVisible(page.getByText('The admin pages are for admins.', { exact: false }), 'who the page is for');
    await expectAbsent(page.getByRole('table', { name: 'Users' }), 'the users table');
    await expectAbsent(nav(page).getByRole('link', { name: 'Admin' }), 'an "Admin" link in the nav');
    await j.check(page, 'admin-denied');

    // An address that names nobody.
    await page.goto('/people/00000000-0000-4000-8000-000000000000');
    await expectVisible(heading(page, 'Page not found'), 'a "Page not found" message for an unknown person');
    await j.check(page, 'unknown-person');

    await page.getByRole('link', { name: 'Go to Home', exact: true }).click();
    await expectPath(page, '/');
    await signOut(page);
  },
};
