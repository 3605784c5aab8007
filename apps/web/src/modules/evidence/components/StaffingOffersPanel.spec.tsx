import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  AcceptStaffingEvidenceMutationVariables,
  DismissStaffingEvidenceMutationVariables,
} from '@web/generated/graphql';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { frameworkQuery } from '@web/modules/framework/graphql/frameworkQuery';
import { buildGoalFormOptions } from '@web/modules/goals/testing/goalBuilders';
import { acceptStaffingEvidenceMutation } from '../graphql/acceptStaffingEvidenceMutation';
import { dismissStaffingEvidenceMutation } from '../graphql/dismissStaffingEvidenceMutation';
import { staffingEvidenceOffersQuery } from '../graphql/staffingEvidenceOffersQuery';
import { buildEvidence, buildStaffingOffer } from '../testing/evidenceBuilders';
import { StaffingOffersPanel } from './StaffingOffersPanel';

jest.setTimeout(20_000);

const framework = buildGoalFormOptions().framework;
const links = buildStaffingOffer({
  competencies: [{ __typename: 'CompetencyRef', key: 'code_quality', name: 'Code quality', areaName: 'Craft' }],
});
const office = buildStaffingOffer({
  allocationId: 'a-office',
  projectName: 'API office hours',
  role: null,
  title: 'Worked on API office hours, 10% for 3 weeks (2 Nov – 20 Nov)',
  goals: [{ __typename: 'OfferGoalRef', id: 'g-1', title: 'Design the refunds API' }],
});

const offersMock = (offers: ReturnType<typeof buildStaffingOffer>[]): Mock => ({
  request: { query: staffingEvidenceOffersQuery, variables: { personId: 'p-sam' } },
  result: { data: { staffingEvidenceOffers: offers } },
});
const frameworkMock: Mock = { request: { query: frameworkQuery }, result: { data: { framework } }, maxUsageCount: 5 };

function renderPanel(mocks: readonly Mock[], isSelf = false) {
  return renderWithProviders(<StaffingOffersPanel personId="p-sam" personName="Sam Okafor" isSelf={isSelf} />, {
    mocks: [frameworkMock, ...mocks],
  });
}

describe('StaffingOffersPanel', () => {
  it('lists the ended work with what it exercised and the goals it served', async () => {
    renderPanel([offersMock([links, office])]);
    expect(
      await screen.findByRole('heading', { name: 'From staffing: 2 pieces of work Sam Okafor could log as evidence' }),
    ).toBeInTheDocument();
    const first = screen.getByRole('listitem', { name: links.title });
    expect(within(first).getByText('Code quality')).toBeInTheDocument();
    expect(
      within(screen.getByRole('listitem', { name: office.title })).getByText('Toward “Design the refunds API”'),
    ).toBeInTheDocument();
  });

  it('speaks to the person on their own page', async () => {
    renderPanel([offersMock([links])], true);
    expect(
      await screen.findByRole('heading', { name: 'From staffing: 1 piece of work you could log as evidence' }),
    ).toBeInTheDocument();
  });

  it('shows nothing when there is no work to log', async () => {
    renderPanel([offersMock([])]);
    await waitFor(() => expect(screen.queryByText(/Loading work to log/)).not.toBeInTheDocument());
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('logs the work as it is', async () => {
    let sent: AcceptStaffingEvidenceMutationVariables | undefined;
    renderPanel([
      offersMock([links]),
      {
        request: {
          query: acceptStaffingEvidenceMutation,
          variables: (v: AcceptStaffingEvidenceMutationVariables) => {
            sent = v;
            return true;
          },
        },
        result: { data: { acceptStaffingEvidence: buildEvidence({ title: links.title, allocationId: 'a-links' }) } },
      },
      offersMock([]),
    ]);
    const article = await screen.findByRole('listitem', { name: links.title });
    fireEvent.click(within(article).getByRole('button', { name: 'Log as evidence' }));
    await waitFor(() => expect(sent).toEqual({ input: { allocationId: 'a-links' } }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: links.title })).not.toBeInTheDocument());
  });

  it('edits the text and competencies first, and names what is missing', async () => {
    let sent: AcceptStaffingEvidenceMutationVariables | undefined;
    renderPanel([
      offersMock([links]),
      {
        request: {
          query: acceptStaffingEvidenceMutation,
          variables: (v: AcceptStaffingEvidenceMutationVariables) => {
            sent = v;
            return true;
          },
        },
        result: { data: { acceptStaffingEvidence: buildEvidence({ title: 'Built payment links' }) } },
      },
      offersMock([]),
    ]);
    const article = await screen.findByRole('listitem', { name: links.title });
    fireEvent.click(within(article).getByRole('button', { name: 'Edit first' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log work as evidence' });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue(links.title);
    fireEvent.change(title, { target: { value: '  ' } });
    // The one competency the work exercised, taken off.
    fireEvent.keyDown(within(dialog).getByRole('combobox', { name: 'Competencies' }), { key: 'Backspace' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log as evidence' }));
    expect(await within(dialog).findByText('Enter a title.')).toBeInTheDocument();
    expect(within(dialog).getByText('Tag at least one competency the work showed.')).toBeInTheDocument();
    expect(sent).toBeUndefined();

    fireEvent.change(title, { target: { value: 'Built payment links' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Impact' }), {
      target: { value: 'Sales takes payments by email.' },
    });
    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Competencies' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Technical writing' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log as evidence' }));
    await waitFor(() =>
      expect(sent).toEqual({
        input: {
          allocationId: 'a-links',
          title: 'Built payment links',
          impact: 'Sales takes payments by email.',
          competencyKeys: ['writing'],
        },
      }),
    );
  });

  it('dismisses only once confirmed', async () => {
    let sent: DismissStaffingEvidenceMutationVariables | undefined;
    renderPanel([
      offersMock([links]),
      {
        request: {
          query: dismissStaffingEvidenceMutation,
          variables: (v: DismissStaffingEvidenceMutationVariables) => {
            sent = v;
            return true;
          },
        },
        result: { data: { dismissStaffingEvidence: 'a-links' } },
      },
      offersMock([]),
    ]);
    const article = await screen.findByRole('listitem', { name: links.title });
    fireEvent.click(within(article).getByRole('button', { name: 'Dismiss' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dismiss this work?' });
    expect(
      within(dialog).getByText(/will not be offered as evidence again, to Sam Okafor or their managers/),
    ).toBeInTheDocument();
    expect(sent).toBeUndefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(sent).toEqual({ allocationId: 'a-links' }));
  });
});
