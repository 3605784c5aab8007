// A one-on-one between Maya and Sam: each adds a talking point to the shared agenda (Sam from
// the preparation view his Home links to), each keeps a private note the other never sees, Maya
// completes the meeting and the undiscussed point is waiting on the next one, marked as carried
// over; she moves the next meeting and looks at the series.
import { assert, expectAbsent, expectVisible, heading, navLink, signIn } from '../lib/ui.mjs';

const agendaOf = (page) => page.getByRole('list', { name: 'Agenda', exact: true });

export default {
  name: 'one-on-ones',
  title: 'Maya and Sam prepare a one-on-one, keep private notes, and Maya completes it',
  async run(j) {
    // Unique texts, so the journey also walks an instance it walked before.
    const run = Date.now().toString(36);
    const mayasPoint = `Team offsite in March (${run})`;
    const samsPoint = `Conference budget for next year (${run})`;
    const privateNote = `Sam seemed tired last week; ask gently (${run}).`;
    const maya = await j.newPage('maya');
    await maya.setViewportSize({ width: 1440, height: 900 });
    await signIn(maya, 'maya@acme.test');
    await navLink(maya, 'One-on-ones').click();
    await expectVisible(heading(maya, 'One-on-ones'), 'the One-on-ones page');
    const samCard = maya.getByRole('listitem', { name: /with Sam Okafor$/ });
    await expectVisible(samCard, 'her series with Sam');
    await expectVisible(maya.getByRole('region', { name: 'Cadence across your reach' }), 'cadence across her reach');
    await j.check(maya, 'one-on-ones');
    // The form to start a series lists her direct reports.
    await maya.getByRole('button', { name: 'Start a one-on-one' }).click();
    const start = maya.getByRole('dialog', { name: 'Start a one-on-one' });
    await start.getByRole('combobox', { name: /^With/ }).click();
    await expectVisible(maya.getByRole('option', { name: /^Sam Okafor/ }), 'Sam among her direct reports');
    await maya.keyboard.press('Escape');
    await j.check(maya, 'start-one-on-one');
    await start.getByRole('button', { name: 'Cancel' }).click();

    // The next meeting with Sam.
    await samCard.getByRole('link', { name: /^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2}$/ }).click();
    await expectVisible(heading(maya, /^One-on-one with Sam Okafor$/), 'the meeting page');
    const meetingUrl = maya.url();
    await maya.getByRole('textbox', { name: 'Add a talking point' }).fill(mayasPoint);
    await maya.getByRole('button', { name: 'Add', exact: true }).click();
    await expectVisible(agendaOf(maya).getByText(mayasPoint, { exact: true }), 'her point on the agenda');
    await maya.getByRole('textbox', { name: 'Your private notes' }).fill(privateNote);
    await expectVisible(maya.getByText('Saved', { exact: true }), 'her private note saved');
    await j.check(maya, 'meeting-maya');

    // Sam prepares for the same meeting from his Home: he sees Maya's point, never her private note.
    const sam = await j.newPage('sam');
    await sam.setViewportSize({ width: 1440, height: 900 });
    await signIn(sam, 'sam@acme.test');
    await sam.getByRole('link', { name: /^Prepare for the one-on-one with Maya/ }).click();
    await expectVisible(heading(sam, /^Prepare: One-on-one with Maya/), 'the preparation view, for Sam');
    assert(sam.url().startsWith(meetingUrl), 'the preparation view is of the meeting Maya opened');
    await expectAbsent(sam.getByRole('heading', { name: 'Shared notes' }), 'the live notes while preparing');
    await expectVisible(agendaOf(sam).getByText(mayasPoint, { exact: true }), "Maya's point, for Sam");
    await sam.getByRole('textbox', { name: 'Add a talking point' }).fill(samsPoint);
    await sam.getByRole('button', { name: 'Add', exact: true }).click();
    await expectVisible(agendaOf(sam).getByText(samsPoint, { exact: true }), 'his point');
    const samsNote = sam.getByRole('textbox', { name: 'Your private notes' });
    await expectVisible(samsNote, 'his own private notes');
    assert((await samsNote.inputValue()) === '', "Sam's private note box is his own, and empty");
    await expectAbsent(sam.getByText(/Sam seemed tired/), "Maya's private note");
    await j.check(sam, 'prepare-sam');

    // Maya reloads: Sam's point is there. She ticks hers off and completes the meeting.
    await maya.reload();
    await expectVisible(agendaOf(maya).getByText(samsPoint, { exact: true }), "Sam's point");
    await maya.getByRole('checkbox', { name: `Discussed: ${mayasPoint}` }).check();
    await maya.getByRole('button', { name: 'Complete meeting', exact: true }).click();
    const dialog = maya.getByRole('dialog', { name: 'Complete this meeting?' });
    await expectVisible(dialog.getByText(/undiscussed point\(s\)/), 'what will move on');
    await j.check(maya, 'complete-confirm');
    await dialog.getByRole('button', { name: 'Complete meeting', exact: true }).click();

    // The next meeting holds Sam's undiscussed point, carried over; Maya's discussed one stayed.
    await maya.waitForURL((url) => url.toString() !== meetingUrl);
    const carried = agendaOf(maya).getByRole('listitem').filter({ hasText: samsPoint });
    await expectVisible(carried.getByText(/^Carried over from /), 'the point carried over');
    await expectAbsent(agendaOf(maya).getByText(mayasPoint, { exact: true }), 'the discussed point');
    await j.check(maya, 'next-meeting');

    // She moves that meeting to the afternoon; only this meeting moves.
    await maya.getByRole('button', { name: 'Move', exact: true }).click();
    const move = maya.getByRole('dialog', { name: 'Move this meeting' });
    await move.getByLabel(/^Time/).fill('16:30');
    await j.check(maya, 'move-meeting');
    await move.getByRole('button', { name: 'Move meeting' }).click();
    await move.waitFor({ state: 'hidden' });
    await expectVisible(maya.getByText(/, 16:30 · \d+ minutes/), 'the new time on the meeting page');

    // The series: its schedule, and an extra meeting outside the cadence.
    await maya.getByRole('link', { name: 'All meetings with Sam Okafor' }).click();
    await expectVisible(maya.getByRole('region', { name: 'Schedule' }), 'the series schedule');
    await j.check(maya, 'series');
    await maya.getByRole('button', { name: 'Extra meeting' }).click();
    const extra = maya.getByRole('dialog', { name: 'Add an extra meeting' });
    await expectVisible(extra.getByLabel(/^Day/), 'the day of the extra meeting');
    await j.check(maya, 'extra-meeting');
    await extra.getByRole('button', { name: 'Back' }).click();
    await extra.waitFor({ state: 'hidden' });
    await maya.goBack();
    await expectVisible(heading(maya, /^One-on-one with Sam Okafor$/), 'the meeting page again');

    await maya.setViewportSize({ width: 390, height: 844 });
    await j.check(maya, 'next-meeting-phone');
  },
};
