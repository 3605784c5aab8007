// Sam's own time: Home shows his next four weeks; his Time tab lists his allocations (with the
// stretch toward his goal), this quarter's balance and his time off, which he adds himself.
import { expectPath, expectVisible, heading, navLink, signIn, signOut } from '../lib/ui.mjs';

export default {
  name: 'time-tab',
  title: "Sam's next weeks on Home, and his Time tab where he adds time off",
  async run(j) {
    const page = await j.newPage('sam');
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'sam@acme.test');

    const nextWeeks = page.getByRole('region', { name: 'Your next four weeks', exact: true });
    await expectVisible(
      nextWeeks.getByRole('link', { name: 'Refunds API', exact: true }),
      'Refunds API in his next weeks',
    );
    await j.check(page, 'home');

    await nextWeeks.getByRole('link', { name: 'See all your time', exact: true }).click();
    await expectVisible(heading(page, 'Sam Okafor'), "Sam's page");
    await expectVisible(page.getByRole('tab', { name: 'Time', exact: true, selected: true }), 'the Time tab, open');
    const allocations = page.getByRole('table', { name: 'Your allocations', exact: true });
    await expectVisible(
      allocations.getByRole('link', { name: 'Refunds API', exact: true }),
      'Refunds API in his allocations',
    );
    await expectVisible(allocations.getByText(/^Stretch toward: /), 'the stretch toward his goal');
    await j.check(page, 'time');

    // Time off: the form says what is wrong, then saves.
    await page.getByRole('button', { name: 'Add time off', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add time off' });
    await dialog.getByRole('button', { name: 'Add time off', exact: true }).click();
    await expectVisible(dialog.getByText('Enter a start date', { exact: true }), 'the missing-start message');
    await j.check(page, 'time-off-invalid');
    const today = new Date();
    const inDays = (n) => new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel('First day').fill(inDays(21));
    await dialog.getByLabel('Last day').fill(inDays(23));
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Dentist and a long weekend');
    await dialog.getByRole('button', { name: 'Add time off', exact: true }).click();
    await expectVisible(
      page.getByRole('list', { name: 'Your time off' }).getByText('Dentist and a long weekend', { exact: true }),
      'the new time off in his list',
    );
    await j.check(page, 'time-off-added');

    await page.setViewportSize({ width: 390, height: 844 });
    await j.check(page, 'time-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    await navLink(page, 'Home').click();
    await expectPath(page, '/');
    await signOut(page);
  },
};
