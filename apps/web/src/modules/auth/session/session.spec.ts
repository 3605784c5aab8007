import { type DocumentNode, parse, print, visit } from 'graphql';
import { MeDocument, SignInDocument } from '@web/generated/graphql';
import { buildCurrentUser } from '@web/test/builders';
import { apiError } from '@web/test/graphqlResults';
import { getApiErrors } from '@web/shared/graphql/errors';
import { fetchViewer, ME_DOCUMENT, onSignedIn, SIGN_IN_DOCUMENT, signIn } from './session';

/** The document without the __typename fields Apollo adds by itself. */
function withoutTypename(document: DocumentNode): string {
  return print(visit(document, { Field: (node) => (node.name.value === '__typename' ? null : undefined) }));
}

function answer(body: unknown, status = 200) {
  return jest
    .spyOn(global, 'fetch')
    .mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

afterEach(() => jest.restoreAllMocks());

describe('session', () => {
  it.each([
    ['Me', ME_DOCUMENT, MeDocument],
    ['SignIn', SIGN_IN_DOCUMENT, SignInDocument],
  ])('sends the same %s operation as the generated client', (_name, text, generated) => {
    expect(withoutTypename(parse(text))).toBe(withoutTypename(generated));
  });

  it('asks the API who is signed in', async () => {
    const user = buildCurrentUser('MANAGER');
    const fetchSpy = answer({ data: { me: user } });

    await expect(fetchViewer()).resolves.toEqual(user);
    expect(fetchSpy).toHaveBeenCalledWith(
      '/graphql',
      expect.objectContaining({ method: 'POST', credentials: 'same-origin' }),
    );
  });

  it('signs in and tells the signed-in app, even one that listens later', async () => {
    const user = buildCurrentUser('ADMIN');
    const fetchSpy = answer({ data: { signIn: user } });
    const early = jest.fn();
    const stop = onSignedIn(early);

    await expect(signIn('admin@acme.test', 'trellis-demo')).resolves.toEqual(user);
    const late = jest.fn();
    onSignedIn(late);
    stop();

    const body = JSON.parse(String(fetchSpy.mock.calls[0][1]?.body)) as { variables: unknown };
    expect(body.variables).toEqual({ input: { email: 'admin@acme.test', password: 'trellis-demo' } });
    expect(early).toHaveBeenCalledWith(user);
    expect(late).toHaveBeenCalledWith(user);
  });

  it("throws the API's errors as Apollo does, so forms read them the same way", async () => {
    answer(apiError('UNAUTHENTICATED', 'Email or password is incorrect'));

    const error: unknown = await signIn('maya@acme.test', 'wrong').catch((e: unknown) => e);
    expect(getApiErrors(error)).toEqual([
      { code: 'UNAUTHENTICATED', field: undefined, message: 'Email or password is incorrect' },
    ]);
  });
});
