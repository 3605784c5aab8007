// Quarterly assessments: Sam rates himself on a few competencies, Maya rates him as his manager,
// sees where they disagree and shares her ratings, and Sam then sees them next to his own.
/* global document -- in a function that runs in the page */
import { assert, expectPath, expectVisible, heading, navLink, signIn, signOut } from '../lib/ui.mjs';

// A comment unique to this run, so that every save changes something even on a database
// where these competencies were rated before.
const RUN = Date.now().toString(36);

// Sam's and Maya's ratings (rung keys of the individual-contributor scale); two of them differ.
const SAM = [
  {
    area: 'Craft',
    competency: 'Code and business logic',
    rating: 'senior_engineer',
    comment: `Led the ledger rewrite (${RUN}).`,
  },
  { area: 'Craft', competency: 'Reading the source', rating: 'engineer', comment: '' },
  { area: 'Problem solving', competency: 'Incident response', rating: 'senior_engineer', comment: '' },
];
const MAYA = [
  {
    area: 'Craft',
    competency: 'Code and business logic',
    rating: 'engineer',
    comment: `Solid; next, own a module (${RUN}).`,
  },
  { area: 'Craft', competency: 'Reading the source', rating: 'engineer', comment: '' },
  { area: 'Problem solving', competency: 'Incident response', rating: 'engineer', comment: '' },
];
const NAMES = { engineer: 'Engineer', senior_engineer: 'Senior Engineer' };

async function openGrowthTab(page) {
  await page.getByRole('tab', { name: 'Growth', exact: true }).click();
  await expectVisible(page.getByRole('heading', { name: 'Ratings by area' }), 'the "Ratings by area" heading');
  assert(new URL(page.url()).searchParams.get('tab') === 'growth', 'The Growth tab should be kept in the address');
}

/** Rates the given competencies in the open flow, area by area, through the area navigation. */
async function rate(dialog, ratings, who) {
  for (const item of ratings) {
    await dialog
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('button', { name: new RegExp(`^${item.area}`) })
      .click();
    await expectVisible(dialog.getByRole('heading', { name: item.area, exact: true }), `the ${item.area} area`);
    const select = dialog.getByRole('combobox', { name: `${who} for ${item.competency}`, exact: true });
    await select.selectOption(item.rating);
    if (item.comment) await dialog.getByRole('textbox', { name: `Comment on ${item.competency}` }).fill(item.comment);
  }
}

/** Closes a notification, so that it does not fade out over the next screenshot. */
async function dismiss(page, title) {
  const notification = page.getByRole('alert').filter({ hasText: title });
  // It may have closed by itself already.
  await notification
    .getByRole('button', { name: 'Close notification' })
    .click({ timeout: 2_000 })
    .catch(() => undefined);
  await notification.waitFor({ state: 'hidden' });
}

// One ratings table; each area's rows are a row group named after the area.
const rowOf = (page, area, competency) =>
  page.getByRole('rowgroup', { name: area, exact: true }).getByRole('row').filter({ hasText: competency });

