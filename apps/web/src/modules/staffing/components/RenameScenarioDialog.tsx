import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getFieldErrors, getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { renameScenarioMutation } from '../graphql/scenarioMutations';

interface RenameScenarioDialogProps {
  scenario: { id: string; name: string; version: number };
  opened: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

/** Renames a draft scenario, over the version the viewer read. */
export function RenameScenarioDialog({ scenario, opened, onClose, onReload }: RenameScenarioDialogProps) {
  const [name, setName] = useState(scenario.name);
  const [blank, setBlank] = useState(false);
  const [rename, { loading, error, reset }] = useMutation(renameScenarioMutation, {
    refetchQueries: ['StaffingScenarios'],
  });
  const fieldError = (blank ? 'Name the scenario.' : null) ?? getFieldErrors(error).name ?? null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setBlank(true);
      return;
    }
    try {
      await rename({ variables: { id: scenario.id, input: { name: name.trim(), version: scenario.version } } });
      onClose();
    } catch {
      // Shown from `error` below.
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={() => {
        reset();
        onClose();
      }}
      title="Rename the scenario"
      closeOnClickOutside={false}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {error && hasErrorCode(error, 'CONFLICT') ? (
            <ConflictAlert title="The scenario changed meanwhile" onReload={onReload}>
              {getUserMessage(error)}
            </ConflictAlert>
          ) : error && !getFieldErrors(error).name ? (
            <FormAlert tone="error" title="The scenario was not renamed">
              {getUserMessage(error)}
            </FormAlert>
          ) : null}
          <TextInput
            label="Name"
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setBlank(false);
            }}
            error={fieldError}
            maxLength={100}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Rename
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
