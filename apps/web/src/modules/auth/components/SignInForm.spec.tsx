import { fireEvent, screen, waitFor } from '@testing-library/react';
import { buildCurrentUser } from '@web/test/builders';
import { apiError } from '@web/test/graphqlResults';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { SignInForm } from './SignInForm';

function fill(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

const credentials = { email: 'maya@acme.test', password: 'wrong-password' };

/** The API's answer to the sign-in request (a plain fetch: the sign-in page loads no Apollo). */
function answer(body: unknown) {
  return jest
    .spyOn(global, 'fetch')
    .mockImplementation(() =>
      Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })),
    );
}

/** The operation and credentials of each request sent. */
function sent(fetchSpy: jest.SpyInstance<Promise<Response>, Parameters<typeof fetch>>) {
  return fetchSpy.mock.calls.map(([, init]) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: { input: unknown } };
    return { operation: /^mutation (\w+)/.exec(body.query)?.[1], input: body.variables.input };
  });
}

afterEach(() => jest.restoreAllMocks());

describe('SignInForm', () => {
  it('sends no request and says why when the email is malformed', async () => {
    const fetchSpy = answer({});
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);

    fill('maya-at-acme', 'trellis-demo');

    expect(await screen.findByText(/Enter a valid email address/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute('aria-invalid', 'true');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('sends no request without a password', async () => {
    const fetchSpy = answer({});
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />);

    fill('maya@acme.test', '');

    expect(await screen.findByText('Enter your password')).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("shows the server's message when the credentials are refused", async () => {
    const fetchSpy = answer(apiError('UNAUTHENTICATED', 'Email or password is incorrect'));
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />);

    fill(credentials.email, credentials.password);

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect');
    expect(sent(fetchSpy)).toEqual([{ operation: 'SignIn', input: credentials }]);
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('shows the rate-limit message', async () => {
    answer(apiError('RATE_LIMITED', 'Too many sign-in attempts. Try again in 5 minutes.'));
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />);

    fill(credentials.email, credentials.password);

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts. Try again in 5 minutes.');
  });

  it('does not echo internal error text', async () => {
    answer(apiError('INTERNAL_SERVER_ERROR', 'relation "users" does not exist'));
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />);

    fill(credentials.email, credentials.password);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not sign you in/i);
    expect(alert).not.toHaveTextContent('relation');
  });

  it('says so when the API cannot be reached', async () => {
    jest.spyOn(global, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />);

    fill(credentials.email, credentials.password);

    expect(await screen.findByRole('alert')).toHaveTextContent(/could not sign you in/i);
  });

  it('signs in with a trimmed email and hands over the user', async () => {
    const user = buildCurrentUser('MANAGER', { email: 'maya@acme.test' });
    const fetchSpy = answer({ data: { signIn: user } });
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);

    fill('  maya@acme.test ', 'trellis-demo');

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ email: 'maya@acme.test' })));
    expect(sent(fetchSpy)).toEqual([
      { operation: 'SignIn', input: { email: 'maya@acme.test', password: 'trellis-demo' } },
    ]);
  });
});
