// The career framework: Sam browses it and compares two levels; the admin exports the YAML,
// renames a competency in it and imports it, then renames it again in the editor and saves,
// and at last imports the original file back so that later journeys see the demo as seeded.
/* global window -- in functions that run in the page */
import { readFile } from 'node:fs/promises';
import { assert, expectAbsent, expectPath, expectVisible, heading, navLink, signIn, signOut } from '../lib/ui.mjs';

const ORIGINAL = 'Writing and talks';
const IN_YAML = 'Writing, talks and open source';
const IN_EDITOR = 'Sharing what we build';

/** Replaces the name of the competency `key` in a framework YAML file. */
function renameInYaml(yaml, key, name) {
  const lines = yaml.split('\n');
  const at = lines.findIndex((line) => line.trim() === `- key: ${key}`);
  assert(at >= 0, `The exported YAML should list the competency ${key}`);
  const nameLine = lines.findIndex((line, i) => i > at && line.trim().startsWith('name: '));
  lines[nameLine] = lines[nameLine].replace(/name: .*/, `name: ${name}`);
  return lines.join('\n');
}

/** Full-page screenshots of a scrolled page draw the header and the sticky save bar mid-page. */
async function checkFromTop(j, page, step) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await j.check(page, step);
}

async function importYaml(page, yaml) {
  await page.getByRole('tab', { name: 'Import / export' }).click();
  const box = page.getByRole('textbox', { name: 'Framework YAML' });
  await expectVisible(box, 'the YAML to import');
  await box.fill(yaml);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expectVisible(page.getByText('Framework imported'), 'the "Framework imported" notification');
}

export default {
  name: 'framework',
  title: 'Sam browses and compares levels; the admin edits the framework by YAML and in the editor',
  async run(j) {
    const page = await j.newPage('sam');
    await signIn(page, 'sam@acme.test');
    await navLink(page, 'Framework').click();
    await expectPath(page, '/framework');
    await expectVisible(heading(page, 'Career framework'), 'the "Career framework" heading');
    const main = page.getByRole('main');
    for (const area of ['Craft', 'Architecture', 'Influence']) {
      await expectVisible(main.getByText(area, { exact: true }).first(), `the ${area} area`);
    }
    assert(
      (await page.getByRole('tab', { name: 'Import / export' }).count()) === 0,
      'A member should not see the Import / export tab',
    );
    await j.check(page, 'browse');

    await page.getByRole('tab', { name: 'Compare levels' }).click();
    await expectVisible(page.getByText(/\d+ of \d+ expectations change/), 'the count of changed expectations');
    await expectVisible(main.getByText('Changes').first(), 'a competency marked as changing');
    await j.check(page, 'compare');
    await signOut(page);

    const admin = await j.newPage('admin');
    await signIn(admin, 'admin@acme.test');
    await navLink(admin, 'Framework').click();
    await admin.getByRole('tab', { name: 'Import / export' }).click();
    await expectVisible(admin.getByRole('button', { name: 'Download YAML' }), 'the "Download YAML" button');
    const yaml = admin.getByRole('textbox', { name: 'Framework YAML' });
    await expectVisible(yaml, 'the YAML to import');
    assert((await yaml.inputValue()).includes('areas:'), 'The import box should start with the exported YAML');
    assert((await admin.getByRole('tab', { name: /^Edit/ }).count()) === 1, 'An admin should see the Edit tab');
    await j.check(admin, 'import-export');

    // Export (the downloaded file is the text in the box), rename a competency in it, import it.
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('button', { name: 'Download YAML' }).click(),
    ]);
    const original = await readFile(await download.path(), 'utf8');
    assert(original === (await yaml.inputValue()), 'The downloaded YAML should be the exported text');
    await importYaml(admin, renameInYaml(original, 'writing_and_talks', IN_YAML));
    await checkFromTop(j, admin, 'imported');
    await admin.getByRole('tab', { name: 'Browse' }).click();
    const adminMain = admin.getByRole('main');
    await expectVisible(adminMain.getByText(IN_YAML, { exact: true }), `"${IN_YAML}" in Browse`);
    await checkFromTop(j, admin, 'browse-imported');

    // The editor: pick the area, then the competency, rename it and save.
    await admin.getByRole('tab', { name: /^Edit/ }).click();
    await expectVisible(admin.getByText('No unsaved changes'), 'the editor with nothing changed');
    await checkFromTop(j, admin, 'edit');
    await admin.getByRole('list', { name: 'Areas' }).getByRole('button', { name: 'Influence', exact: true }).click();
    await admin
      .getByRole('list', { name: 'Competencies of Influence' })
      .getByRole('button', { name: IN_YAML, exact: true })
      .click();
    const competencyName = admin.getByRole('textbox', { name: 'Competency name' });
    assert((await competencyName.inputValue()) === IN_YAML, `The editor should show "${IN_YAML}"`);
    await competencyName.fill(IN_EDITOR);
    await expectVisible(admin.getByText('Unsaved changes', { exact: true }), 'the unsaved-changes badge');
    await checkFromTop(j, admin, 'edit-unsaved');

    // Leaving for another page asks first; staying keeps the edit.
    await navLink(admin, 'People').click();
    const leave = admin.getByRole('dialog', { name: 'Leave without saving?' });
    await expectVisible(leave, 'the "Leave without saving?" dialog');
    await j.check(admin, 'leave-unsaved-dialog');
    await leave.getByRole('button', { name: 'Stay on this page' }).click();
    await leave.waitFor({ state: 'hidden' });
    await expectPath(admin, '/framework');
    assert((await competencyName.inputValue()) === IN_EDITOR, 'Staying should keep the unsaved edit');

    // A blank sentence is refused: listed, shown at its field, nothing saved.
    const sentence = admin.getByRole('textbox', { name: `${IN_EDITOR} at Engineer`, exact: true });
    const sentenceText = await sentence.inputValue();
    await sentence.fill('');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await expectVisible(admin.getByRole('alert').getByText('Nothing was saved'), 'the list of problems');
    await checkFromTop(j, admin, 'edit-problems');
    await sentence.fill(sentenceText);
    await expectAbsent(admin.getByText('Nothing was saved'), 'the problems once fixed');

    await admin.getByRole('button', { name: 'Save changes' }).click();
    await expectVisible(admin.getByText('Framework saved'), 'the "Framework saved" notification');
    await expectVisible(admin.getByText('No unsaved changes'), 'the editor with everything saved');
    await checkFromTop(j, admin, 'edit-saved');

    await admin.getByText('Levels', { exact: true }).click();
    await expectVisible(admin.getByRole('textbox', { name: 'Individual contributor level 1 name' }), 'the levels');
    await checkFromTop(j, admin, 'edit-levels');

    await admin.getByRole('tab', { name: 'Browse' }).click();
    await expectVisible(adminMain.getByText(IN_EDITOR, { exact: true }), `"${IN_EDITOR}" in Browse`);

    // Back to the demo as seeded, for the journeys after this one.
    await importYaml(admin, original);
    await admin.getByRole('tab', { name: 'Browse' }).click();
    await expectVisible(adminMain.getByText(ORIGINAL, { exact: true }), `"${ORIGINAL}" in Browse again`);
    await signOut(admin);
  },
};
