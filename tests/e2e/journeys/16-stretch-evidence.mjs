// Maya staffs the open need on Fraud rules with a stretch toward Amara's goal and sees Amara's growth-aligned share
// rise on Balance; then she logs Sam's ended payment links work, which Trellis offers from the
// plan, as evidence, and it shows among his evidence.
import { assert, expectPath, expectVisible, heading, navLink, signIn, signOut } from '../lib/ui.mjs';

/** Amara's growth-aligned share this quarter, as the Balance table shows it ("12%"). */
async function amarasGrowthAligned(page) {
  await page.goto('/staffing/balance');
  await expectVisible(heading(page, 'Balance'), 'the "Balance" heading');
  const table = page.getByRole('table', { name: /^Balance by person, / });
  const header = await table.getByRole('columnheader').allTextContents();
  const column = header.indexOf('Growth-aligned');
  assert(column > 0, `the balance table should have a Growth-aligned column; it has ${header.join(' | ')}`);
  const amara = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Amara Nwosu/ }) });
  await expectVisible(amara, "Amara's row");
  // The row header is the first cell; the others are cells.
  const text =
    (
      await amara
        .getByRole('cell')
        .nth(column - 1)
        .textContent()
    )?.trim() ?? '';
  const share = Number(text.replace('%', ''));
  assert(
    text.endsWith('%') && Number.isFinite(share),
    `Amara's growth-aligned share should be a percentage, not "${text}"`,
  );
  return share;
}

export default {
  name: 'stretch-evidence',
  title: "Maya's stretch raises Amara's growth-aligned share; Sam's ended work becomes evidence",
  async run(j) {
    const page = await j.newPage('maya');
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'maya@acme.test');

    // Home points at ended work to log as evidence.
    const card = page.getByRole('region', { name: 'Work to log as evidence', exact: true });
    await expectVisible(card.getByRole('link', { name: 'Sam Okafor', exact: true }), 'Sam in the evidence card');
    await j.check(page, 'home-evidence-card');

    const before = await amarasGrowthAligned(page);
    await j.check(page, 'balance-before');

    // The open need on Fraud rules exercises what Amara's goal grows.
    await navLink(page, 'Projects').click();
    await expectPath(page, '/projects');
    await page.getByRole('link', { name: 'Fraud rules', exact: true }).first().click();
    await expectVisible(heading(page, 'Fraud rules'), 'the "Fraud rules" heading');
    const need = page.getByRole('article', { name: 'Rules engineer', exact: true });
    await expectVisible(need.getByText('20% open — nobody assigned', { exact: true }), 'the open-need placeholder');
    await need.getByRole('button', { name: 'Who could be the Rules engineer?' }).click();
    const dialog = page.getByRole('dialog');
    const stretch = dialog.getByRole('button', { name: 'Assign Amara as a stretch', exact: true });
    await expectVisible(stretch, 'Amara suggested as a stretch');
    await expectVisible(
      dialog.getByText(/^Amara Nwosu .*is working toward .*, which this need exercises\.$/),
      'why Amara is suggested',
    );
    await j.check(page, 'suggestions');
    await stretch.click();
    await expectVisible(page.getByText('Amara takes it as a stretch', { exact: true }), 'the stretch notice');
    await expectVisible(
      need.getByRole('link', { name: 'Amara Nwosu', exact: true }),
      'Amara filling the Rules engineer need',
    );
    await j.check(page, 'need-filled');

    const after = await amarasGrowthAligned(page);
    assert(after > before, `Amara's growth-aligned share should rise: it was ${before}%, it is ${after}%`);
    await j.check(page, 'balance-after');

    // Sam's payment links work ended: Trellis offers it as evidence on his Evidence tab.
    await page.goto('/');
    await page
      .getByRole('region', { name: 'Work to log as evidence', exact: true })
      .getByRole('link', { name: 'Sam Okafor', exact: true })
      .click();
    await expectVisible(heading(page, 'Sam Okafor'), "Sam's page");
    await expectVisible(page.getByRole('tab', { name: 'Evidence', exact: true, selected: true }), 'the Evidence tab');
    const offers = page.getByRole('region', {
      name: 'From staffing: 1 piece of work Sam Okafor could log as evidence',
    });
    const offer = offers.getByRole('listitem', {
      name: /^Worked on Payment links as Backend engineer, 10% for 11 weeks/,
    });
    await expectVisible(offer, 'the payment links offer');
    await j.check(page, 'evidence-offer');
    await page.setViewportSize({ width: 390, height: 844 });
    await j.check(page, 'evidence-offer-phone');
    await page.setViewportSize({ width: 1440, height: 900 });

    // Edit it first: the form starts from the offer.
    await offer.getByRole('button', { name: 'Edit first', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Log work as evidence' });
    await expectVisible(form.getByRole('textbox', { name: 'Title' }), 'the offer form');
    await form.getByRole('textbox', { name: 'Impact' }).fill('Sales can take a payment with a link in an email.');
    await j.check(page, 'evidence-offer-edit');
    await form.getByRole('button', { name: 'Log as evidence', exact: true }).click();
    await expectVisible(page.getByText('Logged as evidence', { exact: true }), 'the logged notice');
    const entry = page.getByRole('article', { name: /^Worked on Payment links as Backend engineer/ });
    await expectVisible(entry.getByText('Sales can take a payment with a link in an email.'), 'the new entry');
    await expectVisible(entry.getByText(/· From staffing$/), 'the entry marked as from staffing');
    assert((await offers.count()) === 0, 'the offer should be gone once logged');
    await j.check(page, 'evidence-logged');

    await page.setViewportSize({ width: 390, height: 844 });
    await j.check(page, 'evidence-logged-phone');
    await page.setViewportSize({ width: 1440, height: 900 });

    // Leave Sam's evidence as it was: deleting the entry brings the offer back.
    await entry.getByRole('button', { name: /^Delete Worked on Payment links/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this evidence?' });
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expectVisible(offers.getByRole('listitem').first(), 'the offer back after the entry is deleted');
    await signOut(page);
  },
};
