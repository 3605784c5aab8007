import { Anchor, Button, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconDownload, IconScale } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { AreaTrendChart } from '@web/modules/review-reports/components/AreaTrendChart';
import { CompetencyChangesTable } from '@web/modules/review-reports/components/CompetencyChangesTable';
import { CoverageLists } from '@web/modules/review-reports/components/CoverageLists';
import { DevelopmentChart } from '@web/modules/review-reports/components/DevelopmentChart';
import { QuarterPaceTable } from '@web/modules/review-reports/components/QuarterPaceTable';
import { ReadinessTrendChart } from '@web/modules/review-reports/components/ReadinessTrendChart';
import { TeamReportPeopleTable } from '@web/modules/review-reports/components/TeamReportPeopleTable';
import { useCycleTeamReport } from '@web/modules/review-reports/hooks/useCycleTeamReport';
import { teamReportCsvPath, teamReportPdfPath } from '@web/modules/review-reports/utils/exportPaths';
import { formatPercent } from '@web/modules/review-reports/utils/format';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { AccessDeniedContent, NotFoundContent } from '@web/shared/components/StatusContent';
import { hasErrorCode } from '@web/shared/graphql/errors';
import { reviewCalibrationPath, reviewsPath } from '@web/shared/routes';

/** Said when the API refuses the page: a member's or an admin's view has no reach to report on. */
export const TEAM_REPORT_FORBIDDEN = 'The team report is for managers, over the people they reach.';

/**
 * /reviews/cycles/:cycleId/report: the quarter of the viewer's reach against the quarters before
 * it — highlights, ratings by area, development against the target, readiness calls, goals and
 * one-on-one cadence, coverage gained and lost, and each person's figures (also as CSV and PDF).
 */
export function TeamReportPage() {
  const { cycleId = '' } = useParams();
  const { report, error, refetch } = useCycleTeamReport(cycleId);

  if (!report) {
    if (hasErrorCode(error, 'FORBIDDEN')) {
      return <AccessDeniedContent message={TEAM_REPORT_FORBIDDEN} />;
    }
    if (!cycleId || hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
      return <NotFoundContent message="There is no such review cycle, or it is not in your organization." />;
    }
    return (
      <>
        <PageHeader title="Team report" documentTitle="Loading team report" />
        {error ? (
          <QueryError title="Could not load the team report" error={error} onRetry={() => refetch()} />
        ) : (
          <LoadingState label="Loading the team report" rows={8} />
        )}
      </>
    );
  }

  const quarters = report.quarters;
  const span =
    quarters.length > 1 ? `${quarters[0].label} to ${quarters[quarters.length - 1].label}` : report.quarterLabel;

  return (
    <>
      <PageHeader
        title={`Team report — ${report.quarterLabel}`}
        description={`The people you reach, quarter by quarter (${span}). Development target: ${formatPercent(report.developmentTarget)} of their time.`}
        actions={
          <>
            <Button
              component="a"
              href={teamReportCsvPath(cycleId)}
              download
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Export CSV
            </Button>
            <Button
              component="a"
              href={teamReportPdfPath(cycleId)}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Export PDF
            </Button>
            <Button
              component={Link}
              to={reviewCalibrationPath(cycleId)}
              variant="default"
              leftSection={<IconScale size={16} aria-hidden />}
            >
              Calibration
            </Button>
          </>
        }
      />
      {report.people.length === 0 ? (
        <EmptyMessage
          icon={<IconChartBar size={32} aria-hidden />}
          title="No one to report on"
          description={
            <>
              No one you reach has a review in this cycle.{' '}
              <Anchor component={Link} to={reviewsPath(cycleId)} underline="always" inherit>
                Back to the reviews
              </Anchor>
            </>
          }
        />
      ) : (
        <Stack gap="lg">
          <Section id="report-highlights-title" title="Highlights">
            {report.highlights.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing stands out this quarter.
              </Text>
            ) : (
              <List spacing={6} size="sm" aria-labelledby="report-highlights-title">
                {report.highlights.map((h) => (
                  <List.Item key={h}>{h}</List.Item>
                ))}
              </List>
            )}
          </Section>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <Section
              id="report-areas-title"
              title="Ratings against the level, by area"
              caption="The average manager rating against each person’s level (0 meets it), quarter by quarter."
            >
              <AreaTrendChart quarters={quarters} />
            </Section>
            <Section
              id="report-development-title"
              title="Time on development"
              caption={`Each person’s share of work on development this quarter, against the ${formatPercent(report.developmentTarget)} target.`}
            >
              <DevelopmentChart people={report.people} target={report.developmentTarget} />
            </Section>
            <Section
              id="report-readiness-title"
              title="Readiness calls"
              caption="The managers’ readiness calls, quarter by quarter."
            >
              <ReadinessTrendChart quarters={quarters} />
            </Section>
            <Section
              id="report-pace-title"
              title="Quarter by quarter"
              caption="Goals finished, one-on-one cadence kept (of the people with a series) and development time."
            >
              <QuarterPaceTable quarters={quarters} />
            </Section>
          </SimpleGrid>
          <Section
            id="report-changes-title"
            title="The heatmap since last quarter"
            caption="The competencies whose mean rating against the level moved most across the people you reach."
          >
            <CompetencyChangesTable changes={report.competencyChanges} />
          </Section>
          <Section
            id="report-coverage-title"
            title="Coverage since last quarter"
            caption="Competencies that someone you reach meets at their level or above."
          >
            <CoverageLists gained={report.coverageGained} lost={report.coverageLost} comparable={quarters.length > 1} />
          </Section>
          <Section
            id="report-people-title"
            title="People"
            caption="Each person’s quarter; the CSV has the same figures."
          >
            <TeamReportPeopleTable people={report.people} target={report.developmentTarget} />
          </Section>
        </Stack>
      )}
    </>
  );
}

function Section({
  id,
  title,
  caption,
  children,
}: {
  id: string;
  title: string;
  caption?: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id} style={{ minWidth: 0 }}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {caption ? (
            <Text size="sm" c="dimmed">
              {caption}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

export default TeamReportPage;
