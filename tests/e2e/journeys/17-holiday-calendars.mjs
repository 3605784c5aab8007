// The admin keeps the holiday calendars: a new Lisbon office calendar, its holidays imported from
// an iCalendar file (with what was skipped and why), one added by hand after the form says what is
// missing; then the calendar is deleted again, leaving the demo as it was.
import { fileURLToPath } from 'node:url';
import { assert, expectPath, expectVisible, heading, navLink, signIn, signOut } from '../lib/ui.mjs';

const FIXTURE = fileURLToPath(new URL('../../../apps/api/test/fixtures/holidays.ics', import.meta.url));

export default {
  name: 'holiday-calendars',
  title: 'The admin creates a calendar, imports an .ics file, adds a holiday by hand, and deletes it',
  async run(j) {
    const page = await j.newPage('admin');
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'admin@acme.test');

    await navLink(page, 'Admin').click();
    await expectPath(page, '/admin');
    await page.getByRole('tab', { name: 'Holiday calendars', exact: true }).click();
    await expectVisible(heading(page, 'Admin'), 'the Admin heading');
    const list = page.getByRole('navigation', { name: 'Holiday calendars' });
    await expectVisible(list.getByRole('button', { name: /^Berlin office/ }), 'the Berlin office calendar');
    const year = new Date().getFullYear();
    await expectVisible(
      page.getByRole('table', { name: `Holidays of Berlin office in ${year}` }).getByText('Christmas Day'),
      "Berlin's Christmas Day",
    );
    await j.check(page, 'calendars');

    // A new calendar: the form says what is missing first.
    await list.getByRole('button', { name: 'New calendar', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New holiday calendar' });
    await dialog.getByRole('button', { name: 'Create calendar', exact: true }).click();
    await expectVisible(dialog.getByText('Name the calendar.', { exact: true }), 'the missing-name message');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Lisbon office');
    await dialog.getByRole('button', { name: 'Create calendar', exact: true }).click();
    await expectVisible(page.getByRole('heading', { name: 'Lisbon office', level: 2 }), 'the new calendar');
    await expectVisible(page.getByText(`No holidays in ${year}`, { exact: true }), 'its empty year');
    await j.check(page, 'calendar-new');

    // Import the file: what came in, and what was skipped and why.
    await page.locator('input[type="file"]').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const report = page.getByText(/^\d+ holidays imported, \d+ skipped$/);
    await expectVisible(report, 'the import report');
    const skipped = page.getByRole('list', { name: 'Skipped events' });
    await expectVisible(
      skipped.getByText(/^Office party \(.*\): It is not an all-day event: it has a time of day\.$/),
      'the timed event skipped, with its reason',
    );
    await expectVisible(
      page.getByRole('table', { name: `Holidays of Lisbon office in ${year}` }).getByText("New Year's Day"),
      "New Year's Day in this year's list",
    );
    await j.check(page, 'calendar-imported');

    // A holiday by hand.
    const form = page.getByRole('form', { name: 'Add a holiday to Lisbon office' });
    await form.getByRole('button', { name: 'Add holiday', exact: true }).click();
    await expectVisible(form.getByText('Choose the day.', { exact: true }), 'the missing-day message');
    await form.getByLabel(/^Day/).fill(`${year}-06-13`);
    await form.getByRole('textbox', { name: 'Holiday' }).fill('Saint Anthony');
    await form.getByRole('button', { name: 'Add holiday', exact: true }).click();
    const table = page.getByRole('table', { name: `Holidays of Lisbon office in ${year}` });
    await expectVisible(table.getByText('Saint Anthony', { exact: true }), 'the holiday added by hand');
    await j.check(page, 'calendar-added');

    await page.setViewportSize({ width: 390, height: 844 });
    await j.check(page, 'calendar-phone');
    await page.setViewportSize({ width: 1440, height: 900 });

    // Delete it again: the demo keeps its one calendar.
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Lisbon office?' });
    await confirm.getByRole('button', { name: 'Delete calendar', exact: true }).click();
    await expectVisible(page.getByRole('heading', { name: 'Berlin office', level: 2 }), 'back on Berlin office');
    assert(
      (await list.getByRole('button', { name: /^Lisbon office/ }).count()) === 0,
      'Lisbon office should be gone from the list',
    );
    await signOut(page);
  },
};
