import { Alert, Button, Card, Group, List, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconCircleCheck, IconInfoCircle, IconScale } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CalibrationGroupFieldsFragment } from '@web/generated/graphql';
import { AdjustReadinessModal } from '@web/modules/review-reports/components/AdjustReadinessModal';
import { CalibrationGroupsTable } from '@web/modules/review-reports/components/CalibrationGroupsTable';
import { CalibrationReviewsTable } from '@web/modules/review-reports/components/CalibrationReviewsTable';
import { LeniencyChart } from '@web/modules/review-reports/components/LeniencyChart';
import { OutlierBadge } from '@web/modules/review-reports/components/OutlierBadge';
import { useCalibrateReadiness } from '@web/modules/review-reports/hooks/useCalibrateReadiness';
import { useCycleCalibration } from '@web/modules/review-reports/hooks/useCycleCalibration';
import { formatGap, gapWords, READINESS_LABEL } from '@web/modules/review-reports/utils/format';
import { outliers } from '@web/modules/review-reports/utils/leniency';
import { filterReviews, reviewFilterOptions, type ReviewFilter } from '@web/modules/review-reports/utils/reviewFilter';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { AccessDeniedContent, NotFoundContent } from '@web/shared/components/StatusContent';
import { hasErrorCode } from '@web/shared/graphql/errors';
import { reviewReportPath, reviewsPath } from '@web/shared/routes';

type GroupBy = 'manager' | 'team';

const GROUP_BY_OPTIONS = [
  { value: 'manager', label: 'By manager' },
  { value: 'team', label: 'By team' },
];

/** Said when the API refuses the page: a member's or an admin's view has no reach to calibrate. */
export const CALIBRATION_FORBIDDEN = 'Calibration is for managers, over the people they reach.';

/**
 * /reviews/cycles/:cycleId/calibration: readiness calls and manager ratings against the level, per
 * manager and per team, each against the mean of the viewer's reach — who rates differently shows
 * first — and the reviews behind them, which a director may adjust (with a reason) while the cycle
 * is open.
 */
