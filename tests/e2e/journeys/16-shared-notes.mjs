// The shared notes of a one-on-one, co-edited live: Maya and Sam type at the same time in two
// browsers, each sees the other's words appear and who is in the note; the words are kept.
import { expectVisible, heading, navLink, signIn } from '../lib/ui.mjs';

export default {
  name: 'shared-notes',
  title: 'Maya and Sam type into the same meeting notes at once and each sees the other’s words',
  async run(j) {
    const run = Date.now().toString(36);
    const maya = await j.newPage('maya');
    await maya.setViewportSize({ width: 1440, height: 900 });
    await signIn(maya, 'maya@acme.test');
    await navLink(maya, 'One-on-ones').click();
    const samCard = maya.getByRole('listitem', { name: /with Sam Okafor$/ });
    await samCard.getByRole('link', { name: /^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2}$/ }).click();
    await expectVisible(heading(maya, /^One-on-one with Sam Okafor$/), 'the meeting page');
    const meetingUrl = maya.url();

    const sam = await j.newPage('sam');
    await sam.setViewportSize({ width: 1440, height: 900 });
    await signIn(sam, 'sam@acme.test');
    await sam.goto(meetingUrl);
    await expectVisible(heading(sam, /^One-on-one with Maya/), 'the meeting, for Sam');

    const mayasNotes = maya.getByRole('textbox', { name: 'Shared notes', exact: true });
    const samsNotes = sam.getByRole('textbox', { name: 'Shared notes', exact: true });
    await expectVisible(maya.getByRole('status', { name: 'Connection' }).getByText('Connected'), 'Maya connected');
    await expectVisible(sam.getByRole('status', { name: 'Connection' }).getByText('Connected'), 'Sam connected');
    await expectVisible(
      maya.getByRole('group', { name: 'In the note' }).getByText(/^Sam Okafor/),
      'Sam shown in the note, for Maya',
    );

    const mayaLine = `Maya: offsite venue shortlist (${run})`;
    const samLine = `Sam: I can present the refunds design (${run})`;
    await mayasNotes.click();
    await samsNotes.click();
    await maya.keyboard.press('Control+End');
    await sam.keyboard.press('Control+End');
    await Promise.all([maya.keyboard.type(mayaLine, { delay: 15 }), sam.keyboard.type(samLine, { delay: 15 })]);
    await expectVisible(samsNotes.getByText(mayaLine), "Maya's words in Sam's notes");
    await expectVisible(mayasNotes.getByText(samLine), "Sam's words in Maya's notes");
    await j.check(sam, 'notes-sam');

    // Kept: a fresh load of the page brings both back from the server.
    await maya.reload();
    await expectVisible(
      maya.getByRole('textbox', { name: 'Shared notes', exact: true }).getByText(samLine),
      'both lines after a reload',
    );
    await j.check(maya, 'notes-maya');
  },
};
