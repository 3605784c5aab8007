// Sam's growth goals and evidence: he adds a goal with milestones, ticks one off, checks in, records
// evidence linked to the goal and finds it by competency; Maya, his manager, sees the goal and the check-in.
import { assert, expectPath, expectVisible, heading, navLink, signIn, signOut } from '../lib/ui.mjs';

const GOAL = 'Lead the design review of the ledger retry queue';
const MILESTONES = ['Write the trade-off memo', 'Run the review with Platform'];
const CHECK_IN_NOTE = 'Memo drafted and shared with the team; the review is booked.';
const EVIDENCE = 'Ledger retry queue: trade-off memo';
const COMPETENCY = 'Trade-off analysis';

/** People → the person → one of the tabs of their page. */
async function openPersonTab(page, name, tab) {
  await navLink(page, 'People').click();
  await expectPath(page, '/people');
  const table = page.getByRole('table', { name: 'People', exact: true });
  await table.getByRole('link', { name, exact: true }).click();
  await expectVisible(heading(page, name), `the "${name}" heading`);
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await expectVisible(page.getByRole('heading', { level: 2, name: tab, exact: true }), `the "${tab}" panel`);
}

/** Opens a Mantine Select or MultiSelect by its label (in a page or a dialog) and picks an option. */
async function choose(page, scope, label, option) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  // The list of options renders in a portal, outside the dialog.
  await page.getByRole('option', { name: option, exact: true }).click();
}

