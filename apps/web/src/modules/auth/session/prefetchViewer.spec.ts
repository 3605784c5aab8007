import { buildCurrentUser } from '@web/test/builders';
import { onSignedIn, prefetchViewer } from './session';

// The module remembers the user it found: this file has its own copy, and its tests run in order.
function answer(body: unknown) {
  return jest
    .spyOn(global, 'fetch')
    .mockResolvedValue(
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
    );
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => jest.restoreAllMocks());

describe('prefetchViewer', () => {
  it('tells Apollo nothing when nobody is signed in, or when the API fails', async () => {
    const listener = jest.fn();
    const stop = onSignedIn(listener);
    answer({ data: { me: null } });
    prefetchViewer();
    await settle();
    jest.spyOn(global, 'fetch').mockRejectedValue(new Error('offline'));
    prefetchViewer();
    await settle();
    stop();
    expect(listener).not.toHaveBeenCalled();
  });

  it('hands the signed-in user to Apollo, whether it listens already or only later', async () => {
    const user = buildCurrentUser('MEMBER');
    const early = jest.fn();
    const stop = onSignedIn(early);
    const fetchSpy = answer({ data: { me: user } });
    prefetchViewer();
    await settle();
    const late = jest.fn();
    onSignedIn(late)();
    stop();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(early).toHaveBeenCalledWith(user);
    expect(late).toHaveBeenCalledWith(user);
  });
});
