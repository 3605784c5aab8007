import { toCreateUserInput, validateCreateUser } from './createUserForm';

const valid = { email: 'new@acme.test', role: 'MEMBER' as const, password: 'twelve-chars', personId: null };

describe('create user form', () => {
  it('accepts a valid account', () => {
    expect(validateCreateUser(valid)).toEqual({});
  });

  it('requires an initial password of at least 12 characters', () => {
    expect(validateCreateUser({ ...valid, password: 'elevenchars' })).toEqual({
      password: 'Use at least 12 characters',
    });
  });

  it('requires a well-formed email', () => {
    expect(validateCreateUser({ ...valid, email: 'new@acme' })).toHaveProperty('email');
    expect(validateCreateUser({ ...valid, email: '' })).toEqual({ email: 'Enter an email address' });
  });

  it('sends a trimmed, lower-case email', () => {
    expect(toCreateUserInput({ ...valid, email: ' New@Acme.Test ' }).email).toBe('new@acme.test');
  });
});
