import { Button, FileInput, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import type { FrameworkYamlProblemFieldsFragment } from '@web/generated/graphql';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { useImportFramework } from '../hooks/useImportFramework';
import { ImportProblems } from './ImportProblems';

interface FrameworkImportFormProps {
  initialYaml: string;
  /** The framework version the YAML is meant to replace. */
  version: number;
  /** Loads the latest framework after a conflict. */
  onReload: () => Promise<unknown>;
}

type Outcome =
  | { kind: 'problems'; problems: readonly FrameworkYamlProblemFieldsFragment[] }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

export function FrameworkImportForm({ initialYaml, version, onReload }: FrameworkImportFormProps) {
  const [yaml, setYaml] = useState(initialYaml);
  const [file, setFile] = useState<File | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { importFramework, loading } = useImportFramework();

  const loadFile = async (selected: File | null) => {
    setFile(selected);
    if (!selected) return;
    try {
      setYaml(await selected.text());
      setInputError(null);
      setOutcome(null);
    } catch {
      setInputError(`${selected.name} could not be read.`);
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(null);
    if (!yaml.trim()) {
      setInputError('Paste the framework YAML or load a file first.');
      return;
    }
    setInputError(null);
    try {
      const result = await importFramework(yaml, version);
      if (!result) return;
      if (result.problems.length > 0) {
        setOutcome({ kind: 'problems', problems: result.problems });
        return;
      }
      notifications.show({
        color: 'teal',
        title: 'Framework imported',
        message: `${result.framework?.name ?? 'The framework'} is now in use.`,
      });
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) setOutcome({ kind: 'conflict' });
      else setOutcome({ kind: 'error', message: getUserMessage(error, 'The framework could not be imported.') });
    }
  };

  const reload = async () => {
    try {
      await onReload();
      setOutcome(null);
    } catch {
      // The page's own error state shows what went wrong.
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="framework-import-heading">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id="framework-import-heading">
            Import
          </Title>
          <Text size="sm" c="dimmed">
            Replaces the whole framework. A file with problems is refused and nothing changes.
          </Text>
        </Stack>
        {outcome?.kind === 'problems' ? <ImportProblems problems={outcome.problems} /> : null}
        {outcome?.kind === 'conflict' ? (
          <ConflictAlert
            title="The framework changed since you loaded it"
            onReload={reload}
            reloadLabel="Reload the framework"
          >
            Someone else saved it in the meantime, so nothing was imported. Reload the framework, check your YAML
            against it, and import again.
          </ConflictAlert>
        ) : null}
        {outcome?.kind === 'error' ? (
          <FormAlert tone="error" title="Could not import">
            {outcome.message}
          </FormAlert>
        ) : null}
        <FileInput
          label="Load a YAML file"
          description="Its contents replace the text below."
          placeholder="Choose a .yaml or .yml file"
          accept=".yaml,.yml,application/yaml,application/x-yaml,text/yaml"
          value={file}
          onChange={(selected) => void loadFile(selected)}
          leftSection={<IconFileUpload size={16} aria-hidden />}
          clearable
          maw={420}
        />
        <Textarea
          label="Framework YAML"
          value={yaml}
          onChange={(event) => setYaml(event.currentTarget.value)}
          error={inputError}
          autosize
          minRows={12}
          maxRows={30}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
        <Group>
          <Button type="submit" loading={loading} leftSection={<IconUpload size={16} aria-hidden />}>
            Import
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
