import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { OneOnOneKind } from '@web/generated/graphql';
import { startOneOnOneSeriesMutation, startOptionsQuery } from '@web/modules/one-on-ones/graphql/seriesManagement';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getFieldErrors, getUserMessage } from '@web/shared/graphql/errors';
import { browserTimeZone } from '@web/shared/utils/timeZone';
import { pairOf, partnerChoices } from '../utils/seriesForm';
import { ScheduleFields, scheduleInput, type ScheduleValue } from './ScheduleFields';

const KIND_OPTIONS: { value: OneOnOneKind; label: string }[] = [
  { value: 'MANAGER_REPORT', label: 'With a direct report' },
  { value: 'SKIP_LEVEL', label: 'Skip-level (someone further down your line)' },
  { value: 'PEER', label: 'With a peer' },
  { value: 'MENTORING', label: 'Mentoring' },
];

interface StartOneOnOneModalProps {
  opened: boolean;
  onClose: () => void;
  viewerPersonId: string;
  /** Called with the new series' id. */
  onStarted: (seriesId: string) => void;
}

/** Starts a series: who with, what kind, when it meets, and the template of its first agenda. */
export function StartOneOnOneModal({ opened, onClose, viewerPersonId, onStarted }: StartOneOnOneModalProps) {
  const { data, loading } = useQuery(startOptionsQuery, { skip: !opened });
  const [start, { loading: starting, error, reset }] = useMutation(startOneOnOneSeriesMutation, {
    refetchQueries: ['OneOnOnes'],
  });
  const [kind, setKind] = useState<OneOnOneKind>('MANAGER_REPORT');
  const [otherId, setOtherId] = useState<string | null>(null);
  const [viewerMentors, setViewerMentors] = useState(true);
  const [schedule, setSchedule] = useState<ScheduleValue>(() => ({
    cadence: 'WEEKLY',
    weekday: '2',
    startTime: '10:00',
    duration: 30,
    timeZone: browserTimeZone(),
  }));
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  const fieldErrors = getFieldErrors(error);
  const choices = partnerChoices(data?.people ?? [], viewerPersonId, kind);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!otherId) {
      setMissing(true);
      return;
    }
    const { leadId, partnerId } = pairOf(kind, viewerPersonId, otherId, viewerMentors);
    try {
      const result = await start({
        variables: {
          input: {
            kind,
            leadId,
            partnerId,
            ...scheduleInput(schedule),
            templateId,
          },
        },
      });
      const id = result.data?.startOneOnOneSeries.id;
      if (id) onStarted(id);
    } catch {
      // Shown from `error` below.
    }
  };
  const otherError =
    (missing && !otherId ? 'Choose who the one-on-one is with.' : null) ??
    fieldErrors.partnerId ??
    fieldErrors.leadId ??
    null;
  const generalError = error && Object.keys(fieldErrors).length === 0 ? getUserMessage(error) : null;

  return (
    <Modal opened={opened} onClose={onClose} title="Start a one-on-one" size="lg" closeOnClickOutside={false}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {generalError ? (
            <FormAlert tone="error" title="The one-on-one was not started">
              {generalError}
            </FormAlert>
          ) : null}
          <Select
            label="Kind"
            data={KIND_OPTIONS}
            value={kind}
            allowDeselect={false}
            onChange={(value) => {
              setKind((value as OneOnOneKind) ?? 'MANAGER_REPORT');
              setOtherId(null);
              reset();
            }}
          />
          <Select
            label="With"
            placeholder={loading ? 'Loading people…' : 'Choose a person'}
            data={choices}
            value={otherId}
            onChange={(value) => {
              setOtherId(value);
              setMissing(false);
            }}
            searchable
            nothingFoundMessage={kind === 'MANAGER_REPORT' ? 'Nobody reports to you directly' : 'Nobody matches'}
            error={otherError}
            required
          />
          {kind === 'MANAGER_REPORT' ? (
            <Text size="xs" c="dimmed">
              Only your direct reports are listed; for someone further down your line, choose Skip-level.
            </Text>
          ) : null}
          {kind === 'MENTORING' ? (
            <Checkbox
              label="I am the mentor"
              checked={viewerMentors}
              onChange={(e) => setViewerMentors(e.currentTarget.checked)}
            />
          ) : null}
          <ScheduleFields
            value={schedule}
            onChange={(patch) => setSchedule((s) => ({ ...s, ...patch }))}
            errors={fieldErrors}
          />
          <Select
            label="Template for the first agenda"
            placeholder="None"
            clearable
            data={(data?.oneOnOneTemplates ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={templateId}
            onChange={setTemplateId}
            error={fieldErrors.templateId}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={starting}>
              Start
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
