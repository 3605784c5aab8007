import { useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import type { CurrentUserFragment } from '@web/generated/graphql';
import { getApiErrors, getUserMessage } from '@web/shared/graphql/errors';
import { meQuery } from '../graphql/meQuery';
import { signInMutation } from '../graphql/signInMutation';
import { type SignInErrors, validateSignIn } from '../utils/validateSignIn';

interface SignInFormProps {
  onSignedIn: (user: CurrentUserFragment) => void;
}

function signInFailureMessage(error: unknown): string {
  const apiError = getApiErrors(error).find((item) => item.code !== 'INTERNAL_SERVER_ERROR' && item.code !== undefined);
  if (apiError) return apiError.message;
  return getUserMessage(error, 'We could not sign you in right now. Please try again in a moment.');
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SignInErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const [signIn, { loading }] = useMutation(signInMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: meQuery, data: { me: data.signIn } });
    },
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateSignIn({ email, password });
    setErrors(found);
    setServerError(null);
    if (found.email) {
      emailRef.current?.focus();
      return;
    }
    if (found.password) {
      passwordRef.current?.focus();
      return;
    }
    try {
      const result = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (result.data) onSignedIn(result.data.signIn);
    } catch (error) {
      setServerError(signInFailureMessage(error));
      setPassword('');
      passwordRef.current?.focus();
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Sign in">
      <Stack gap="md">
        {serverError ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert" title="Sign-in failed">
            {serverError}
          </Alert>
        ) : null}
        <TextInput
          ref={emailRef}
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          placeholder="you@company.com"
          required
          // Both fields are plainly required; no asterisk keeps the labels exactly "Email" and "Password".
          withAsterisk={false}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email}
          autoFocus
        />
        <PasswordInput
          ref={passwordRef}
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          visibilityToggleButtonProps={{ 'aria-label': 'Show typed characters' }}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.password}
        />
        <Button type="submit" loading={loading} fullWidth mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