export default {
  name: 'goals-evidence',
  title: 'Sam adds a goal, checks in and records evidence; Maya sees his goal',
  async run(j) {
    const page = await j.newPage('sam');
    await signIn(page, 'sam@acme.test');
    await openPersonTab(page, 'Sam Okafor', 'Goals');
    await j.check(page, 'sam-goals');

    // A new goal with two milestones.
    await page.getByRole('button', { name: 'New goal', exact: true }).first().click();
    const goalDialog = page.getByRole('dialog', { name: 'New goal' });
    await expectVisible(goalDialog.getByRole('textbox', { name: 'Title' }), 'the goal form');
    await goalDialog.getByRole('textbox', { name: 'Title' }).fill(GOAL);
    await goalDialog
      .getByRole('textbox', { name: 'Description' })
      .fill('Own the retry-queue design from memo to an agreed decision.');
    await choose(page, goalDialog, 'Competencies', COMPETENCY);
    // Close the competency list by moving on to the next field.
    await goalDialog.getByRole('textbox', { name: 'Title' }).click();
    await choose(page, goalDialog, 'Target level', 'Senior Engineer');
    for (const [index, milestone] of MILESTONES.entries()) {
      await goalDialog.getByRole('button', { name: 'Add milestone', exact: true }).click();
      await goalDialog.getByRole('textbox', { name: `Milestone ${index + 1}`, exact: true }).fill(milestone);
    }
    await j.check(page, 'new-goal-form');
    await goalDialog.getByRole('button', { name: 'Create goal', exact: true }).click();
    await goalDialog.waitFor({ state: 'hidden' });

    const card = page.getByRole('article', { name: GOAL, exact: true });
    await expectVisible(card, `the card of "${GOAL}"`);
    await expectVisible(card.getByText(COMPETENCY, { exact: true }), `the competency ${COMPETENCY} on the card`);
    await expectVisible(card.getByText('Milestones · 0 of 2 done'), 'no milestone done yet');

    // Ticking a milestone.
    const first = card.getByRole('checkbox', { name: MILESTONES[0], exact: true });
    await first.check();
    await expectVisible(card.getByText('Milestones · 1 of 2 done'), 'one milestone done');
    assert(await first.isChecked(), `"${MILESTONES[0]}" should stay ticked`);

    // A check-in.
    await card.getByRole('button', { name: `Check in on ${GOAL}`, exact: true }).click();
    const checkIn = page.getByRole('dialog', { name: 'Check in' });
    await expectVisible(checkIn.getByRole('textbox', { name: 'Progress' }), 'the check-in form');
    await checkIn.getByRole('textbox', { name: 'Progress' }).fill('35');
    await checkIn.getByText('Unsure', { exact: true }).click();
    // Confidence in its own words (Confident, Unsure, Worried), apart from the goal's health.
    await checkIn.getByRole('textbox', { name: 'Note' }).fill(CHECK_IN_NOTE);
    await j.check(page, 'check-in-form');
    await checkIn.getByRole('button', { name: 'Save check-in', exact: true }).click();
    await checkIn.waitFor({ state: 'hidden' });
    await expectVisible(card.getByText(CHECK_IN_NOTE), 'the check-in note on the card');
    await expectVisible(card.getByText('35% done', { exact: false }), 'the progress of the check-in');
    await expectVisible(
      card.getByText('Unsure at the last check-in', { exact: false }),
      'the confidence, in its own word',
    );
    await card.getByRole('button', { name: 'Show check-in history (1)' }).click();
    await j.check(page, 'goal-checked-in');

    // Evidence linked to the goal and a competency.
    await page.getByRole('tab', { name: 'Evidence', exact: true }).click();
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Evidence', exact: true }), 'the Evidence panel');
    await j.check(page, 'sam-evidence');
    await page.getByRole('button', { name: 'Add evidence', exact: true }).first().click();
    const evidenceDialog = page.getByRole('dialog', { name: 'Add evidence' });
    await expectVisible(evidenceDialog.getByRole('textbox', { name: 'Title' }), 'the evidence form');
    await choose(page, evidenceDialog, 'Kind', 'Design written');
    await evidenceDialog.getByRole('textbox', { name: 'Title' }).fill(EVIDENCE);
    await evidenceDialog.getByRole('textbox', { name: 'Link' }).fill('https://wiki.acme.test/ledger/retry-queue');
    await evidenceDialog
      .getByRole('textbox', { name: 'Impact' })
      .fill('Compared three queue designs; Payments and Platform agreed on one.');
    await choose(page, evidenceDialog, 'Competencies', COMPETENCY);
    await evidenceDialog.getByRole('textbox', { name: 'Title' }).click();
    await choose(page, evidenceDialog, 'Linked goals', GOAL);
    await evidenceDialog.getByRole('textbox', { name: 'Title' }).click();
    await j.check(page, 'add-evidence-form');
    await evidenceDialog.getByRole('button', { name: 'Add evidence', exact: true }).click();
    await evidenceDialog.waitFor({ state: 'hidden' });
    const entry = page.getByRole('article', { name: new RegExp(EVIDENCE) });
    await expectVisible(entry, `the evidence "${EVIDENCE}"`);
    await expectVisible(entry.getByText(GOAL), 'the linked goal on the entry');

    // Filtering by the competency keeps it, and only what is tagged with it.
    await choose(page, page, 'Competency', COMPETENCY);
    await expectVisible(page.getByText(/\d+ (entry matches|entries match)/), 'the count of matching entries');
    await j.settle(page);
    await expectVisible(entry, `"${EVIDENCE}" under ${COMPETENCY}`);
    const entries = page.getByRole('article');
    const shown = await entries.count();
    const tagged = await entries.filter({ hasText: COMPETENCY }).count();
    assert(
      shown === tagged,
      `Filtering by ${COMPETENCY} should show only entries tagged with it (${tagged} of ${shown})`,
    );
    await j.check(page, 'evidence-filtered');
    await signOut(page);

    // Maya, his manager, sees the goal and its check-in.
    const maya = await j.newPage('maya');
    await signIn(maya, 'maya@acme.test');
    await openPersonTab(maya, 'Sam Okafor', 'Goals');
    const mayasCard = maya.getByRole('article', { name: GOAL, exact: true });
    await expectVisible(mayasCard, `"${GOAL}" on Sam's Goals tab`);
    await expectVisible(mayasCard.getByText(CHECK_IN_NOTE), "Sam's check-in note");
    await expectVisible(mayasCard.getByText('Milestones · 1 of 2 done'), 'the ticked milestone');
    await j.check(maya, 'maya-sees-goal');
    await signOut(maya);
  },
};
