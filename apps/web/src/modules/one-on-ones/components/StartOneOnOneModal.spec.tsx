import { fireEvent, screen, within } from '@testing-library/react';
import type { StartOneOnOneSeriesMutationVariables } from '@web/generated/graphql';
import { startOneOnOneSeriesMutation, startOptionsQuery } from '@web/modules/one-on-ones/graphql/seriesManagement';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { StartOneOnOneModal } from './StartOneOnOneModal';

const options = {
  request: { query: startOptionsQuery },
  result: {
    data: {
      people: [
        { __typename: 'Person', id: 'maya', name: 'Maya Lindqvist', title: 'Engineering Manager', manager: null },
        {
          __typename: 'Person',
          id: 'sam',
          name: 'Sam Okafor',
          title: 'Software Engineer',
          manager: { __typename: 'Person', id: 'maya' },
        },
      ],
      oneOnOneTemplates: [
        { __typename: 'OneOnOneTemplate', id: 'builtin:weekly', name: 'Weekly check-in', builtIn: true },
      ],
    },
  },
};

describe('StartOneOnOneModal', () => {
  it('asks who the one-on-one is with before sending anything', async () => {
    renderWithProviders(<StartOneOnOneModal opened onClose={jest.fn()} viewerPersonId="maya" onStarted={jest.fn()} />, {
      mocks: [options],
    });
    const dialog = await screen.findByRole('dialog', { name: 'Start a one-on-one' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start' }));
    expect(await within(dialog).findByText('Choose who the one-on-one is with.')).toBeInTheDocument();
  });

  it('starts a weekly series with a direct report led by the viewer, and shows where the API refuses', async () => {
    let sent: StartOneOnOneSeriesMutationVariables | undefined;
    const onStarted = jest.fn();
    renderWithProviders(<StartOneOnOneModal opened onClose={jest.fn()} viewerPersonId="maya" onStarted={onStarted} />, {
      mocks: [
        options,
        {
          request: {
            query: startOneOnOneSeriesMutation,
            variables: (v: StartOneOnOneSeriesMutationVariables) => {
              sent = v;
              return true;
            },
          },
          result: {
            errors: [
              {
                message: 'Give a time zone like Europe/Berlin.',
                extensions: { code: 'BAD_USER_INPUT', field: 'timeZone' },
              },
            ],
          },
        },
      ],
    });
    const dialog = await screen.findByRole('dialog', { name: 'Start a one-on-one' });
    fireEvent.click(within(dialog).getByRole('combobox', { name: /^With/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Sam Okafor · Software Engineer' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Time zone/ }), { target: { value: 'Mars/Base' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start' }));
    expect(await within(dialog).findByText('Give a time zone like Europe/Berlin.')).toBeInTheDocument();
    expect(sent?.input).toEqual(
      expect.objectContaining({
        kind: 'MANAGER_REPORT',
        leadId: 'maya',
        partnerId: 'sam',
        cadence: 'WEEKLY',
        weekday: 2,
        startTime: '10:00',
        durationMinutes: 30,
        timeZone: 'Mars/Base',
      }),
    );
    expect(onStarted).not.toHaveBeenCalled();
  });
});
