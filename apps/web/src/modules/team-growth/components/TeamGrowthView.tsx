import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { teamGrowthPath } from '@web/shared/routes';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { AccessDeniedContent } from '@web/shared/components/StatusContent';
import { getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { useTeamGrowth } from '../hooks/useTeamGrowth';
import { summarize } from '../utils/heatmapView';
import { CompetencyDetailDrawer } from './CompetencyDetailDrawer';
import { GrowthHeatmap, type HeatmapSelection } from './GrowthHeatmap';
import { HeatmapLegend } from './HeatmapLegend';
import { TeamGrowthFilters } from './TeamGrowthFilters';

interface TeamGrowthViewProps {
  teamId: string | null;
  quarter: string | null;
  onFiltersChange: (filters: { teamId: string | null; quarter: string | null }) => void;
}

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="lg" lh={1.3}>
        {value}
      </Text>
    </div>
  );
}

export function TeamGrowthView({ teamId, quarter, onFiltersChange }: TeamGrowthViewProps) {
  const { teamGrowth, previous, error, refetch } = useTeamGrowth(teamId, quarter);
  const [selection, setSelection] = useState<HeatmapSelection | null>(null);
  const summary = useMemo(() => (teamGrowth ? summarize(teamGrowth.rows) : undefined), [teamGrowth]);

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <AccessDeniedContent message={getUserMessage(error, 'Team growth is for managers.')} />;
  }

  let body;
  if (error && !teamGrowth) {
    body = hasErrorCode(error, 'BAD_USER_INPUT') ? (
      <Alert
        color="orange"
        variant="light"
        role="alert"
        title="Nothing to show for this choice"
        icon={<IconInfoCircle aria-hidden />}
      >
        <Text size="sm" mb="sm">
          {getUserMessage(error)}
        </Text>
        <Button component={Link} to={teamGrowthPath()} size="xs" variant="default">
          Show all my people this quarter
        </Button>
      </Alert>
    ) : (
      <QueryError title="Could not load the heatmap" error={error} onRetry={() => refetch()} />
    );
  } else if (!teamGrowth || !summary) {
    body = <LoadingState label="Loading the heatmap" rows={8} />;
  } else if (teamGrowth.rows.length === 0) {
    body = (
      <EmptyMessage
        icon={<IconUsers size={32} aria-hidden />}
        title={teamId ? 'No one in this team reports to you' : 'No one reports to you yet'}
        description={
          teamId
            ? 'Choose another team, or all your people.'
            : 'The people who report to you, directly or through other managers, will appear here.'
        }
      />
    );
  } else {
    body = (
      <Stack gap="md">
        <Group gap="xl" wrap="wrap">
          <Figure label="People" value={summary.people} />
          <Figure label="Cells rated" value={`${summary.rated} of ${summary.cells}`} />
          <Figure label="Below level" value={summary.below} />
          <Figure label="Disagreements" value={summary.disagreements} />
        </Group>
        {teamGrowth.totalPeople > teamGrowth.rows.length ? (
          <Alert
            color="indigo"
            variant="light"
            icon={<IconInfoCircle aria-hidden />}
            title="Showing part of your reach"
          >
            The heatmap shows the first {teamGrowth.rows.length} of {teamGrowth.totalPeople} people by name. Choose a
            team to see the others.
          </Alert>
        ) : null}
        {summary.rated === 0 ? (
          <Alert
            color="indigo"
            variant="light"
            icon={<IconInfoCircle aria-hidden />}
            title="No ratings this quarter yet"
          >
            Rate your people from their Growth tab: select a name in the heatmap below.
          </Alert>
        ) : null}
        <GrowthHeatmap
          quarterLabel={teamGrowth.quarter.label}
          competencies={teamGrowth.competencies}
          rows={teamGrowth.rows}
          onSelect={setSelection}
        />
        <HeatmapLegend />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <TeamGrowthFilters
        teamId={teamId}
        quarter={quarter}
        teamGrowth={teamGrowth ?? previous}
        onChange={(filters) => {
          setSelection(null);
          onFiltersChange(filters);
        }}
      />
      <Card component="section" aria-labelledby="heatmap-title">
        <Stack gap="md">
          <Title order={2} size="h4" id="heatmap-title">
            {teamGrowth ? `Competency heatmap, ${teamGrowth.quarter.label}` : 'Competency heatmap'}
          </Title>
          {body}
        </Stack>
      </Card>
      {teamGrowth ? (
        <CompetencyDetailDrawer
          selection={selection}
          quarter={teamGrowth.quarter.key}
          onClose={() => setSelection(null)}
        />
      ) : null}
    </Stack>
  );
}
