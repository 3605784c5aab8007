import { screen } from '@testing-library/react';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { skillCoverageQuery } from '../graphql/skillCoverageQuery';
import { SkillCoveragePanel, SkillRisks } from './SkillCoveragePanel';

const COVERAGE = {
  __typename: 'SkillCoverage',
  thin: [
    {
      __typename: 'ThinCompetency',
      competencyKey: 'scalability_operability',
      name: 'Scalability and operability',
      holders: [],
      projects: [{ __typename: 'NamedRef', id: 'ledger', name: 'Ledger migration' }],
    },
    {
      __typename: 'ThinCompetency',
      competencyKey: 'api_contracts',
      name: 'API contracts',
      holders: [{ __typename: 'NamedRef', id: 'p-jonas', name: 'Jonas Becker' }],
      projects: [{ __typename: 'NamedRef', id: 'refunds', name: 'Refunds API' }],
    },
  ],
  risks: [
    {
      __typename: 'ProjectSkillRisk',
      projectId: 'refunds',
      projectName: 'Refunds API',
      competencyKey: 'api_contracts',
      name: 'API contracts',
      restsOn: { __typename: 'NamedRef', id: 'p-jonas', name: 'Jonas Becker' },
    },
  ],
};
const mock = {
  request: { query: skillCoverageQuery, variables: { teamId: null } },
  result: { data: { skillCoverage: COVERAGE } },
};

describe('skill coverage', () => {
  it('names what nobody holds first, what one person holds, and the project resting on them', async () => {
    renderWithProviders(<SkillCoveragePanel />, { mocks: [mock] });
    expect(await screen.findByText('nobody holds it')).toBeInTheDocument();
    const thin = screen.getByRole('list', { name: 'Thinly held competencies' });
    expect(thin).toHaveTextContent('Scalability and operability: nobody holds it — needed by Ledger migration');
    expect(thin).toHaveTextContent('API contracts: only Jonas Becker — needed by Refunds API');
    expect(screen.getByRole('list', { name: 'Projects resting on one person' })).toHaveTextContent(
      'Refunds API: API contracts rests on Jonas Becker alone',
    );
  });

  it('warns on a project’s page about its own risks only', async () => {
    renderWithProviders(<SkillRisks projectId="refunds" />, { mocks: [mock] });
    expect(await screen.findByText('Bus factor of one')).toBeInTheDocument();
    expect(screen.getByText(/API contracts rests on/)).toBeInTheDocument();
  });
});
