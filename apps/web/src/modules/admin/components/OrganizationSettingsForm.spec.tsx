import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { OrganizationWithSettingsFragment } from '@web/generated/graphql';
import { apiError } from '@web/test/graphqlResults';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { updateOrganizationSettingsMutation } from '../graphql/updateOrganizationSettingsMutation';
import { OrganizationSettingsForm } from './OrganizationSettingsForm';

function organization(locked: boolean): OrganizationWithSettingsFragment {
  return {
    __typename: 'Organization',
    id: 'org-1',
    name: 'Acme Engineering',
    version: 3,
    fiscalYearStartLocked: locked,
    settings: {
      __typename: 'OrganizationSettings',
      fiscalQuarterStartMonth: 1,
      defaultWeeklyCapacityHours: 40,
      targetDevelopmentShare: 0.2,
      staleGoalDays: 21,
      overAllocation: 'WARN',
      idleBelow: 0.8,
    },
  };
}

const monthField = () => screen.getByLabelText(/^Fiscal quarter start month/, { selector: 'input' });

describe('OrganizationSettingsForm', () => {
  it('fixes the fiscal start month once quarters are in use, and says why', () => {
    renderWithProviders(<OrganizationSettingsForm organization={organization(true)} />);
    expect(monthField()).toBeDisabled();
    expect(screen.getByText(/^Fixed: ratings and goals are filed under the quarters/)).toBeInTheDocument();
  });

  it('lets the start month change before any quarter is in use', () => {
    renderWithProviders(<OrganizationSettingsForm organization={organization(false)} />);
    expect(monthField()).toBeEnabled();
    expect(screen.getByText(/It is fixed once the first ratings or goals are filed/)).toBeInTheDocument();
  });

  it("puts the server's refusal on the field it names", async () => {
    const message = "The fiscal year's start month can no longer change: 12 ratings are filed under quarters.";
    renderWithProviders(<OrganizationSettingsForm organization={organization(false)} />, {
      mocks: [
        {
          request: { query: updateOrganizationSettingsMutation, variables: () => true },
          result: apiError('BAD_USER_INPUT', message, { field: 'fiscalQuarterStartMonth' }),
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: /^Save/ }));
    await waitFor(() => expect(monthField()).toHaveAccessibleDescription(expect.stringContaining(message)));
  });

  it('sends the version it read, and explains a conflict', async () => {
    let sent: unknown;
    renderWithProviders(<OrganizationSettingsForm organization={organization(false)} />, {
      mocks: [
        {
          request: {
            query: updateOrganizationSettingsMutation,
            variables: (variables: { input: unknown }) => {
              sent = variables.input;
              return true;
            },
          },
          result: apiError('CONFLICT', 'Someone else changed the settings since you opened them.'),
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: /^Save/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed the settings since you opened them.',
    );
    expect(sent).toMatchObject({ version: 3, staleGoalDays: 21 });
  });
});
