import { useMutation } from '@apollo/client/react';
import { Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import type { AdminUserFragment } from '@web/generated/graphql';
import { FormAlert } from '@web/shared/components/FormAlert';
import { useForm } from '@web/shared/forms/useForm';
import { roleOptions } from '@web/shared/utils/format';
import { createUserMutation } from '../graphql/createUserMutation';
import { usersQuery } from '../graphql/usersQuery';
import {
  type CreateUserValues,
  MIN_PASSWORD_LENGTH,
  toCreateUserInput,
  validateCreateUser,
} from '../utils/createUserForm';

interface CreateUserFormProps {
  personOptions: { value: string; label: string }[];
  onCreated: (user: AdminUserFragment) => void;
  onCancel: () => void;
}

export function CreateUserForm({ personOptions, onCreated, onCancel }: CreateUserFormProps) {
  const form = useForm<CreateUserValues>({
    initialValues: { email: '', role: 'MEMBER', password: '', personId: null },
    fields: ['email', 'role', 'password', 'personId'],
    idPrefix: 'new-user',
    validate: validateCreateUser,
    fallbackMessage: 'The user could not be created. Please try again.',
  });
  const { values, setField: set, errors, formError } = form;
  const [createUser, { loading }] = useMutation(createUserMutation, { refetchQueries: [usersQuery] });

  const save = async (current: CreateUserValues) => {
    const result = await createUser({ variables: { input: toCreateUserInput(current) } });
    if (result.data) onCreated(result.data.createUser);
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label="Create user">
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
          id="new-user-personId"
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
