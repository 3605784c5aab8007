import { Alert, Button, Card, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconChartRadar, IconClock, IconEyeOff, IconLock, IconStarFilled } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AssessmentSource, PersonGrowthFieldsFragment } from '@web/generated/graphql';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { hasErrorCode } from '@web/shared/graphql/errors';
import { usePersonGrowth } from '../hooks/usePersonGrowth';
import { firstName, hasAnyRating } from '../utils/growthView';
import { CompetencyRatingsTable } from './CompetencyRatingsTable';
import { GrowthSummary } from './GrowthSummary';
import { RatingFlow } from './RatingFlow';
import { ShareRatingsControl } from './ShareRatingsControl';
import classes from './growth.module.css';

// The radar brings recharts (about 100 KB compressed): its own chunk, loaded after the page.
const GrowthRadar = lazy(() => import('./GrowthRadar').then((m) => ({ default: m.GrowthRadar })));

interface PersonGrowthPanelProps {
  personId: string;
  personName: string;
  /** The person's level as their profile names it. */
  levelName: string;
  /** Their manager's name, for "not shared yet" sentences; null without a manager. */
  managerName: string | null;
}

function emptyDescription(growth: PersonGrowthFieldsFragment, first: string): string {
  if (growth.canSelfAssess) {
    return 'Rate yourself against what your level expects, competency by competency. The radar appears with your first ratings.';
  }
  if (growth.canManagerAssess) {
    return `The radar appears once ${first} or you rate a competency for this quarter.`;
  }
  return 'The radar appears with the first ratings of this quarter.';
}

/** The Growth tab: a quarter's ratings as a radar, a summary and a table, and the rating flows. */
export function PersonGrowthPanel({ personId, personName, levelName, managerName }: PersonGrowthPanelProps) {
  const [params, setParams] = useSearchParams();
  const quarter = params.get('quarter');
  const { growth, variables, error, refetch } = usePersonGrowth(personId, quarter);
  const [flow, setFlow] = useState<AssessmentSource | null>(null);
  const [area, setArea] = useState<string | null>(null);
  const first = firstName(personName);

  // Home's "Rate yourself" links here with ?rate=self: the flow opens once, and the address forgets it.
  const rateAsked = params.get('rate') === 'self';
  useEffect(() => {
    if (!rateAsked || !growth) return;
    if (growth.canSelfAssess && growth.writable) setFlow('SELF');
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('rate');
        return next;
      },
      { replace: true },
    );
  }, [rateAsked, growth, setParams]);

  const chooseQuarter = (key: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (key) next.set('quarter', key);
        else next.delete('quarter');
        return next;
      },
      { replace: true },
    );
  };

  if (!growth) {
    if (hasErrorCode(error, 'FORBIDDEN')) {
      return (
        <EmptyMessage
          icon={<IconLock size={32} aria-hidden />}
          title="Growth records are private"
          description={`Only ${first} and their manager chain see their ratings.`}
        />
      );
    }
    if (quarter && hasErrorCode(error, 'BAD_USER_INPUT')) {
      return (
        <Alert color="red" variant="light" title="There is no such quarter" role="alert">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">“{quarter}” is not a quarter Trellis knows.</Text>
            <Button size="xs" variant="default" onClick={() => chooseQuarter(null)}>
              Show the current quarter
            </Button>
          </Stack>
        </Alert>
      );
    }
    if (error) {
      return <QueryError title="Could not load the ratings" error={error} onRetry={() => refetch()} />;
    }
    return <LoadingState label="Loading the ratings" rows={6} />;
  }

  const managerWord = managerName ? firstName(managerName) : 'Your manager';
  const rated = hasAnyRating(growth);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <Group align="flex-end" gap="md">
          <Select
            label="Quarter"
            data={growth.quarters.map((q) => ({ value: q.key, label: q.label }))}
            value={growth.quarter.key}
            onChange={(value) => value && chooseQuarter(value)}
            allowDeselect={false}
            w={180}
            comboboxProps={{ withinPortal: true }}
          />
          {!growth.writable ? (
            <Group gap={6} pb={8}>
              <IconClock size={16} aria-hidden color="var(--mantine-color-gray-7)" />
              <Text size="sm" c="dimmed">
                Ratings for {growth.quarter.label} are closed.
              </Text>
            </Group>
          ) : null}
        </Group>
        <Group gap="sm">
          {growth.canSelfAssess && growth.writable ? (
            <Button leftSection={<IconStarFilled size={16} aria-hidden />} onClick={() => setFlow('SELF')}>
              Rate yourself
            </Button>
          ) : null}
          {growth.canManagerAssess && growth.writable ? (
            <Button leftSection={<IconStarFilled size={16} aria-hidden />} onClick={() => setFlow('MANAGER')}>
              {`Rate ${first}`}
            </Button>
          ) : null}
        </Group>
      </Group>

      {growth.canManagerAssess ? (
        <ShareRatingsControl growth={growth} personName={personName} view={variables} />
      ) : null}
      {!growth.managerRatingsVisible && !growth.canManagerAssess ? (
        <Paper withBorder p="md">
          <Group gap="sm" wrap="nowrap">
            <IconEyeOff size={18} aria-hidden color="var(--mantine-color-gray-7)" />
            <Text size="sm">
              {managerWord}&apos;s ratings for {growth.quarter.label} are not shared with you yet. You will see them
              here once {managerName ? 'they share' : 'your manager shares'} them.
            </Text>
          </Group>
        </Paper>
      ) : null}

      <GrowthSummary growth={growth} levelName={levelName} managerName={managerName} />

      <Card component="section" aria-labelledby="growth-radar-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="growth-radar-heading">
            Areas at a glance
          </Title>
          {rated ? (
            <Suspense fallback={<LoadingState label="Drawing the radar" rows={4} />}>
              <GrowthRadar
                growth={growth}
                personName={personName}
                selectedArea={area}
                onSelectArea={(key) => {
                  setArea(key);
                  if (key) document.getElementById('growth-table-heading')?.scrollIntoView({ block: 'start' });
                }}
              />
            </Suspense>
          ) : (
            <EmptyMessage
              icon={<IconChartRadar size={32} aria-hidden />}
              title={`No ratings for ${growth.quarter.label} yet`}
              description={emptyDescription(growth, first)}
            />
          )}
        </Stack>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="growth-table-heading">
        <Title order={2} size="h4" id="growth-table-heading" className={classes.tableHeading}>
          Ratings by area
        </Title>
        <CompetencyRatingsTable growth={growth} area={area} onClearArea={() => setArea(null)} />
      </Stack>

      {flow ? (
        <RatingFlow
          growth={growth}
          source={flow}
          personName={personName}
          view={variables}
          onClose={() => setFlow(null)}
          onReload={async () => (await refetch()).data?.personGrowth}
        />
      ) : null}
    </Stack>
  );
}