export function CalibrationPage() {
  const { cycleId = '' } = useParams();
  const { calibration, error, refetch } = useCycleCalibration(cycleId);
  const { calibrate, saving } = useCalibrateReadiness();
  const [groupBy, setGroupBy] = useState<GroupBy>('manager');
  const [adjustingId, setAdjustingId] = useState<string | null>(null);
  const [filter, setFilter] = useState<ReviewFilter>('all');
  const [saved, setSaved] = useState<string | null>(null);

  if (!calibration) {
    if (hasErrorCode(error, 'FORBIDDEN')) {
      return <AccessDeniedContent message={CALIBRATION_FORBIDDEN} />;
    }
    if (!cycleId || hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
      return <NotFoundContent message="There is no such review cycle, or it is not in your organization." />;
    }
    return (
      <>
        <PageHeader title="Calibration" documentTitle="Loading calibration" />
        {error ? (
          <QueryError title="Could not load the calibration" error={error} onRetry={() => refetch()} />
        ) : (
          <LoadingState label="Loading the calibration" rows={8} />
        )}
      </>
    );
  }

  const groups = groupBy === 'manager' ? calibration.byManager : calibration.byTeam;
  const noun = groupBy === 'manager' ? 'managers' : 'teams';
  const adjusting = calibration.reviews.find((r) => r.reviewId === adjustingId) ?? null;

  return (
    <>
      <PageHeader
        title={`Calibration — ${calibration.quarterLabel}`}
        description="Readiness calls and manager ratings against the level, per manager and per team, against the mean of the people you reach."
        actions={
          <>
            <Button component={Link} to={reviewsPath(cycleId)} variant="default" size="sm">
              All reviews
            </Button>
            <Button
              component={Link}
              to={reviewReportPath(cycleId)}
              variant="default"
              size="sm"
              leftSection={<IconChartBar size={16} aria-hidden />}
            >
              Team report
            </Button>
          </>
        }
      />
      {calibration.reviews.length === 0 ? (
        <EmptyMessage
          icon={<IconScale size={32} aria-hidden />}
          title="No reviews to calibrate"
          description="No one you reach has a review in this cycle. Reviews of the people who report to you, directly or through your managers, show here."
        />
      ) : (
        <Stack gap="lg">
          {saved ? (
            <Alert
              color="teal"
              variant="light"
              icon={<IconCircleCheck aria-hidden />}
              role="status"
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setSaved(null)}
            >
              {saved}
            </Alert>
          ) : null}
          <Card withBorder padding="lg" component="section" aria-labelledby="calibration-groups-title">
            <Stack gap="md">
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Title order={2} size="h4" id="calibration-groups-title">
                  Who rates differently?
                </Title>
                <SegmentedControl
                  aria-label="Compare"
                  data={GROUP_BY_OPTIONS}
                  value={groupBy}
                  onChange={(value) => setGroupBy(value as GroupBy)}
                />
              </Group>
              <ReachSummary reachAverageGap={calibration.reachAverageGap} groups={groups} noun={noun} />
              <CalibrationGroupsTable
                groups={groups}
                groupLabel={groupBy === 'manager' ? 'Manager' : 'Team'}
                caption={`${groupBy === 'manager' ? 'Managers' : 'Teams'}, furthest from the reach’s mean first`}
              />
              <LeniencyChart groups={groups} noun={noun} />
            </Stack>
          </Card>
          <Card withBorder padding="lg" component="section" aria-labelledby="calibration-reviews-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="calibration-reviews-title">
                Reviews
              </Title>
              <Text size="sm" c="dimmed">
                {calibration.canAdjust
                  ? 'Readiness is the share of the next level’s expectations met. Adjust a manager’s call with a reason; it is kept on the review.'
                  : 'Readiness is the share of the next level’s expectations met.'}
              </Text>
              <Select
                label="Show"
                w={300}
                maw="100%"
                data={reviewFilterOptions(calibration.reviews)}
                value={filter}
                allowDeselect={false}
                onChange={(value) => setFilter((value as ReviewFilter | null) ?? 'all')}
              />
              <CalibrationReviewsTable
                reviews={filterReviews(calibration.reviews, filter)}
                canAdjust={calibration.canAdjust}
                onAdjust={(review) => {
                  setSaved(null);
                  setAdjustingId(review.reviewId);
                }}
              />
            </Stack>
          </Card>
        </Stack>
      )}
      <AdjustReadinessModal
        review={calibration.canAdjust ? adjusting : null}
        saving={saving}
        onClose={() => setAdjustingId(null)}
        onReload={() => refetch()}
        onSave={async (input) => {
          await calibrate(input);
          const name = adjusting?.person.name ?? 'the person';
          setSaved(`The readiness of ${name} is now ${READINESS_LABEL[input.readiness]}.`);
        }}
      />
    </>
  );
}

/** The reach's mean and the raters far from it, in words, before the table. */
function ReachSummary({
  reachAverageGap,
  groups,
  noun,
}: {
  reachAverageGap: number | null;
  groups: readonly CalibrationGroupFieldsFragment[];
  noun: string;
}) {
  if (reachAverageGap === null) {
    return (
      <Alert color="indigo" variant="light" icon={<IconInfoCircle aria-hidden />} title="No manager ratings yet">
        Once managers rate their people this quarter, each {noun === 'managers' ? 'manager' : 'team'} shows against the
        mean of your reach.
      </Alert>
    );
  }
  const far = outliers(groups);
  return (
    <Stack gap={6}>
      <Text size="sm">
        {`Across your reach, manager ratings average ${formatGap(reachAverageGap)} against the level (${gapWords(reachAverageGap)}). `}
        {far.length === 0
          ? `No ${noun.slice(0, -1)} rates far from that: all are within half a level of it, or have fewer than six ratings to tell.`
          : `Half a level or more from it, over six ratings or more:`}
      </Text>
      {far.length > 0 ? (
        <List size="sm" spacing={4} aria-label={`Outlying ${noun}`}>
          {far.map((g) => (
            <List.Item key={g.key}>
              <Group gap="xs" wrap="wrap">
                <OutlierBadge outlier={g.outlier} />
                <Text size="sm" span>
                  {`${g.name}: ${formatGap(g.againstReach)} (${gapWords(g.againstReach, 'the reach’s mean')})`}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}

export default CalibrationPage;
