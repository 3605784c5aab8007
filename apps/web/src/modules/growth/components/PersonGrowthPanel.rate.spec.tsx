import { screen, waitFor } from '@testing-library/react';
import type { PersonGrowthFieldsFragment } from '@web/generated/graphql';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { personGrowthQuery } from '../graphql/personGrowthQuery';
import { buildCompetency, buildPersonGrowth } from '../testing/growthBuilders';
import { PersonGrowthPanel } from './PersonGrowthPanel';

// Modals render slowly on a busy two-core machine.
jest.setTimeout(20_000);

const growthMock = (personGrowth: PersonGrowthFieldsFragment): Mock => ({
  request: { query: personGrowthQuery, variables: { personId: 'p-sam', quarter: null } },
  result: { data: { personGrowth } },
});

const growth = (overrides: Partial<PersonGrowthFieldsFragment> = {}) =>
  buildPersonGrowth({
    competencies: [buildCompetency({ competencyKey: 'code_quality', competencyName: 'Code quality' })],
    ...overrides,
  });

function renderAt(route: string, personGrowth: PersonGrowthFieldsFragment) {
  return renderWithProviders(
    <PersonGrowthPanel personId="p-sam" personName="Sam Okafor" levelName="Engineer" managerName="Maya Lindqvist" />,
    { mocks: [growthMock(personGrowth)], route },
  );
}

describe("PersonGrowthPanel opened from Home's Rate yourself", () => {
  it('opens the self-rating flow at once when the address asks for it', async () => {
    renderAt('/people/p-sam?tab=growth&rate=self', growth({ canSelfAssess: true, writable: true }));

    expect(await screen.findByRole('dialog', { name: /^Rate yourself/ })).toBeInTheDocument();
  });

  it('stays on the tab when the person cannot rate themselves this quarter', async () => {
    renderAt('/people/p-sam?tab=growth&rate=self', growth({ canSelfAssess: true, writable: false }));

    expect(await screen.findByText(/are closed/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('opens no flow without the request in the address', async () => {
    renderAt('/people/p-sam?tab=growth', growth({ canSelfAssess: true, writable: true }));

    expect(await screen.findByRole('button', { name: 'Rate yourself' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
