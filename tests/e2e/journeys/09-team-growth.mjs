// Team growth: Maya's Home shows what needs a look; on the heatmap she opens one of Sam's cells and
// goes back a quarter. Dana, the director, sees every team's people and narrows them to Payments.
// Sam's Home shows his self-assessment still to do, and Team growth is closed to him.
// Read-only: it changes nothing other journeys rely on.
/* global getComputedStyle -- in a function that runs in the page */
import { assert, expectPath, expectVisible, heading, navLink, signIn, signOut } from '../lib/ui.mjs';

const PAYMENTS = ['Sam Okafor', 'Priya Raman', 'Jonas Becker', 'Amara Nwosu', 'Luis Ortega'];

const heatmap = (page) => page.getByRole('grid', { name: /^Competency heatmap/ });

/** The names in the heatmap's person column (team rows left out). */
async function heatmapPeople(page) {
  const grid = heatmap(page);
  await expectVisible(grid, 'the competency heatmap');
  const names = await grid.locator('[role="rowheader"] a').allInnerTexts();
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

    // Readiness and the counts sit next to the names.
    const samRow = heatmap(maya).getByRole('row', { name: /^Sam Okafor/ });
    await expectVisible(
      samRow.getByText(/^\d+\/\d+ toward Senior Engineer$/),
      "Sam's readiness toward Senior Engineer",
    );

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
      maya.getByRole('grid', { name: new RegExp(`^Competency heatmap, ${previous}`) }),
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
    await dana.setViewportSize({ width: 1440, height: 900 });
    await j.check(dana, 'director-all');

    // Grouped by team, a roll-up row per team; every gap the scales allow in the legend, "+3" too.
    const grid = heatmap(dana);
    const platform = grid.getByRole('button', { name: /^Platform/ });
    await expectVisible(platform, 'the Platform team row');
    await expectVisible(
      grid.getByRole('row', { name: /^Payments/ }).getByText(/missing|All rated/),
      "Payments' roll-up",
    );
    await expectVisible(dana.getByRole('list', { name: 'Legend' }).getByText('3 levels above'), '"+3" in the legend');
    // One scroll area: nothing inside the heatmap scrolls vertically; the page does.
    const nested = await grid.evaluate(
      (root) =>
        [root, ...root.querySelectorAll('*')].filter((node) => {
          const overflowY = getComputedStyle(node).overflowY;
          return node.scrollHeight > node.clientHeight + 1 && (overflowY === 'auto' || overflowY === 'scroll');
        }).length,
    );
    assert(nested === 0, `The heatmap should not scroll vertically inside the page (${nested} scroll areas)`);
    await platform.click();
    assert((await platform.getAttribute('aria-expanded')) === 'false', 'Platform should fold away');
    const folded = await heatmapPeople(dana);
    assert(!folded.includes('Hannah Kim'), `Folded Platform should hide Hannah Kim; the heatmap shows ${folded}`);
    await grid.getByRole('button', { name: 'Sort by Readiness' }).click();
    await expectVisible(grid.locator('[role="columnheader"][aria-sort="descending"]'), 'readiness sorted');
    await dana.getByRole('combobox', { name: 'Competencies shown' }).click();
    await dana.getByRole('option', { name: 'Architecture', exact: true }).first().click();
    await expectVisible(
      grid.getByRole('columnheader', { name: 'Technical breadth (Architecture)' }),
      'the Architecture columns',
    );
    assert(
      (await grid.getByRole('columnheader', { name: 'Code and business logic (Craft)' }).count()) === 0,
      'Filtered to Architecture, the Craft columns should go',
    );
    await j.check(dana, 'director-grouped-sorted-filtered');
    await dana.setViewportSize({ width: 390, height: 844 });
    await j.check(dana, 'director-phone');
    await dana.setViewportSize({ width: 1280, height: 800 });

    await chooseOption(dana, 'Team', 'Payments');
    await expectVisible(dana.getByRole('combobox', { name: 'Team', exact: true }), 'the team filter');
    await dana.waitForURL((url) => url.searchParams.has('team'));
    await expectVisible(heatmap(dana).getByRole('link', { name: 'Sam Okafor' }), 'Sam in the Payments heatmap');
    // The other teams' rows leave once Payments' heatmap has loaded.
    await heatmap(dana)
      .getByRole('button', { name: /^Data\b/ })
      .waitFor({ state: 'detached' })
      .catch(() => {
        throw new Error('Filtered to Payments, the heatmap should drop the Data team');
      });
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
