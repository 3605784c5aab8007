// Staffing as Maya: she sees Luis over 100% this week and fixes it by dragging his fraud-rules
// work two weeks later; Sam sees his own plan only.
import { assert, expectPath, expectVisible, heading, navLink, signIn, signOut } from '../lib/ui.mjs';

export default {
  name: 'staffing',
  title: 'Maya fixes an over-allocation on the timeline by dragging; Sam sees only his own plan',
  async run(j) {
    const page = await j.newPage('maya');
    await signIn(page, 'maya@acme.test');

    await navLink(page, 'Staffing').click();
    await expectPath(page, '/staffing');
    await expectVisible(heading(page, 'Staffing'), 'the "Staffing" heading');
    const summary = page.getByRole('group', { name: 'Summary' });
    await expectVisible(summary.getByText('1 over 100%', { exact: true }), 'one person over 100% this week');
    const table = page.getByRole('table', { name: 'Planned time by person and week' });
    await expectVisible(table.getByRole('link', { name: 'Luis Ortega', exact: true }), 'Luis on the timeline');
    await expectVisible(
      table.getByRole('link', { name: /Refunds API · API reviewer · 20% open/ }),
      'the open API reviewer need',
    );
    await j.check(page, 'staffing-timeline');

    // Luis's fraud-rules work starts while checkout still runs: move it two weeks later.
    const bar = table.getByRole('button', { name: /^Fraud rules, 40%/ });
    await expectVisible(bar, "Luis's fraud-rules bar");
    await bar.scrollIntoViewIfNeeded();
    const week = await table.locator('[role="columnheader"][aria-label="Weeks"] > div').first().boundingBox();
    const box = await bar.boundingBox();
    assert(week && box, 'The timeline should have laid out its weeks and bars');
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) {
      await page.mouse.move(box.x + 20 + (step / 8) * 2 * week.width, box.y + box.height / 2);
    }
    await page.mouse.up();
    await expectVisible(page.getByText(/^Fraud rules now runs /), 'the notice that the work moved');
    await expectVisible(summary.getByText('0 over 100%', { exact: true }), 'nobody over 100% this week');
    await expectVisible(
      summary.getByText('0 over in some week shown', { exact: true }),
      'nobody over in any week shown',
    );
    await j.check(page, 'staffing-fixed');

    await page.setViewportSize({ width: 390, height: 844 });
    await j.check(page, 'staffing-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Luis has room now: the ledger migration's open need ranks him first, as a stretch.
    await navLink(page, 'Projects').click();
    await expectPath(page, '/projects');
    await expectVisible(page.getByRole('heading', { name: 'Skill coverage' }), 'the skill coverage panel');
    await page.getByRole('link', { name: 'Ledger migration', exact: true }).first().click();
    await expectVisible(heading(page, 'Ledger migration'), 'the "Ledger migration" heading');
    await page.getByRole('button', { name: 'Who could be the Migration engineer?' }).click();
    const dialog = page.getByRole('dialog');
    const first = dialog.getByRole('button', { name: /^Assign .* as a stretch$/ }).first();
    await expectVisible(first, 'a stretch suggestion');
    await expectVisible(
      dialog.getByText(/is working toward .*, which this need exercises\./).first(),
      'the explanation',
    );
    await j.check(page, 'staffing-suggestions');
    await first.click();
    await expectVisible(page.getByText(/ takes it as a stretch$/), 'the notice that the need is filled as a stretch');
    await expectVisible(page.getByText('1 need, all filled.'), 'the need filled');
    await j.check(page, 'staffing-need-filled');
    await signOut(page);

    const sam = await j.newPage('sam');
    await signIn(sam, 'sam@acme.test');
    await navLink(sam, 'Staffing').click();
    await expectPath(sam, '/staffing');
    const own = sam.getByRole('table', { name: 'Planned time by person and week' });
    await expectVisible(own.getByRole('link', { name: 'Sam Okafor', exact: true }), 'his own row');
    const people = await own.getByRole('rowheader').allInnerTexts();
    assert(
      people.length === 2 && people.some((text) => text.startsWith('Open needs')),
      `Sam should see the open needs and his own row only; he sees ${people.join(' | ')}`,
    );
    assert((await sam.getByRole('button', { name: 'Plan time' }).count()) === 0, 'Sam plans nobody’s time');
    await j.check(sam, 'staffing-member');
    await signOut(sam);
  },
};
