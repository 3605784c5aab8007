import { fireEvent, screen, waitFor } from '@testing-library/react';
import { buildCurrentUser } from '@web/test/builders';
import { apiError } from '@web/test/graphqlResults';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { signInMutation } from '../graphql/signInMutation';
import { SignInForm } from './SignInForm';

function fill(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

const credentials = { email: 'maya@acme.test', password: 'wrong-password' };

describe('SignInForm', () => {
  it('sends no request and says why when the email is malformed', async () => {
    const onSignedIn = jest.fn();
    const { operations } = renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);

    fill('maya-at-acme', 'trellis-demo');

    expect(await screen.findByText(/Enter a valid email address/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute('aria-invalid', 'true');
    expect(operations).toEqual([]);
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('sends no request without a password', async () => {
    const { operations } = renderWithProviders(<SignInForm onSignedIn={jest.fn()} />);

    fill('maya@acme.test', '');

    expect(await screen.findByText('Enter your password')).toBeInTheDocument();
    expect(operations).toEqual([]);
  });

  it("shows the server's message when the credentials are refused", async () => {
    const { operations } = renderWithProviders(<SignInForm onSignedIn={jest.fn()} />, {
      mocks: [
        {
          request: { query: signInMutation, variables: { input: credentials } },
          result: apiError('UNAUTHENTICATED', 'Email or password is incorrect'),
        },
      ],
    });

    fill(credentials.email, credentials.password);

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect');
    expect(operations).toEqual(['SignIn']);
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
  });

  it('shows the rate-limit message', async () => {
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />, {
      mocks: [
        {
          request: { query: signInMutation, variables: { input: credentials } },
          result: apiError('RATE_LIMITED', 'Too many sign-in attempts. Try again in 5 minutes.'),
        },
      ],
    });

    fill(credentials.email, credentials.password);

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts. Try again in 5 minutes.');
  });

  it('does not echo internal error text', async () => {
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />, {
      mocks: [
        {
          request: { query: signInMutation, variables: { input: credentials } },
          result: apiError('INTERNAL_SERVER_ERROR', 'relation "users" does not exist'),
        },
      ],
    });

    fill(credentials.email, credentials.password);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not sign you in/i);
    expect(alert).not.toHaveTextContent('relation');
  });

  it('signs in with a trimmed email and hands over the user', async () => {
    const user = buildCurrentUser('MANAGER', { email: 'maya@acme.test' });
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, {
      mocks: [
        {
          request: {
            query: signInMutation,
            variables: { input: { email: 'maya@acme.test', password: 'trellis-demo' } },
          },
          result: { data: { signIn: user } },
        },
      ],
    });

    fill('  maya@acme.test ', 'trellis-demo');

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ email: 'maya@acme.test' })));
  });
});
