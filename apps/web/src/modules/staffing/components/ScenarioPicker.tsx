import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowBackUp, IconGitCompare, IconPlus, IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ScenarioFieldsFragment } from '@web/generated/graphql';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getUserMessage } from '@web/shared/graphql/errors';
import { scenarioPath } from '@web/shared/routes';
import { createScenarioMutation } from '../graphql/scenarioMutations';
import { scenariosQuery } from '../graphql/scenariosQuery';
import { changeCounts } from '../utils/scenarioView';
import { PastScenariosButton } from './PastScenariosButton';

const PLAN = 'plan';

interface ScenarioPickerProps {
  /** The scenario in the address, or null for the plan of record. */
  scenarioId: string | null;
  onChange: (scenarioId: string | null) => void;
}

/**
 * Plan of record or one of the viewer's scenarios: in a scenario a banner says so, counts its
 * changes, and leads to the comparison (where it is applied or discarded).
 */
export function ScenarioPicker({ scenarioId, onChange }: ScenarioPickerProps) {
  const query = useQuery(scenariosQuery, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const scenarios = query.data?.scenarios;
  const current = scenarios?.find((s) => s.id === scenarioId) ?? null;

  if (!scenarios && query.error) {
    return (
      <Alert color="red" variant="light" role="alert" title="Could not load your scenarios">
        {getUserMessage(query.error, 'Reload the page to try again.')}
      </Alert>
    );
  }
  if (!scenarios) return <Skeleton height={36} width={320} aria-label="Loading your scenarios" />;

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label="Plan"
          w={320}
          maw="100%"
          data={[
            { value: PLAN, label: 'Plan of record' },
            ...scenarios.map((s) => ({ value: s.id, label: `Scenario: ${s.name}` })),
          ]}
          value={current?.id ?? PLAN}
          onChange={(value) => onChange(value && value !== PLAN ? value : null)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          New scenario…
        </Button>
        <PastScenariosButton />
      </Group>
      {scenarioId && !current ? (
        <Alert color="gray" variant="light" title="This scenario is not open">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              It was applied or discarded, or it is not yours. The timeline shows the plan of record.
            </Text>
            <Button size="xs" variant="default" onClick={() => onChange(null)}>
              Back to the plan
            </Button>
          </Stack>
        </Alert>
      ) : null}
      {current ? <ScenarioBanner scenario={current} onLeave={() => onChange(null)} /> : null}
      <NewScenarioDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          void query.refetch().then(() => onChange(id));
        }}
      />
    </Stack>
  );
}

function ScenarioBanner({ scenario, onLeave }: { scenario: ScenarioFieldsFragment; onLeave: () => void }) {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconFlask aria-hidden />}
      role="status"
      title={`You are editing scenario “${scenario.name}” — the plan is unchanged`}
      styles={{ title: { color: 'var(--mantine-color-dark-8)' }, icon: { color: 'var(--mantine-color-yellow-9)' } }}
    >
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Text size="sm" c="dark.8">
          {changeCounts(scenario)}. Changed bars are marked New, Changed or Removed; nobody else sees them until you
          apply the scenario.
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            component={Link}
            to={scenarioPath(scenario.id)}
            leftSection={<IconGitCompare size={14} aria-hidden />}
          >
            Compare and apply
          </Button>
          <Button size="xs" variant="default" onClick={onLeave} leftSection={<IconArrowBackUp size={14} aria-hidden />}>
            Back to the plan
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}

function NewScenarioDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(createScenarioMutation);
  const submit = async () => {
    if (!name.trim()) {
      setError('Give the scenario a name, such as “Luis moves to fraud rules”.');
      return;
    }
    try {
      const result = await create({ variables: { input: { name: name.trim() } } });
      if (result.data) {
        setName('');
        setError(null);
        onCreated(result.data.createScenario.id);
      }
    } catch (e) {
      setError(getUserMessage(e, 'The scenario could not be created. Please try again.'));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="New scenario" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        aria-label="New scenario"
      >
        <Stack gap="md">
          <Text size="sm">
            A scenario is a draft over today’s plan: change it on the timeline, compare its figures with today’s, then
            apply it in one step or discard it.
          </Text>
          {error ? (
            <FormAlert tone="error" title="Could not create the scenario">
              {error}
            </FormAlert>
          ) : null}
          <TextInput
            id="scenario-name"
            label="Name"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={120}
            required
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Create scenario
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
