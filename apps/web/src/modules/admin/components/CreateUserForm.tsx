import { useMutation } from '@apollo/client/react';
import { Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { AdminUserFragment } from '@web/generated/graphql';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getApiErrors, getUserMessage } from '@web/shared/graphql/errors';
import { roleOptions } from '@web/shared/utils/format';
import { createUserMutation } from '../graphql/createUserMutation';
import { usersQuery } from '../graphql/usersQuery';
import {
  type CreateUserErrors,
  type CreateUserValues,
  MIN_PASSWORD_LENGTH,
  toCreateUserField,
  toCreateUserInput,
  validateCreateUser,
} from '../utils/createUserForm';

interface CreateUserFormProps {
  personOptions: { value: string; label: string }[];
  onCreated: (user: AdminUserFragment) => void;
  onCancel: () => void;
}

export function CreateUserForm({ personOptions, onCreated, onCancel }: CreateUserFormProps) {
  const [values, setValues] = useState<CreateUserValues>({ email: '', role: 'MEMBER', password: '', personId: null });
  const [errors, setErrors] = useState<CreateUserErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [createUser, { loading }] = useMutation(createUserMutation, { refetchQueries: [usersQuery] });

  const set = <K extends keyof CreateUserValues>(field: K, value: CreateUserValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found = validateCreateUser(values);
    setErrors(found);
    if (found.email || found.password) {
      document.getElementById(found.email ? 'new-user-email' : 'new-user-password')?.focus();
      return;
    }
    try {
      const result = await createUser({ variables: { input: toCreateUserInput(values) } });
      if (result.data) onCreated(result.data.createUser);
    } catch (error) {
      const serverErrors: CreateUserErrors = {};
      for (const item of getApiErrors(error)) {
        const field = item.field ? toCreateUserField(item.field) : undefined;
        if (field && (item.code === 'BAD_USER_INPUT' || item.code === 'CONFLICT')) serverErrors[field] = item.message;
      }
      if (Object.keys(serverErrors).length > 0) setErrors(serverErrors);
      else setFormError(getUserMessage(error, 'The user could not be created. Please try again.'));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Create user">
      <Stack gap="md">
        {formError ? (
          <FormAlert tone="error" title="Could not create the user">
            {formError}
          </FormAlert>
        ) : null}
        <TextInput
          id="new-user-email"
          label="Email"
          type="email"
          autoComplete="off"
          required
          value={values.email}
          onChange={(event) => set('email', event.currentTarget.value)}
          error={errors.email}
          data-autofocus
        />
        <Select
          id="new-user-role"
          label="Role"
          required
          data={roleOptions}
          value={values.role}
          onChange={(value) => value && set('role', value)}
          allowDeselect={false}
          error={errors.role}
        />
        <PasswordInput
          id="new-user-password"
          label="Initial password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters. Share it with the person securely.`}
          autoComplete="new-password"
          required
          visibilityToggleButtonProps={{ 'aria-label': 'Show typed characters' }}
          value={values.password}
          onChange={(event) => set('password', event.currentTarget.value)}
          error={errors.password}
        />
        <Select
          id="new-user-person"
          label="Linked person"
          placeholder="Not linked"
          description="The person record this account signs in as."
          data={personOptions}
          value={values.personId}
          onChange={(value) => set('personId', value)}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Clear linked person' }}
          nothingFoundMessage="No unlinked person by that name"
          error={errors.personId}
        />
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Create user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
