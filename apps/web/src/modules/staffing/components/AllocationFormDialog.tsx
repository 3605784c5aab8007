import { useQuery } from '@apollo/client/react';
import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AllocationFieldsFragment } from '@web/generated/graphql';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { projectOptionsQuery } from '../graphql/projectOptionsQuery';
import type { AllocationFormValues } from '../utils/allocationForm';
import { AllocationForm } from './AllocationForm';

interface AllocationFormDialogProps {
  opened: boolean;
  people: { id: string; name: string }[];
  existing: AllocationFieldsFragment | null;
  preset?: Partial<AllocationFormValues>;
  canLinkGoals: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
  /** After a save: the timeline refreshes its figures. */
  onSaved: () => Promise<unknown>;
  /** Writes go to this scenario (named in the dialog); the plan stays as it is. */
  scenario?: { id: string; name: string } | null;
}

export function AllocationFormDialog({
  opened,
  people,
  existing,
  preset,
  canLinkGoals,
  onClose,
  onReload,
  onSaved,
  scenario = null,
}: AllocationFormDialogProps) {
  const projects = useQuery(projectOptionsQuery, { skip: !opened });
  const personName = people.find((p) => p.id === (existing?.personId ?? preset?.personId))?.name;
  const base = existing
    ? `Change planned time${personName ? ` of ${personName}` : ''}`
    : personName
      ? `Plan time for ${personName}`
      : 'Plan time';
  const title = scenario ? `${base} in “${scenario.name}”` : base;
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" centered>
      {!projects.data && projects.error ? (
        <QueryError title="Could not load the projects" error={projects.error} onRetry={() => projects.refetch()} />
      ) : !projects.data ? (
        <LoadingState label="Loading the form" rows={6} />
      ) : (
        <AllocationForm
          key={
            existing ? `${existing.id}-${existing.version}` : `new-${preset?.personId ?? ''}-${preset?.startDate ?? ''}`
          }
          people={people}
          projects={projects.data.projects}
          existing={existing}
          preset={preset}
          canLinkGoals={canLinkGoals}
          scenarioId={scenario?.id ?? null}
          onRemoved={(message) => {
            notifications.show({ color: 'teal', title: 'Scenario changed', message, autoClose: 4_000 });
            void onSaved();
            onClose();
          }}
          onCancel={onClose}
          onReload={onReload}
          onSaved={({ allocation, warning }) => {
            const who = people.find((p) => p.id === allocation.personId)?.name ?? 'The person';
            notifications.show({
              color: warning ? 'yellow' : 'teal',
              title: scenario
                ? warning
                  ? 'In the scenario, and over 100%'
                  : 'Saved in the scenario'
                : warning
                  ? 'Saved, and over 100%'
                  : existing
                    ? 'Plan updated'
                    : 'Time planned',
              message: warning ?? `${who}: ${allocation.percent}% on ${allocation.projectName ?? 'development time'}.`,
              autoClose: warning ? 10_000 : 4_000,
            });
            void onSaved();
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
