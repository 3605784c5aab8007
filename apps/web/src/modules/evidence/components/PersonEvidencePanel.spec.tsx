import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { DeleteEvidenceMutationVariables } from '@web/generated/graphql';
import { apiError } from '@web/test/graphqlResults';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { frameworkQuery } from '@web/modules/framework/graphql/frameworkQuery';
import { buildGoalFormOptions } from '@web/modules/goals/testing/goalBuilders';
import { deleteEvidenceMutation } from '../graphql/deleteEvidenceMutation';
import { evidenceQuery } from '../graphql/evidenceQuery';
import { staffingEvidenceOffersQuery } from '../graphql/staffingEvidenceOffersQuery';
import { buildEvidence } from '../testing/evidenceBuilders';
import { PersonEvidencePanel } from './PersonEvidencePanel';

// Many Mantine comboboxes per test: slow on a busy two-core machine.
jest.setTimeout(20_000);

const design = buildEvidence();
const incident = buildEvidence({
  id: 'e-2',
  date: '2026-11-03',
  kind: 'INCIDENT',
  title: 'Checkout outage',
  link: null,
  impact: 'Back in 40 minutes.',
  incidentRole: 'INCIDENT_COMMANDER',
  incidentSeverity: 'SEV2',
  competencies: [{ __typename: 'CompetencyRef', key: 'writing', name: 'Technical writing', areaName: 'Influence' }],
  goals: [],
  createdByName: 'Maya Lindqvist',
});
const paper = buildEvidence({
  id: 'e-3',
  date: '2026-10-12',
  kind: 'LEARNING',
  title: 'Read the Spanner paper',
  link: null,
  learningFormat: 'PAPER',
  goals: [],
});

const frameworkMock: Mock = {
  request: { query: frameworkQuery },
  result: { data: { framework: buildGoalFormOptions().framework } },
};
const evidenceMock = (competencyKey: string | null, evidence: ReturnType<typeof buildEvidence>[]): Mock => ({
  request: { query: evidenceQuery, variables: { personId: 'p-sam', competencyKey } },
  result: { data: { evidence } },
});

/** No ended work to log from staffing: the panel shows only the evidence. */
const noOffersMock: Mock = {
  request: { query: staffingEvidenceOffersQuery, variables: { personId: 'p-sam' } },
  result: { data: { staffingEvidenceOffers: [] } },
  maxUsageCount: 5,
};

function renderPanel(mocks: readonly Mock[]) {
  return renderWithProviders(<PersonEvidencePanel personId="p-sam" personName="Sam Okafor" canEdit />, {
    mocks: [noOffersMock, ...mocks],
  });
}

const monthHeadings = () => screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('PersonEvidencePanel', () => {
  it('shows the evidence by month, newest first, with what each entry is', async () => {
    renderPanel([frameworkMock, evidenceMock(null, [design, incident, paper])]);
    const entry = await screen.findByRole('article', { name: /Payments retry design/ });
    expect(monthHeadings()).toEqual(['November 2026', 'October 2026']);

    expect(within(entry).getByText(/Design written/)).toBeInTheDocument();
    const link = within(entry).getByRole('link', { name: /Payments retry design/ });
    expect(link).toHaveAttribute('href', 'https://wiki.acme.test/designs/retry');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(entry).getByText('Code quality')).toBeInTheDocument();
    expect(within(entry).getByText('Write the payments retry design')).toBeInTheDocument();
    expect(within(entry).getByText('Added by Sam Okafor')).toBeInTheDocument();

    const outage = screen.getByRole('article', { name: 'Checkout outage' });
    expect(within(outage).getByText('Role: Incident commander · Severity: SEV2')).toBeInTheDocument();
    expect(within(outage).queryByRole('link')).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('article', { name: 'Read the Spanner paper' })).getByText(
        'Format: Paper read and presented',
      ),
    ).toBeInTheDocument();
  });

  it('asks the API for the chosen competency only', async () => {
    const { operations } = renderPanel([
      frameworkMock,
      evidenceMock(null, [design, incident, paper]),
      evidenceMock('writing', [incident]),
    ]);
    await screen.findByRole('article', { name: 'Checkout outage' });

    fireEvent.click(screen.getByRole('combobox', { name: 'Competency' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Technical writing' }));

    await waitFor(() =>
      expect(screen.queryByRole('article', { name: /Payments retry design/ })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('article', { name: 'Checkout outage' })).toBeInTheDocument();
    expect(screen.getByText('1 entry matches')).toBeInTheDocument();
    expect(operations.filter((name) => name === 'Evidence')).toHaveLength(2);
  });

  it('filters by kind, and offers to clear filters when nothing is left', async () => {
    renderPanel([frameworkMock, evidenceMock(null, [design, incident])]);
    await screen.findByRole('article', { name: 'Checkout outage' });

    fireEvent.click(screen.getByRole('combobox', { name: 'Kind' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Incident handled' }));
    expect(screen.queryByRole('article', { name: /Payments retry design/ })).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Checkout outage' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('combobox', { name: 'Kind' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Mentoring' }));
    expect(screen.getByText('No evidence matches')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('article', { name: /Payments retry design/ })).toBeInTheDocument();
  });

  it('deletes an entry only once confirmed', async () => {
    let sent: DeleteEvidenceMutationVariables | undefined;
    renderPanel([
      frameworkMock,
      evidenceMock(null, [design, incident]),
      {
        request: {
          query: deleteEvidenceMutation,
          variables: (variables: DeleteEvidenceMutationVariables) => {
            sent = variables;
            return true;
          },
        },
        result: { data: { deleteEvidence: 'e-2' } },
      },
    ]);
    await screen.findByRole('article', { name: 'Checkout outage' });

    fireEvent.click(screen.getByRole('button', { name: 'Delete Checkout outage' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this evidence?' });
    expect(sent).toBeUndefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(screen.queryByRole('article', { name: 'Checkout outage' })).not.toBeInTheDocument());
    expect(sent).toEqual({ id: 'e-2' });
    expect(screen.getByRole('article', { name: /Payments retry design/ })).toBeInTheDocument();
  });

  it('invites the first entry when there is none', async () => {
    renderPanel([frameworkMock, evidenceMock(null, [])]);
    expect(await screen.findByText('No evidence yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add evidence' })).toBeInTheDocument();
  });

  it('says so when the evidence cannot be loaded', async () => {
    renderPanel([
      frameworkMock,
      {
        request: { query: evidenceQuery, variables: { personId: 'p-sam', competencyKey: null } },
        result: apiError('FORBIDDEN', 'Growth records are seen by the person and their manager chain only.'),
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the evidence');
  });
});
