import { fireEvent, screen, within } from '@testing-library/react';
import type { CreateOneOnOneTemplateMutationVariables } from '@web/generated/graphql';
import { adminTemplatesQuery } from '@web/modules/admin/graphql/adminTemplatesQuery';
import { createTemplateMutation } from '@web/modules/admin/graphql/createTemplateMutation';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { OneOnOneTemplatesPanel } from './OneOnOneTemplatesPanel';

const template = (id: string, name: string, points: string[], builtIn: boolean) => ({
  __typename: 'OneOnOneTemplate' as const,
  id,
  name,
  points,
  builtIn,
  version: builtIn ? null : 1,
});
const list = (extra: ReturnType<typeof template>[] = []) => ({
  request: { query: adminTemplatesQuery },
  result: {
    data: { oneOnOneTemplates: [template('builtin:weekly', 'Weekly check-in', ['How are you?'], true), ...extra] },
  },
});

describe('OneOnOneTemplatesPanel', () => {
  it('shows Trellis’s templates read-only and the organization’s with edit and remove', async () => {
    renderWithProviders(<OneOnOneTemplatesPanel />, {
      mocks: [list([template('t1', 'Onboarding', ['Who have you not met yet?'], false)])],
    });
    const own = await screen.findByRole('article', { name: 'Onboarding' });
    expect(within(own).getByRole('button', { name: 'Edit Onboarding' })).toBeInTheDocument();
    const builtIn = screen.getByRole('article', { name: 'Weekly check-in' });
    expect(within(builtIn).getByText('Built in')).toBeInTheDocument();
    expect(within(builtIn).queryByRole('button')).toBeNull();
  });

  it('adds a template, one talking point per line, after naming what is missing', async () => {
    let sent: CreateOneOnOneTemplateMutationVariables | undefined;
    renderWithProviders(<OneOnOneTemplatesPanel />, {
      mocks: [
        list(),
        {
          request: {
            query: createTemplateMutation,
            variables: (v: CreateOneOnOneTemplateMutationVariables) => {
              sent = v;
              return true;
            },
          },
          result: { data: { createOneOnOneTemplate: template('t2', 'Career', ['Where next?', 'What help?'], false) } },
        },
        list([template('t2', 'Career', ['Where next?', 'What help?'], false)]),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
    const dialog = await screen.findByRole('dialog', { name: 'New template' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add template' }));
    expect(await within(dialog).findByText('Name the template.')).toBeInTheDocument();
    expect(within(dialog).getByText('Give at least one talking point.')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Name/ }), { target: { value: 'Career' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Talking points/ }), {
      target: { value: 'Where next?\n\nWhat help?' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add template' }));
    expect(await screen.findByRole('article', { name: 'Career' })).toBeInTheDocument();
    expect(sent).toEqual({ input: { name: 'Career', points: ['Where next?', 'What help?'] } });
  });
});
