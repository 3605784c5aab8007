import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { CurrentUserFragment } from '@web/generated/graphql';
import { fieldId, useForm } from '@web/shared/forms/useForm';
import { getApiErrors, getUserMessage } from '@web/shared/graphql/errors';
import { useState } from 'react';
import { signIn } from '../session/session';
import { type SignInValues, validateSignIn } from '../utils/validateSignIn';

interface SignInFormProps {
  onSignedIn: (user: CurrentUserFragment) => void;
}

function signInFailureMessage(error: unknown): string {
  const apiError = getApiErrors(error).find((item) => item.code !== 'INTERNAL_SERVER_ERROR' && item.code !== undefined);
  if (apiError) return apiError.message;
  return getUserMessage(error, 'We could not sign you in right now. Please try again in a moment.');
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const form = useForm<SignInValues>({
    initialValues: { email: '', password: '' },
    fields: ['email', 'password'],
    idPrefix: 'sign-in',
    validate: validateSignIn,
    fallbackMessage: 'We could not sign you in right now. Please try again in a moment.',
  });
  const { values, setField, errors, formError } = form;

  // A plain request, not Apollo's: the sign-in page loads without it (session.ts).
  const [loading, setLoading] = useState(false);

  const save = async (current: SignInValues) => {
    setLoading(true);
    try {
      const user = await signIn(current.email.trim(), current.password);
      onSignedIn(user);
    } catch (error) {
      setLoading(false);
      // Whatever the refusal, the password is typed again.
      form.setFormError(signInFailureMessage(error));
      setField('password', '');
      document.getElementById(fieldId('sign-in', 'password'))?.focus();
    }
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label="Sign in">
      <Stack gap="md">
        {formError ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert" title="Sign-in failed">
            {formError}
          </Alert>
        ) : null}
        <TextInput
          id="sign-in-email"
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          placeholder="you@company.com"
          required
          // Both fields are plainly required; no asterisk keeps the labels exactly "Email" and "Password".
          withAsterisk={false}
          value={values.email}
          onChange={(event) => setField('email', event.currentTarget.value)}
          error={errors.email}
          autoFocus
        />
        <PasswordInput
          id="sign-in-password"
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          visibilityToggleButtonProps={{ 'aria-label': 'Show typed characters' }}
          value={values.password}
          onChange={(event) => setField('password', event.currentTarget.value)}
          error={errors.password}
        />
        <Button type="submit" loading={loading} fullWidth mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
