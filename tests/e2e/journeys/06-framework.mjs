// The career framework: Sam browses it and compares two levels; the admin sees the YAML export.
import { assert, expectPath, expectVisible, heading, navLink, signIn, signOut } from '../lib/ui.mjs';

export default {
  name: 'framework',
  title: 'Sam browses and compares levels; the admin sees import and export',
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
    await j.check(admin, 'import-export');
    await signOut(admin);
  },
};
