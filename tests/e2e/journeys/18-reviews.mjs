// The quarter's review: Maya opens Sam's review (already filled with his quarter), writes it and
// shares it; Sam reads it, reflects and acknowledges; Dana compares her managers in calibration,
// reads the team report, closes the quarter over the reviews still unshared, and Sam's review is
// frozen.
import { expectVisible, heading, navLink, signIn } from '../lib/ui.mjs';

export default {
  name: 'reviews',
  title: 'Maya writes and shares Sam’s quarterly review, Sam acknowledges it, Dana closes the quarter',
  async run(j) {
    const run = Date.now().toString(36);
    const summary = `Sam shipped the refunds API and ran his first incident review (${run}).`;
    const reflection = `I want more design work next quarter (${run}).`;

    const maya = await j.newPage('maya');
    await maya.setViewportSize({ width: 1440, height: 900 });
    await signIn(maya, 'maya@acme.test');
    await navLink(maya, 'Reviews').click();
    await expectVisible(heading(maya, 'Quarterly reviews'), 'the Reviews page');
    const table = maya.getByRole('table', { name: 'Reviews you write' });
    await expectVisible(table.getByRole('link', { name: 'Sam Okafor' }), 'Sam in her reviews');
    await j.check(maya, 'reviews');

    await table.getByRole('link', { name: 'Sam Okafor' }).click();
    await expectVisible(heading(maya, /^Sam Okafor: /), 'Sam’s review');
    await expectVisible(maya.getByRole('region', { name: 'Highlights' }), 'the packet’s highlights');
    await expectVisible(maya.getByRole('region', { name: 'One-on-ones' }), 'the one-on-ones of his quarter');
    await maya.getByRole('textbox', { name: 'Summary' }).fill(summary);
    await maya.getByRole('textbox', { name: 'Strengths' }).fill('Ownership; calm in incidents.');
    await maya.getByRole('textbox', { name: 'Focus for next quarter' }).fill('Design one service end to end.');
    await maya.getByText('Soon', { exact: true }).click();
    await maya.getByRole('button', { name: 'Save draft' }).click();
    const share = maya.getByRole('button', { name: 'Share with Sam' });
    await expectVisible(share.and(maya.locator(':enabled')), 'sharing, once saved');
    await j.check(maya, 'review-written');
    await share.click();
    await expectVisible(maya.getByText(/^Shared with Sam on /), 'the review shared');
    await j.check(maya, 'review-shared');

    // Sam: the bell and Home lead to it; he reads it, reflects and acknowledges.
    const sam = await j.newPage('sam');
    await sam.setViewportSize({ width: 1440, height: 900 });
    await signIn(sam, 'sam@acme.test');
    await sam
      .getByRole('region', { name: /review$/ })
      .getByRole('link', { name: 'Open your review' })
      .click();
    await expectVisible(heading(sam, /^Sam Okafor: /), 'his review');
    await expectVisible(sam.getByText(summary), 'Maya’s summary, for Sam');
    await sam.getByRole('textbox', { name: 'Your reflection' }).fill(reflection);
    await sam.getByRole('button', { name: 'Save reflection' }).click();
    const acknowledge = sam.getByRole('button', { name: 'Acknowledge' });
    await expectVisible(acknowledge.and(sam.locator(':enabled')), 'acknowledging, once saved');
    await acknowledge.click();
    await expectVisible(sam.getByText(/^Acknowledged on /), 'the review acknowledged');
    await j.check(sam, 'review-sam');
    await sam.setViewportSize({ width: 390, height: 844 });
    await j.check(sam, 'review-sam-phone');

    // Dana closes the quarter; the dialog says some reviews are unshared, and she closes anyway.
    const dana = await j.newPage('dana');
    await dana.setViewportSize({ width: 1440, height: 900 });
    await signIn(dana, 'dana@acme.test');
    await navLink(dana, 'Reviews').click();
    await expectVisible(heading(dana, 'Quarterly reviews'), 'the Reviews page, for Dana');
    // Before closing, she compares her managers in calibration and reads the team report.
    await dana.getByRole('link', { name: 'Calibration' }).click();
    await expectVisible(heading(dana, /^Calibration — /), 'calibration');
    await j.check(dana, 'calibration');
    await dana.goBack();
    await dana.getByRole('link', { name: 'Team report' }).click();
    await expectVisible(heading(dana, /^Team report — /), 'the team report');
    await expectVisible(dana.getByRole('link', { name: /Export CSV/ }), 'the CSV export');
    await j.check(dana, 'team-report');
    await dana.setViewportSize({ width: 390, height: 844 });
    await j.check(dana, 'team-report-phone');
    await dana.setViewportSize({ width: 1440, height: 900 });
    await dana.goBack();
    await expectVisible(heading(dana, 'Quarterly reviews'), 'back on the Reviews page');
    await dana.getByRole('button', { name: 'Close quarter' }).click();
    const dialog = dana.getByRole('dialog', { name: /^Close the .* review\?$/ });
    await dialog.getByRole('button', { name: 'Close quarter' }).click();
    await expectVisible(
      dialog.getByRole('alert').getByText(/reviews are not shared yet/),
      'the unshared reviews named',
    );
    await j.check(dana, 'close-confirm');
    await dialog.getByRole('button', { name: 'Close anyway' }).click();
    await expectVisible(dana.getByText(/: its figures are frozen\.$/), 'the quarter closed');
    await dana.getByRole('table', { name: 'Reviews you write' }).getByRole('link', { name: 'Sam Okafor' }).click();
    await expectVisible(dana.getByText('Frozen', { exact: true }), 'Sam’s review frozen');
    await j.check(dana, 'review-frozen');
  },
};
