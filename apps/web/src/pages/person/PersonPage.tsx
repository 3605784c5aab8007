import { Alert, Button, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconCalendarTime,
  IconChartRadar,
  IconEye,
  IconFileText,
  IconPencil,
  IconTarget,
  IconUser,
} from '@tabler/icons-react';
import { useParams, useSearchParams } from 'react-router';
import type { PersonTab } from '@web/shared/routes';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { PersonEvidencePanel } from '@web/modules/evidence/components/PersonEvidencePanel';
import { PersonGoalsPanel } from '@web/modules/goals/components/PersonGoalsPanel';
import { PersonGrowthPanel } from '@web/modules/growth/components/PersonGrowthPanel';
import { PersonEditDialog } from '@web/modules/people/components/PersonEditDialog';
import { PersonProfile } from '@web/modules/people/components/PersonProfile';
import { RecordReadsCard } from '@web/modules/people/components/RecordReadsCard';
import { usePerson } from '@web/modules/people/hooks/usePerson';
import { PersonTimePanel } from '@web/modules/staffing/components/PersonTimePanel';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { AccessDeniedContent, NotFoundContent } from '@web/shared/components/StatusContent';
import { hasErrorCode } from '@web/shared/graphql/errors';
import { personRefusedMessage, profileAccessNote } from '@web/shared/utils/accessMessages';

const growthTabs: PersonTab[] = ['growth', 'goals', 'evidence'];

export function PersonPage() {
  const { personId = '' } = useParams();
  const { person, error, refetch } = usePerson(personId);
  const { user } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [editing, { open, close }] = useDisclosure(false);

  if (!person) {
    if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
      return (
        <NotFoundContent message="There is no person with this address, or they are no longer in your organization." />
      );
    }
    if (hasErrorCode(error, 'FORBIDDEN')) {
      return <AccessDeniedContent message={personRefusedMessage(user?.role)} />;
    }
    if (error) {
      return (
        <>
          <PageHeader title="Person" />
          <QueryError title="Could not load this person" error={error} onRetry={() => refetch()} />
        </>
      );
    }
    return (
      <>
        <PageHeader title="Person" documentTitle="Loading person" />
        <LoadingState label="Loading person" rows={6} />
      </>
    );
  }

  const growthVisible = person.canSeeGrowth;
  const isSelf = user?.person?.id === person.id;
  // A person's plan and time off: the person, their manager chain (canEditGrowth) and admins.
  const timeVisible = isSelf || person.canEditGrowth || user?.role === 'ADMIN';
  const tabs: PersonTab[] = [
    'profile',
    ...(growthVisible ? growthTabs : []),
    ...(timeVisible ? (['time'] as const) : []),
  ];
  const tab = tabs.find((item) => item === params.get('tab')) ?? 'profile';
  const accessNote = profileAccessNote({
    personName: person.name,
    canSeeDetails: person.canSeeDetails,
    canSeeGrowth: person.canSeeGrowth,
    isSelf,
    role: user?.role,
  });

  const header = (
    <PageHeader
      title={person.name}
      description={person.title}
      actions={
        // The profile's own action: the growth tabs have theirs (rate, new goal, add evidence).
        person.canEdit && tab === 'profile' ? (
          <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={open}>
            Edit
          </Button>
        ) : null
      }
    />
  );

  return (
    <>
      {header}
      {tabs.length > 1 ? (
        <Tabs
          value={tab}
          onChange={(value) => {
            const next = tabs.find((item) => item === value);
            if (next) setParams(next === 'profile' ? {} : { tab: next }, { replace: true });
          }}
          keepMounted={false}
        >
          <Tabs.List aria-label={`Sections of ${person.name}'s page`} mb="lg">
            <Tabs.Tab value="profile" leftSection={<IconUser size={16} aria-hidden />}>
              Profile
            </Tabs.Tab>
            {growthVisible ? (
              <>
                <Tabs.Tab value="growth" leftSection={<IconChartRadar size={16} aria-hidden />}>
                  Growth
                </Tabs.Tab>
                <Tabs.Tab value="goals" leftSection={<IconTarget size={16} aria-hidden />}>
                  Goals
                </Tabs.Tab>
                <Tabs.Tab value="evidence" leftSection={<IconFileText size={16} aria-hidden />}>
                  Evidence
                </Tabs.Tab>
              </>
            ) : null}
            {timeVisible ? (
              <Tabs.Tab value="time" leftSection={<IconCalendarTime size={16} aria-hidden />}>
                Time
              </Tabs.Tab>
            ) : null}
          </Tabs.List>
          <Tabs.Panel value="profile">
            <Stack gap="lg">
              {accessNote ? (
                <Alert variant="light" color="gray" icon={<IconEye size={18} aria-hidden />} title="What you see here">
                  {accessNote}
                </Alert>
              ) : null}
              <PersonProfile person={person} />
              {isSelf ? <RecordReadsCard /> : null}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="growth">
            <PersonGrowthPanel
              personId={person.id}
              personName={person.name}
              levelName={person.level ?? ''}
              managerName={person.manager?.name ?? null}
            />
          </Tabs.Panel>
          <Tabs.Panel value="goals">
            <PersonGoalsPanel
              personId={person.id}
              personName={person.name}
              canEdit={person.canEditGrowth}
              isSelf={isSelf}
            />
          </Tabs.Panel>
          <Tabs.Panel value="evidence">
            <PersonEvidencePanel
              personId={person.id}
              personName={person.name}
              canEdit={person.canEditGrowth}
              isSelf={isSelf}
            />
          </Tabs.Panel>
          {/* Mounted only when chosen (keepMounted is off): the plan is read when the tab opens. */}
          <Tabs.Panel value="time">
            <PersonTimePanel
              personId={person.id}
              personName={person.name}
              teamId={person.team?.id ?? null}
              isSelf={isSelf}
              noteVisible={isSelf || person.canEditGrowth}
              canEditCalendar={person.canEdit}
            />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <Stack gap="lg">
          {accessNote ? (
            <Alert variant="light" color="gray" icon={<IconEye size={18} aria-hidden />} title="What you see here">
              {accessNote}
            </Alert>
          ) : null}
          <PersonProfile person={person} />
        </Stack>
      )}
      {person.canEdit ? (
        <PersonEditDialog person={person} opened={editing} onClose={close} onReload={() => refetch()} />
      ) : null}
    </>
  );
}
