// Maya, manager of Payments: her people on Home, her team in People, search, Sam's profile,
// an edit of his title, and signing out.
/* global document -- in functions that run in the page */
import {
  assert,
  expectAbsent,
  expectPath,
  expectVisible,
  heading,
  navLink,
  signIn,
  signOut,
  tableNames,
} from '../lib/ui.mjs';

const MAYAS_REPORTS = ['Sam Okafor', 'Priya Raman', 'Jonas Becker', 'Amara Nwosu', 'Luis Ortega'];
const OTHER_TEAMS = ['Hannah Kim', 'Kofi Asante', 'Omar Haddad', 'Lena Fischer'];

async function editTitle(j, page, title, screenshotStep) {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Sam Okafor' });
  await expectVisible(dialog, 'the "Edit Sam Okafor" dialog');
  const titleField = dialog.getByRole('textbox', { name: 'Title' });
  await expectVisible(titleField, 'the Title field of the edit form');
  if (screenshotStep) await j.check(page, screenshotStep);
  await titleField.fill(title);
  await dialog.getByRole('button', { name: 'Save changes', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

export default {
  name: 'manager-people',
  title: 'Maya sees and edits her people, then signs out',
  async run(j) {
    const page = await j.newPage('maya');
    await signIn(page, 'maya@acme.test');

    // Home: her direct reports as cards.
    await expectVisible(heading(page, 'Welcome, Maya'), 'the greeting "Welcome, Maya"');
    const yourPeople = page.getByRole('region', { name: 'Your people' });
    for (const name of MAYAS_REPORTS) {
      await expectVisible(yourPeople.getByRole('link', { name, exact: true }), `${name} under "Your people" on Home`);
    }
    await j.check(page, 'home');
    await expectAbsent(yourPeople.getByText('Hannah Kim'), "Hannah Kim (Platform) among Maya's people on Home");

    // People: the whole directory, other teams included.
    await navLink(page, 'People').click();
    await expectPath(page, '/people');
    await expectVisible(heading(page, 'People'), 'the "People" heading');
    const table = page.getByRole('table', { name: 'People', exact: true });
    await expectVisible(table.getByRole('link', { name: 'Sam Okafor', exact: true }), 'Sam Okafor in the People table');
    await j.check(page, 'people');
    const names = await tableNames(table);
    for (const name of MAYAS_REPORTS)
      assert(names.includes(name), `The People table should list ${name}; it lists ${names.join(', ')}`);
    for (const name of OTHER_TEAMS)
      assert(names.includes(name), `The directory should list ${name} (another team); it lists ${names.join(', ')}`);

    // Search narrows the table, and the count says so.
    await page.getByRole('searchbox', { name: 'Search people' }).fill('Okafor');
    await expectPath(page, '/people');
    await page
      .waitForFunction(() => document.querySelectorAll('table[aria-label="People"] tbody tr').length === 1, null, {
        timeout: 5_000,
      })
      .catch(() => undefined);
    const found = await tableNames(table);
    assert(
      found.length === 1 && found[0] === 'Sam Okafor',
      `Searching "Okafor" should leave only Sam Okafor; it shows ${found.join(', ')}`,
    );
    await expectVisible(page.getByText('1 person matches'), 'the count "1 person matches"');
    assert(
      new URL(page.url()).searchParams.get('q') === 'Okafor',
      'The search should be kept in the address (?q=Okafor)',
    );
    await j.check(page, 'people-search');

    // A search that matches nobody offers to clear the filters.
    await page.getByRole('searchbox', { name: 'Search people' }).fill('zzz-nobody');
    await expectVisible(page.getByText('No people match'), 'the "No people match" message');
    await j.check(page, 'people-search-empty');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expectVisible(
      table.getByRole('link', { name: 'Priya Raman', exact: true }),
      'the full table again after "Clear filters"',
    );
    await page.getByRole('searchbox', { name: 'Search people' }).fill('Okafor');

    // Sam's profile.
    await table.getByRole('link', { name: 'Sam Okafor', exact: true }).click();
    await expectVisible(heading(page, 'Sam Okafor'), 'the "Sam Okafor" heading');
    assert(/^\/people\/[^/]+$/.test(new URL(page.url()).pathname), `Expected a person's address, got ${page.url()}`);
    const main = page.getByRole('main');
    await expectVisible(main.getByRole('link', { name: 'Payments', exact: true }), 'his team, Payments');
    await expectVisible(main.getByRole('link', { name: 'Maya Lindqvist', exact: true }), 'his manager, Maya Lindqvist');
    await expectVisible(main.getByText('Weekly capacity'), 'his weekly capacity');
    await expectAbsent(
      main.getByRole('heading', { name: 'Direct reports' }),
      'a "Direct reports" card for an individual contributor without reports',
    );
    await expectVisible(page.getByRole('button', { name: 'Edit', exact: true }), 'the "Edit" button');
    const originalTitle = (await main.locator('h1 + p').first().innerText()).trim();
    assert(originalTitle.length > 0, "Sam's title should be shown under his name");
    await j.check(page, 'person');

    // Edit his title; the page shows the new one, and it survives a reload.
    const newTitle = `Software Engineer II (e2e ${Date.now().toString(36)})`;
    await editTitle(j, page, newTitle, 'person-edit-dialog');
    await expectVisible(main.getByText(newTitle, { exact: true }), `the new title "${newTitle}"`);
    await expectVisible(page.getByText("Sam Okafor's profile is up to date."), 'the "Saved" notification');
    await j.check(page, 'person-saved');
    await page.reload();
    await expectVisible(heading(page, 'Sam Okafor'), 'the "Sam Okafor" heading after a reload');
    await expectVisible(main.getByText(newTitle, { exact: true }), 'the new title after a reload');

    // Put the title back, so a shared database stays as the demo seed made it.
    await editTitle(j, page, originalTitle, null);
    await expectVisible(main.getByText(originalTitle, { exact: true }), `the original title "${originalTitle}" again`);

    // Sign out: the sign-in page, and the app stays closed.
    await signOut(page);
    await j.check(page, 'signed-out');
    await page.goto('/people');
    await expectPath(page, '/sign-in');
    await expectVisible(
      page.getByRole('button', { name: 'Sign in', exact: true }),
      'the sign-in form after visiting /people signed out',
    );
  },
};
