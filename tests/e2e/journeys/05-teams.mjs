// Teams as Maya: the squads of Acme Engineering, and her own team's page.
import { assert, expectPath, expectVisible, heading, navLink, signIn, signOut, tableNames } from '../lib/ui.mjs';

const SQUADS = ['Payments', 'Platform', 'Data'];

export default {
  name: 'teams',
  title: 'Maya sees the three teams and her team page',
  async run(j) {
    const page = await j.newPage('maya');
    await signIn(page, 'maya@acme.test');

    await navLink(page, 'Teams').click();
    await expectPath(page, '/teams');
    await expectVisible(heading(page, 'Teams'), 'the "Teams" heading');
    const table = page.getByRole('table', { name: 'Teams', exact: true });
    await expectVisible(table.getByRole('link', { name: 'Payments', exact: true }), 'Payments in the Teams table');
    await j.check(page, 'teams');
    const names = (await tableNames(table)).map((name) => name.replace(/^└\s*/, ''));
    for (const squad of SQUADS)
      assert(names.includes(squad), `The Teams table should list ${squad}; it lists ${names.join(', ')}`);
    const squads = names.filter((name) => SQUADS.includes(name));
    assert(
      squads.length === 3,
      `Expected the three teams ${SQUADS.join(', ')} once each; the table lists ${names.join(', ')}`,
    );

    // Her team's page: lead, parent, members.
    await table.getByRole('link', { name: 'Payments', exact: true }).click();
    await expectVisible(heading(page, 'Payments'), 'the "Payments" heading');
    assert(/^\/teams\/[^/]+$/.test(new URL(page.url()).pathname), `Expected a team's address, got ${page.url()}`);
    const main = page.getByRole('main');
    await expectVisible(
      main.getByRole('link', { name: 'Maya Lindqvist', exact: true }),
      'Maya as the lead of Payments',
    );
    const members = page.getByRole('table', { name: 'Members of Payments' });
    await expectVisible(members.getByRole('link', { name: 'Sam Okafor', exact: true }), 'Sam Okafor among the members');
    await expectVisible(
      page.getByRole('button', { name: 'Edit team' }),
      'the "Edit team" button for the team Maya leads',
    );
    await j.check(page, 'team');

    await signOut(page);
  },
};
