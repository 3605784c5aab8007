import { Box, Button, Card, Group, Select, Stack, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { IconFileCertificate, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { EvidenceFieldsFragment, EvidenceKind } from '@web/generated/graphql';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { possessive } from '@web/shared/utils/format';
import { useFramework } from '@web/modules/framework/hooks/useFramework';
import { competencyOptions } from '@web/modules/goals/utils/frameworkOptions';
import { useEvidence } from '../hooks/useEvidence';
import { evidenceKindLabels, evidenceKindOptions } from '../utils/evidenceLabels';
import { groupByMonth } from '../utils/groupByMonth';
import { DeleteEvidenceDialog } from './DeleteEvidenceDialog';
import { EvidenceEntry } from './EvidenceEntry';
import { EvidenceFormDialog } from './EvidenceFormDialog';
import { EvidenceKindIcon } from './EvidenceKindIcon';
import { StaffingOffersPanel } from './StaffingOffersPanel';

export interface PersonEvidencePanelProps {
  personId: string;
  personName: string;
  canEdit: boolean;
  /** The viewer's own evidence: the page speaks to them. */
  isSelf?: boolean;
}

const plural = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`;

/** The Evidence tab of a person's page: their "works" by month, filtered by competency and kind. */
export function PersonEvidencePanel({ personId, personName, canEdit, isSelf = false }: PersonEvidencePanelProps) {
  const [competencyKey, setCompetencyKey] = useState<string | null>(null);
  const [kind, setKind] = useState<EvidenceKind | null>(null);
  const { evidence, stale, error, refetch } = useEvidence(personId, competencyKey);
  const { framework } = useFramework();
  // Ids, not objects, so a dialog shows the entry as the cache has it now.
  const [formEntryId, setFormEntryId] = useState<string | 'new' | null>(null);
  const [deleting, setDeleting] = useState<EvidenceFieldsFragment | null>(null);

  const competencyChoices = useMemo(() => (framework ? competencyOptions(framework) : []), [framework]);
  const shown = useMemo(
    () => (evidence ?? []).filter((entry) => kind === null || entry.kind === kind),
    [evidence, kind],
  );
  const months = useMemo(() => groupByMonth(shown), [shown]);
  const filtered = competencyKey !== null || kind !== null;
  const formEntry =
    formEntryId && formEntryId !== 'new' ? (evidence?.find((entry) => entry.id === formEntryId) ?? null) : null;
  const competencyName = competencyChoices
    .flatMap((group) => group.items)
    .find((item) => item.value === competencyKey)?.label;

  const clearFilters = () => {
    setCompetencyKey(null);
    setKind(null);
  };

  let body;
  if (!evidence && error) {
    body = <QueryError title="Could not load the evidence" error={error} onRetry={() => refetch()} />;
  } else if (!evidence) {
    body = <LoadingState label="Loading evidence" rows={4} />;
  } else if (shown.length === 0 && !filtered) {
    body = (
      <EmptyMessage
        icon={<IconFileCertificate size={32} aria-hidden />}
        title="No evidence yet"
        description={`Incidents handled, designs written, talks given, mentoring: dated entries of ${possessive(personName, isSelf)} work, tagged with the competencies they show.`}
        action={
          canEdit ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setFormEntryId('new')}>
              Add evidence
            </Button>
          ) : null
        }
      />
    );
  } else if (shown.length === 0) {
    body = (
      <EmptyMessage
        icon={<IconFileCertificate size={32} aria-hidden />}
        title="No evidence matches"
        description={[
          competencyName ? `Nothing is tagged with ${competencyName}` : 'Nothing matches',
          kind ? ` among ${evidenceKindLabels[kind].toLowerCase()} entries.` : '.',
        ].join('')}
        action={
          <Button variant="default" onClick={clearFilters}>
            Clear filters
          </Button>
        }
      />
    );
  } else {
    body = (
      <Stack gap="lg" aria-busy={stale} style={{ opacity: stale ? 0.6 : 1 }}>
        {months.map((month) => (
          <Box component="section" key={month.key} aria-labelledby={`evidence-month-${month.key}`}>
            <Title order={3} size="h5" id={`evidence-month-${month.key}`} mb="sm" c="dimmed">
              {month.label}
            </Title>
            <Card padding="md">
              <Timeline bulletSize={32} lineWidth={2} color="gray" active={-1}>
                {month.items.map((entry) => (
                  <Timeline.Item
                    key={entry.id}
                    bullet={
                      <ThemeIcon size={32} radius="xl" variant="light" color="indigo">
                        <EvidenceKindIcon kind={entry.kind} />
                      </ThemeIcon>
                    }
                  >
                    <EvidenceEntry
                      entry={entry}
                      canEdit={canEdit}
                      onEdit={(item) => setFormEntryId(item.id)}
                      onDelete={setDeleting}
                    />
                  </Timeline.Item>
                ))}
              </Timeline>
            </Card>
          </Box>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="person-evidence-heading">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" id="person-evidence-heading">
            Evidence
          </Title>
          <Text size="sm" c="dimmed">
            {isSelf ? 'Your' : `${personName}’s`} work that shows a competency, newest first.
          </Text>
        </Stack>
        {canEdit && evidence && (evidence.length > 0 || filtered) ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setFormEntryId('new')}>
            Add evidence
          </Button>
        ) : null}
      </Group>
      {canEdit ? <StaffingOffersPanel personId={personId} personName={personName} isSelf={isSelf} /> : null}
      {evidence && (evidence.length > 0 || filtered) ? (
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label="Competency"
            placeholder="All competencies"
            data={competencyChoices}
            value={competencyKey}
            onChange={setCompetencyKey}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Show all competencies' }}
            nothingFoundMessage="No competency by that name"
            w={260}
          />
          <Select
            label="Kind"
            placeholder="All kinds"
            data={evidenceKindOptions}
            value={kind}
            onChange={(value) => setKind(value as EvidenceKind | null)}
            clearable
            clearButtonProps={{ 'aria-label': 'Show all kinds' }}
            w={260}
          />
          <Text size="sm" c="dimmed" pb={8} aria-live="polite">
            {stale
              ? 'Filtering…'
              : `${plural(shown.length)}${filtered ? (shown.length === 1 ? ' matches' : ' match') : ''}`}
          </Text>
        </Group>
      ) : null}
      {body}
      {canEdit ? (
        <>
          <EvidenceFormDialog
            personId={personId}
            personName={personName}
            isSelf={isSelf}
            opened={formEntryId !== null}
            entry={formEntry}
            onClose={() => setFormEntryId(null)}
            onReload={() => refetch()}
          />
          <DeleteEvidenceDialog
            entry={deleting}
            personName={personName}
            isSelf={isSelf}
            onClose={() => setDeleting(null)}
          />
        </>
      ) : null}
    </Stack>
  );
}