/** Opens a competency's details (the expectation and the full comments) in the ratings table. */
async function openDetails(page, competency) {
  const toggle = page.getByRole('button', { name: `Expectation and comments: ${competency}`, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

export default {
  name: 'assessments',
  title: 'Sam rates himself, Maya rates him and shares, Sam sees both',
  async run(j) {
    // Sam: his profile, the Growth tab, and his self-assessment.
    const sam = await j.newPage('sam');
    await signIn(sam, 'sam@acme.test');
    await sam.getByRole('link', { name: 'View your full profile' }).click();
    await expectVisible(heading(sam, 'Sam Okafor'), 'the "Sam Okafor" heading');
    await expectVisible(sam.getByRole('tab', { name: 'Profile', exact: true }), 'the Profile tab');
    await openGrowthTab(sam);
    await expectVisible(sam.getByRole('button', { name: 'Rate yourself' }), 'the "Rate yourself" button');
    assert(
      (await sam.getByRole('button', { name: 'Rate Sam' }).count()) === 0,
      'Sam should not rate himself as manager',
    );
    await j.check(sam, 'sam-growth');

    await sam.getByRole('button', { name: 'Rate yourself' }).click();
    const selfFlow = sam.getByRole('dialog', { name: /^Rate yourself/ });
    await expectVisible(selfFlow, 'the "Rate yourself" dialog');
    await expectVisible(
      selfFlow.getByText(/Expected at Senior Engineer \(next level\)/).first(),
      'the next level’s expectation',
    );
    await rate(selfFlow, SAM, 'Your rating');
    await expectVisible(selfFlow.getByText(/^\d+ of 23 rated$/), 'the progress "N of 23 rated"');
    await j.check(sam, 'sam-rating-flow');
    await selfFlow.getByRole('button', { name: 'Save ratings' }).click();
    await selfFlow.waitFor({ state: 'hidden' });
    await expectVisible(sam.getByText('Ratings saved'), 'the "Ratings saved" notification');
    for (const item of SAM) {
      await expectVisible(
        rowOf(sam, item.area, item.competency).getByText(NAMES[item.rating], { exact: true }).first(),
        `Sam's rating ${NAMES[item.rating]} of ${item.competency}`,
      );
    }
    await openDetails(sam, SAM[0].competency);
    await expectVisible(sam.getByText(SAM[0].comment), "Sam's comment in the competency's details");
    await expectVisible(sam.getByRole('img', { name: /Radar chart of Sam Okafor's ratings/ }), 'the radar chart');
    // Before Maya shares, Sam sees that her ratings are not shared (unless the demo data shared them).
    const notShared = sam.getByText(/are not shared with you yet/);
    if ((await notShared.count()) > 0) {
      await expectVisible(
        rowOf(sam, 'Craft', 'Code and business logic').getByText('Not shared yet'),
        '"Not shared yet" in the manager column',
      );
    }
    await j.check(sam, 'sam-self-rated');
    await dismiss(sam, 'Ratings saved');
    // An area of the radar opens its competencies: the ratings table narrows to them.
    const areas = sam.getByRole('table', { name: 'Areas: mean rating on the scale' });
    await areas.getByRole('button', { name: /^Problem solving/ }).click();
    await expectVisible(rowOf(sam, 'Problem solving', 'Incident response'), 'Incident response in Problem solving');
    assert(
      (await sam.getByRole('rowgroup', { name: 'Craft', exact: true }).count()) === 0,
      'With Problem solving chosen, the table should not list Craft',
    );
    await j.check(sam, 'sam-radar-area');
    await sam.getByRole('button', { name: 'Showing Problem solving only: show all areas' }).click();
    await expectVisible(rowOf(sam, 'Craft', 'Reading the source'), 'Craft again with all areas');
    await signOut(sam);

    // Maya: Sam's Growth tab, her ratings, the disagreement, and sharing.
    const maya = await j.newPage('maya');
    await signIn(maya, 'maya@acme.test');
    await navLink(maya, 'People').click();
    await expectPath(maya, '/people');
    await maya
      .getByRole('table', { name: 'People', exact: true })
      .getByRole('link', { name: 'Sam Okafor', exact: true })
      .click();
    await expectVisible(heading(maya, 'Sam Okafor'), 'the "Sam Okafor" heading');
    await openGrowthTab(maya);
    await expectVisible(
      rowOf(maya, 'Craft', 'Code and business logic').getByText('Senior Engineer', { exact: true }).first(),
      "Sam's self rating in Maya's view",
    );
    // Start from unshared ratings, whatever the demo data did, so the sharing step means something.
    if ((await maya.getByRole('button', { name: 'Stop sharing' }).count()) > 0) {
      await maya.getByRole('button', { name: 'Stop sharing' }).click();
    }
    await expectVisible(
      maya.getByText(/^Sam cannot see the manager ratings of .+ yet\.$/),
      'the "cannot see" statement',
    );
    await j.check(maya, 'maya-sam-growth');

    await maya.getByRole('button', { name: 'Rate Sam', exact: true }).click();
    const managerFlow = maya.getByRole('dialog', { name: /^Rate Sam/ });
    await expectVisible(managerFlow, 'the "Rate Sam" dialog');
    await rate(managerFlow, MAYA.slice(0, 2), 'Your rating of Sam');
    await expectVisible(managerFlow.getByText("Sam's self rating:").first(), "Sam's self rating next to the choice");
    await expectVisible(
      managerFlow.getByText("Differs by 1 level from Sam's rating"),
      'the live "Differs by 1 level" hint in the flow',
    );
    await j.check(maya, 'maya-rating-flow');
    await rate(managerFlow, MAYA.slice(2), 'Your rating of Sam');
    await managerFlow.getByRole('button', { name: 'Save ratings' }).click();
    await managerFlow.waitFor({ state: 'hidden' });
    await expectVisible(maya.getByText('Ratings saved'), 'the "Ratings saved" notification');

    const disagreement = rowOf(maya, 'Craft', 'Code and business logic');
    await expectVisible(disagreement.getByText('Differs by 1 level'), 'the disagreement on Code and business logic');
    await expectVisible(
      rowOf(maya, 'Problem solving', 'Incident response').getByText('Differs by 1 level'),
      'the disagreement on Incident response',
    );
    assert(
      (await rowOf(maya, 'Craft', 'Reading the source')
        .getByText(/^Differs by/)
        .count()) === 0,
      'Reading the source, rated alike, should not be marked as a disagreement',
    );
    await openDetails(maya, MAYA[0].competency);
    await expectVisible(maya.getByText(MAYA[0].comment), "Maya's comment");
    await j.check(maya, 'maya-rated');

    // The Growth tab at a glance, at 1440 px and on a phone: about a third of its old 5,300 px.
    await maya.setViewportSize({ width: 1440, height: 900 });
    await j.check(maya, 'maya-sam-growth-1440');
    const height = await maya.evaluate(() => document.documentElement.scrollHeight);
    assert(height < 2300, `Sam's Growth tab should be about a third of 5,300 px high at 1440 px; it is ${height} px`);
    await maya.setViewportSize({ width: 390, height: 844 });
    await j.check(maya, 'maya-sam-growth-phone');
    await maya.setViewportSize({ width: 1280, height: 800 });
    await dismiss(maya, 'Ratings saved');

    // Only the disagreements, then everything again.
    await maya.getByText(/^Disagreements only \(\d+\)$/).click();
    await rowOf(maya, 'Craft', 'Reading the source')
      .waitFor({ state: 'detached', timeout: 5_000 })
      .catch(() => {
        throw new Error('Reading the source, rated alike, should leave the list of disagreements only');
      });
    await expectVisible(disagreement, 'Code and business logic among the disagreements only');
    await j.check(maya, 'maya-disagreements-only');
    await maya.getByText(/^All competencies \(\d+\)$/).click();
    await expectVisible(rowOf(maya, 'Craft', 'Reading the source'), 'Reading the source again with all competencies');

    await maya.getByRole('button', { name: 'Share with Sam' }).click();
    await expectVisible(maya.getByText(/^Sam can see the manager ratings of .+\.$/), 'the "Sam can see" statement');
    await expectVisible(maya.getByRole('button', { name: 'Stop sharing' }), 'the "Stop sharing" button');
    await j.check(maya, 'maya-shared');
    await signOut(maya);

    // Sam again: Maya's ratings next to his, with the disagreement.
    const samAgain = await j.newPage('sam-again');
    await signIn(samAgain, 'sam@acme.test');
    await samAgain.getByRole('link', { name: 'View your full profile' }).click();
    await expectVisible(heading(samAgain, 'Sam Okafor'), 'the "Sam Okafor" heading');
    await openGrowthTab(samAgain);
    await openDetails(samAgain, MAYA[0].competency);
    await expectVisible(samAgain.getByText(MAYA[0].comment), "Maya's comment, now shared");
    const row = rowOf(samAgain, 'Craft', 'Code and business logic');
    await expectVisible(row.getByText('Differs by 1 level'), 'the disagreement, seen by Sam');
    assert(
      (await row.getByText('Not shared yet').count()) === 0,
      'The manager rating should be shown, not "Not shared yet"',
    );
    await expectAbsentText(samAgain, /are not shared with you yet/);
    await j.check(samAgain, 'sam-sees-manager-ratings');
    await signOut(samAgain);
  },
};

async function expectAbsentText(page, pattern) {
  const count = await page.getByText(pattern).count();
  assert(count === 0, `Expected not to see ${pattern}, but found ${count}`);
}
