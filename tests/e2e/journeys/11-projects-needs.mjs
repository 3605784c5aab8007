// Maya plans Payments' work: the Projects list says which projects still need people, and the
// Refunds API project shows its open "API reviewer" need as a placeholder nobody fills yet.
import { assert, expectPath, expectVisible, heading, navLink, signIn, signOut } from '../lib/ui.mjs';

export default {
  name: 'projects-needs',
  title: 'Maya opens Projects and the Refunds API project with its open API reviewer need',
  async run(j) {
    const page = await j.newPage('maya');
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'maya@acme.test');

    await navLink(page, 'Projects').click();
    await expectPath(page, '/projects');
    await expectVisible(heading(page, 'Projects'), 'the "Projects" heading');
    const active = page.getByRole('region', { name: 'Active', exact: true });
    const refunds = active.getByRole('article', { name: 'Refunds API', exact: true });
    await expectVisible(refunds, 'the Refunds API card among the active projects');
    await expectVisible(
      refunds.getByRole('link', { name: 'Refunds API: 1 open need', exact: true }),
      'the "1 open need" badge on Refunds API',
    );
    await expectVisible(page.getByRole('button', { name: 'New project', exact: true }), 'the New project button');
    await expectVisible(
      page.getByRole('region', { name: 'Proposed', exact: true }).getByRole('article', { name: 'Ledger migration' }),
      'the proposed Ledger migration',
    );
    await j.check(page, 'projects');

    // The New project form names what is missing.
    await page.getByRole('button', { name: 'New project', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByRole('button', { name: 'Create project', exact: true }).click();
    await expectVisible(dialog.getByText('Enter a name', { exact: true }), 'the missing-name message');
    await expectVisible(
      dialog.getByText('Choose what kind of work it is', { exact: true }),
      'the missing-kind message',
    );
    await j.check(page, 'new-project-invalid');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

    // The badge leads to the open need itself.
    await refunds.getByRole('link', { name: 'Refunds API: 1 open need', exact: true }).click();
    await expectVisible(heading(page, 'Refunds API'), 'the Refunds API project page');
    assert(new URL(page.url()).searchParams.has('need'), 'the address should name the open need');
    const reviewer = page.getByRole('article', { name: 'API reviewer', exact: true });
    await expectVisible(reviewer, 'the API reviewer need');
    await expectVisible(reviewer.getByText('20% open — nobody assigned', { exact: true }), 'the open-need placeholder');
    const designer = page.getByRole('article', { name: 'API designer', exact: true });
    await expectVisible(
      designer.getByRole('link', { name: 'Sam Okafor', exact: true }),
      'Sam filling the API designer need',
    );
    await expectVisible(page.getByRole('table', { name: 'Who is on Refunds API' }), 'the roster');
    await j.check(page, 'refunds-api');

    // Adding a need checks it before anything is sent.
    await page.getByRole('button', { name: 'Add need', exact: true }).click();
    const needDialog = page.getByRole('dialog', { name: 'New need on Refunds API' });
    await expectVisible(needDialog.getByRole('textbox', { name: 'Role' }), 'the need form');
    await needDialog.getByRole('button', { name: 'Add need', exact: true }).click();
    await expectVisible(needDialog.getByText('Name the role', { exact: true }), 'the missing-role message');
    await j.check(page, 'new-need-invalid');
    await needDialog.getByRole('button', { name: 'Cancel', exact: true }).click();

    await page.setViewportSize({ width: 390, height: 844 });
    await j.check(page, 'refunds-api-phone');
    await page.goto('/projects');
    await expectVisible(heading(page, 'Projects'), 'the "Projects" heading');
    await j.check(page, 'projects-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await signOut(page);
  },
};
