// Scenarios as Maya: she drafts "Jonas makes room to learn" on the timeline (his checkout share
// down to 30%, 20% development time added), compares it with today's plan (development share up,
// Jonas no longer without development time), applies it, and the plan shows the change.
import { assert, expectAbsent, expectPath, expectVisible, heading, navLink, signIn, signOut } from '../lib/ui.mjs';

const NAME = 'Jonas makes room to learn';

export default {
  name: 'scenarios',
  title: 'Maya drafts a scenario on the timeline, compares it with today’s plan and applies it',
  async run(j) {
    const page = await j.newPage('maya');
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'maya@acme.test');
    await navLink(page, 'Staffing').click();
    await expectPath(page, '/staffing');

    // A new scenario: the banner says the plan is unchanged.
    await page.getByRole('button', { name: 'New scenario…', exact: true }).click();
    const create = page.getByRole('dialog', { name: 'New scenario' });
    await create.getByLabel('Name').fill(NAME);
    await create.getByRole('button', { name: 'Create scenario', exact: true }).click();
    const banner = page
      .getByRole('status')
      .filter({ hasText: `You are editing scenario “${NAME}” — the plan is unchanged` });
    await expectVisible(banner, 'the banner naming the scenario');
    await expectVisible(banner.getByText(/^No changes yet\./), 'no changes yet');

    const table = page.getByRole('table', { name: 'Planned time by person and week' });
    const jonas = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Jonas Becker', exact: true }) });
    await expectVisible(jonas, "Jonas's row");
    await jonas.scrollIntoViewIfNeeded();

    // Change: his checkout work down to 30%, in the scenario.
    await jonas.getByRole('button', { name: /^Checkout reliability, 50%/ }).click();
    const change = page.getByRole('dialog', { name: /^Change planned time of Jonas Becker in “/ });
    await expectVisible(change, 'the change dialog, in the scenario');
    await change.getByLabel('Share of their time').fill('30');
    await change.getByRole('button', { name: 'Save changes', exact: true }).click();
    await expectVisible(
      page.getByText('Saved in the scenario', { exact: true }).first(),
      'the notice that it went to the scenario',
    );
    await expectVisible(
      jonas.getByRole('button', { name: /^Checkout reliability, 30%.*changed in this scenario$/ }),
      'the checkout bar marked as changed',
    );

    // Add: 20% development time for the quarter ahead.
    await jonas.getByRole('button', { name: 'Plan time for Jonas Becker', exact: true }).click();
    const plan = page.getByRole('dialog', { name: /^Plan time for Jonas Becker in “/ });
    await plan.getByLabel('Project').click();
    await page.getByRole('option', { name: 'Development time (no project)', exact: true }).click();
    await plan.getByLabel('Share of their time').fill('20');
    const monday = (() => {
      const d = new Date();
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return d;
    })();
    const iso = (d) => d.toISOString().slice(0, 10);
    await plan.locator('#allocation-startDate').fill(iso(monday));
    await plan.locator('#allocation-endDate').fill(iso(new Date(monday.getTime() + (12 * 7 - 3) * 86_400_000)));
    await plan.getByRole('button', { name: 'Plan time', exact: true }).click();
    await expectVisible(
      jonas.getByRole('button', { name: /^Development time, 20%.*added in this scenario$/ }),
      'the new development bar marked as added',
    );
    await expectVisible(banner.getByText(/^1 added, 1 changed\./), 'the banner counting the changes');
    await j.check(page, 'scenario-edited');
    await page.setViewportSize({ width: 390, height: 844 });
    await j.check(page, 'scenario-edited-phone');
    await page.setViewportSize({ width: 1440, height: 900 });

    // Compare: the development share rises, Jonas no longer over-planned without learning.
    await banner.getByRole('link', { name: 'Compare and apply', exact: true }).click();
    await expectVisible(heading(page, `Scenario: ${NAME}`), 'the comparison');
    const figures = page.getByRole('table', { name: 'Figures: today’s plan and with the scenario' });
    const development = figures.getByRole('row').filter({ hasText: /^Development share/ });
    await expectVisible(development.getByText(/^\+\d+ pts \(better\)$/), 'the development share up, for the better');
    const changes = page.getByRole('table', { name: 'What the scenario changes' });
    assert((await changes.getByRole('row').count()) === 3, 'The scenario should list its two changes');
    await j.check(page, 'scenario-compare');
    await page.setViewportSize({ width: 390, height: 844 });
    await j.check(page, 'scenario-compare-phone');
    await page.setViewportSize({ width: 1440, height: 900 });

    // Apply: confirmed, then the plan of record holds it.
    await page.getByRole('button', { name: 'Apply to the plan', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: `Apply “${NAME}”?` });
    await confirm.getByRole('button', { name: 'Apply', exact: true }).click();
    await expectPath(page, '/staffing');
    await expectVisible(page.getByText(`“${NAME}” applied`, { exact: true }), 'the notice that it was applied');
    await expectAbsent(page.getByRole('status').filter({ hasText: 'You are editing scenario' }), 'the scenario banner');
    const applied = page
      .getByRole('table', { name: 'Planned time by person and week' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Jonas Becker', exact: true }) });
    const learning = applied.getByRole('button', { name: /^Development time, 20%/ });
    await expectVisible(learning, "Jonas's development time in the plan");
    const label = await learning.getAttribute('aria-label');
    assert(label && !label.includes('scenario'), `The bar should be plain plan now; it reads "${label}"`);
    await expectVisible(
      applied.getByRole('button', { name: /^Checkout reliability, 30%/ }),
      "Jonas's checkout at 30% in the plan",
    );
    await j.check(page, 'scenario-applied');

    // It is listed with the past scenarios, applied.
    await page.getByRole('button', { name: 'Past scenarios' }).click();
    const past = page.getByRole('table', { name: 'Past scenarios' });
    await expectVisible(past.getByRole('row').filter({ hasText: NAME }).getByText('Applied'), 'the scenario, applied');
    await j.check(page, 'past-scenarios');
    await page.keyboard.press('Escape');
    await signOut(page);
  },
};
