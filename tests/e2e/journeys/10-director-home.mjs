// Dana, the director: Home sums up everyone below her by team instead of listing them all again.
import { assert, expectAbsent, expectVisible, heading, signIn, signOut } from '../lib/ui.mjs';

const TEAMS = ['Data', 'Engineering', 'Payments', 'Platform'];

export default {
  name: 'director-home',
  title: "Dana's Home: her reach by team, not a table of everyone",
  async run(j) {
    const page = await j.newPage('dana');
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'dana@acme.test');
    await expectVisible(heading(page, 'Welcome, Dana'), 'the greeting "Welcome, Dana"');

    const table = page.getByRole('table', { name: /^Your reach by team/ });
    await expectVisible(table, 'the "Your reach by team" table');
    const rows = table.locator('tbody tr');
    const teams = (await rows.locator('th').allInnerTexts()).map((text) => text.split('\n')[0].trim());
    assert(
      JSON.stringify(teams) === JSON.stringify(TEAMS),
      `Dana's reach should list ${TEAMS.join(', ')}; it lists ${teams.join(', ')}`,
    );
    await expectVisible(
      table.getByRole('link', { name: 'Team growth of Payments', exact: true }),
      "a link to Payments' team growth",
    );
    await expectAbsent(page.getByRole('table', { name: 'Wider reach' }), 'the old table of everyone below her');
    const reach = page.getByText('People in your reach').locator('..');
    await expectVisible(reach.getByText('18', { exact: true }), 'the 18 people in her reach');
    await j.check(page, 'home');

    await page.setViewportSize({ width: 390, height: 844 });
    await j.check(page, 'home-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    await table.getByRole('link', { name: 'Payments', exact: true }).click();
    await expectVisible(heading(page, 'Payments'), 'the Payments team page');
    await signOut(page);
  },
};
