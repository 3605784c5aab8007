// Maya reads the quarter's balance: who is short of development time shows at a glance, the bars
// stand against the development target, and Home points at the same people.
import { assert, expectPath, expectVisible, heading, signIn, signOut } from '../lib/ui.mjs';

export default {
  name: 'balance',
  title: "Maya's balance of delivery, development and support, and her Home's staffing cards",
  async run(j) {
    const page = await j.newPage('maya');
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'maya@acme.test');

    // Home: over-allocated people and people without development time.
    const over = page.getByRole('region', { name: /^Over-allocated in / });
    await expectVisible(over, 'the over-allocated card');
    // Luis starts over 100%, but the staffing journey may have moved his work by now: either way
    // the card says something, a person or that nobody is over.
    await expectVisible(
      over.getByRole('link', { name: 'Luis Ortega', exact: true }).or(over.getByText('Nobody is over-allocated')),
      'Luis over-allocated, or nobody',
    );
    const noDevelopment = page.getByRole('region', { name: 'No development time', exact: true });
    await expectVisible(
      noDevelopment.getByRole('link', { name: 'Jonas Becker', exact: true }),
      'Jonas, with no development time',
    );
    await j.check(page, 'home-staffing');

    await noDevelopment.getByRole('link', { name: /^Open the balance/ }).click();
    await expectPath(page, '/staffing/balance');
    await expectVisible(heading(page, 'Balance'), 'the "Balance" heading');
    const alert = page.getByRole('alert').filter({ hasText: 'short of development time' });
    await expectVisible(alert, 'the alert naming who is short of development time');
    await expectVisible(alert.getByText('Jonas Becker', { exact: true }), 'Jonas in the alert');
    const table = page.getByRole('table', { name: /^Balance by person, / });
    const jonas = table.getByRole('row').filter({ hasText: 'Jonas Becker' });
    await expectVisible(jonas.getByText(/^No development time for \d+ weeks: W\d+–W\d+$/), "Jonas's drought flag");
    assert((await page.locator('.recharts-reference-line').count()) >= 2, 'both charts should draw the target line');
    await j.check(page, 'balance');

    await page.setViewportSize({ width: 390, height: 844 });
    await j.check(page, 'balance-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await signOut(page);
  },
};
