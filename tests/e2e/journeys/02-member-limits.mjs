// Sam, a member: his own profile on Home, only himself and his manager chain in People,
// no Admin link, and a plain refusal at /admin.
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
  title: 'Sam sees himself and his manager chain, and no admin',
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

    // People: himself and his manager chain only.
    await navLink(page, 'People').click();
    await expectPath(page, '/people');
    const table = page.getByRole('table', { name: 'People', exact: true });
    await expectVisible(table.getByRole('link', { name: 'Sam Okafor', exact: true }), 'Sam Okafor in the People table');
    await j.check(page, 'people');
    const names = await tableNames(table);
    assert(
      !names.includes('Priya Raman'),
      `Sam should not see his peer Priya Raman in People; the table lists ${names.join(', ')}`,
    );
    assert(
      names.includes('Maya Lindqvist'),
      `Sam should see his manager Maya Lindqvist; the table lists ${names.join(', ')}`,
    );
    const outside = names.filter((name) => !SAMS_CHAIN.includes(name));
    assert(
      outside.length === 0,
      `Sam should see only himself and his manager chain; he also sees ${outside.join(', ')}`,
    );

    // /admin by address: a refusal, still no Admin link.
    await page.goto('/admin');
    await expectVisible(heading(page, 'You do not have access to this page'), 'the access-denied message at /admin');
    await expectAbsent(page.getByRole('table', { name: 'Users' }), 'the users table');
    await expectAbsent(nav(page).getByRole('link', { name: 'Admin' }), 'an "Admin" link in the nav');
    await j.check(page, 'admin-denied');

    // A peer's profile by address (Maya's view gives Priya's address): refused, not shown.
    const helper = await j.newPage('maya-helper');
    await signIn(helper, 'maya@acme.test');
    await helper.goto('/people?q=Priya');
    const priyaLink = helper
      .getByRole('table', { name: 'People', exact: true })
      .getByRole('link', { name: 'Priya Raman', exact: true });
    await expectVisible(priyaLink, "Priya Raman in Maya's People table");
    const priyaPath = await priyaLink.getAttribute('href');
    await helper.context().close();
    await page.goto(priyaPath);
    await expectVisible(
      heading(page, 'You do not have access to this page'),
      `the access-denied message at Priya's profile (${priyaPath})`,
    );
    await expectAbsent(page.getByText('Senior Software Engineer'), "Priya's title on the refused page");
    await j.check(page, 'peer-profile-denied');

    // An address that names nobody.
    await page.goto('/people/00000000-0000-4000-8000-000000000000');
    await expectVisible(heading(page, 'Page not found'), 'a "Page not found" message for an unknown person');
    await j.check(page, 'unknown-person');

    await page.getByRole('link', { name: 'Go to Home', exact: true }).click();
    await expectPath(page, '/');
    await signOut(page);
  },
};
