// Team growth: Maya's Home shows what needs a look; on the heatmap she opens one of Sam's cells and
// goes back a quarter. Dana, the director, sees every team's people and narrows them to Payments.
// Sam's Home shows his self-assessment still to do, and Team growth is closed to him.
// Read-only: it changes nothing other journeys rely on.
import { assert, expectPath, expectVisible, heading, navLink, signIn, signOut } from '../lib/ui.mjs';

const PAYMENTS = ['Sam Okafor', 'Priya Raman', 'Jonas Becker', 'Amara Nwosu', 'Luis Ortega'];

/** The names in the heatmap's first column. */
async function heatmapPeople(page) {
  const table = page.getByRole('table', { name: /^Competency heatmap/ });
  await expectVisible(table, 'the competency heatmap');
  const names = await table.locator('tbody th[scope="row"] a').allInnerTexts();
  return names.map((name) => name.trim());
}

async function chooseOption(page, label, option) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export default {
  name: 'team-growth',
  title: 'Maya reads the heatmap and a cell behind it; Dana sees every team and filters to one',
  async run(j) {
    const maya = await j.newPage('maya');
    await signIn(maya, 'maya@acme.test');
    const goals = maya.getByRole('region', { name: 'Goals that need a look' });
    await expectVisible(goals, 'the "Goals that need a look" section');
    await expectVisible(goals.getByRole('listitem'), 'a goal that needs a look');
    const missing = maya.getByRole('region', { name: /^Assessments still missing for FY\d{4} Q\d$/ });
    await expectVisible(missing, 'the "Assessments still missing" section');
    await expectVisible(missing.getByRole('link', { name: /^Sam Okafor/ }), "Sam's missing self-assessment");
    await j.check(maya, 'manager-home');

    await navLink(maya, 'Team growth').click();
    await expectPath(maya, '/team-growth');
    await expectVisible(heading(maya, 'Team growth'), 'the "Team growth" heading');
    const people = await heatmapPeople(maya);
    for (const name of PAYMENTS) assert(people.includes(name), `The heatmap should list ${name}; it shows ${people}`);
    await expectVisible(maya.getByRole('list', { name: 'Legend' }), 'the legend');
    await j.check(maya, 'heatmap');

    // The row ends: readiness and the counts, after scrolling the heatmap sideways.
    const table = maya.getByRole('table', { name: /^Competency heatmap/ });
    await table.evaluate((element) => element.parentElement?.scrollTo({ left: element.scrollWidth }));
    const samRow = table.getByRole('row', { name: /^Sam Okafor/ });
    await expectVisible(
      samRow.getByText(/^\d+\/\d+ toward Senior Engineer$/),
      "Sam's readiness toward Senior Engineer",
    );
    await j.check(maya, 'heatmap-readiness');

    await maya.getByRole('button', { name: /^Sam Okafor, API contracts: / }).click();
    const drawer = maya.getByRole('dialog', { name: 'API contracts: Sam Okafor' });
    await expectVisible(drawer, "the drawer with Sam's API contracts");
    await expectVisible(drawer.getByRole('region', { name: 'Manager rating' }), "Maya's rating");
    await expectVisible(drawer.getByText(/^By Maya Lindqvist/), 'the author of the manager rating');
    await expectVisible(drawer.getByRole('list', { name: 'Evidence' }), 'the evidence list');
    await expectVisible(drawer.getByText('Refunds API design document'), "Sam's design document as evidence");
    await j.check(maya, 'cell-detail');

    await maya.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    const quarter = maya.getByRole('combobox', { name: 'Quarter', exact: true });
    const current = await quarter.inputValue();
    await quarter.click();
    const options = maya.getByRole('option');
    await expectVisible(options.nth(1), 'a previous quarter');
    const previous = (await options.nth(1).innerText()).trim();
    await options.nth(1).click();
    await expectVisible(
      maya.getByRole('table', { name: new RegExp(`^Competency heatmap, ${previous}`) }),
      `the heatmap of ${previous}`,
    );
    assert(previous !== current, `The previous quarter should differ from ${current}`);
    assert(new URL(maya.url()).searchParams.get('quarter'), 'The chosen quarter should be kept in the address');
    await j.check(maya, 'previous-quarter');
    await signOut(maya);

    const dana = await j.newPage('dana');
    await signIn(dana, 'dana@acme.test');
    await navLink(dana, 'Team growth').click();
    await expectPath(dana, '/team-growth');
    const everyone = await heatmapPeople(dana);
    for (const name of ['Sam Okafor', 'Hannah Kim', 'Mei Tanaka', 'Maya Lindqvist']) {
      assert(everyone.includes(name), `Dana's heatmap should list ${name}; it shows ${everyone}`);
    }
    await j.check(dana, 'director-all');

    await chooseOption(dana, 'Team', 'Payments');
    await expectVisible(dana.getByRole('combobox', { name: 'Team', exact: true }), 'the team filter');
    await dana.waitForURL((url) => url.searchParams.has('team'));
    await expectVisible(
      dana.getByRole('table', { name: /^Competency heatmap/ }).getByRole('link', { name: 'Sam Okafor' }),
      'Sam in the Payments heatmap',
    );
    const payments = await heatmapPeople(dana);
    assert(
      !payments.includes('Hannah Kim') && !payments.includes('Mei Tanaka'),
      `Filtered to Payments, the heatmap should not list other teams; it shows ${payments}`,
    );
    for (const name of PAYMENTS) assert(payments.includes(name), `Payments should list ${name}; it shows ${payments}`);
    await j.check(dana, 'director-payments');
    await signOut(dana);

    // A member's Home counts what is left of their self-assessment; Team growth is not theirs.
    const sam = await j.newPage('sam');
    await signIn(sam, 'sam@acme.test');
    const self = sam.getByRole('region', { name: /^Your self-assessment for FY\d{4} Q\d$/ });
    await expectVisible(self.getByText(/competencies still to rate/), 'the competencies Sam has still to rate');
    await expectVisible(
      sam.getByRole('region', { name: 'Your goals that need attention' }).getByRole('link', {
        name: 'Lead a blameless postmortem',
      }),
      "Sam's stale goal",
    );
    await j.check(sam, 'member-home');
    assert((await navLink(sam, 'Team growth').count()) === 0, 'A member should not see Team growth in the navigation');
    await sam.goto('/team-growth');
    await expectVisible(heading(sam, 'You do not have access to this page'), 'the access-denied page');
    await signOut(sam);
  },
};
