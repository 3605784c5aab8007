import { useQuery } from '@apollo/client/react';
import { Alert, Card, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { personPath, projectPath } from '@web/shared/routes';
import { skillCoverageQuery } from '../graphql/skillCoverageQuery';

/**
 * Skill coverage for a manager: what the work needs that one person or nobody they reach holds
 * at the level asked, and projects that would lose a needed competency with one person.
 */
export function SkillCoveragePanel({ teamId }: { teamId?: string | null }) {
  const query = useQuery(skillCoverageQuery, { variables: { teamId: teamId ?? null } });
  const coverage = query.data?.skillCoverage;
  return (
    <Card component="section" aria-labelledby="skill-coverage" withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4" id="skill-coverage">
          Skill coverage
        </Title>
        <Text size="sm" c="dimmed">
          Competencies the open work needs, held at the level asked by one of your people or none, by their latest
          manager ratings.
        </Text>
        {!coverage && query.error ? (
          <QueryError title="Could not load skill coverage" error={query.error} onRetry={() => query.refetch()} />
        ) : !coverage ? (
          <LoadingState label="Loading skill coverage" rows={3} />
        ) : coverage.thin.length === 0 && coverage.risks.length === 0 ? (
          <Alert
            color="teal"
            variant="light"
            icon={<IconShieldCheck aria-hidden />}
            title={
              <Text span fw={700} size="sm" c="dark.8">
                Covered
              </Text>
            }
          >
            Every competency the work needs is held by two or more of your people.
          </Alert>
        ) : (
          <>
            {coverage.thin.length ? (
              <List spacing={6} size="sm" aria-label="Thinly held competencies">
                {coverage.thin.map((c) => (
                  <List.Item key={c.competencyKey}>
                    <Text span fw={600} size="sm">
                      {c.name}
                    </Text>
                    {': '}
                    {c.holders.length === 0 ? (
                      <Text span c="red.9" size="sm" fw={600}>
                        nobody holds it
                      </Text>
                    ) : (
                      <>
                        only{' '}
                        <RouterAnchor to={personPath(c.holders[0].id)} size="sm">
                          {c.holders[0].name}
                        </RouterAnchor>
                      </>
                    )}{' '}
                    — needed by {c.projects.map((p) => p.name).join(', ')}
                  </List.Item>
                ))}
              </List>
            ) : null}
            {coverage.risks.length ? <ProjectRiskList risks={coverage.risks} showProject /> : null}
          </>
        )}
      </Stack>
    </Card>
  );
}

type Risk = NonNullable<ReturnType<typeof useRisks>>[number];

function useRisks(projectId: string) {
  const query = useQuery(skillCoverageQuery, { variables: { teamId: null } });
  return query.data?.skillCoverage.risks.filter((r) => r.projectId === projectId);
}

function ProjectRiskList({ risks, showProject }: { risks: Risk[]; showProject: boolean }) {
  return (
    <List spacing={6} size="sm" aria-label="Projects resting on one person">
      {risks.map((r) => (
        <List.Item key={`${r.projectId}-${r.competencyKey}`} icon={<IconAlertTriangle size={16} aria-hidden />}>
          {showProject ? (
            <>
              <RouterAnchor to={projectPath(r.projectId)} size="sm" fw={600}>
                {r.projectName}
              </RouterAnchor>
              {': '}
            </>
          ) : null}
          {r.name}{' '}
          {r.restsOn ? (
            <>
              rests on{' '}
              <RouterAnchor to={personPath(r.restsOn.id)} size="sm">
                {r.restsOn.name}
              </RouterAnchor>{' '}
              alone
            </>
          ) : (
            'is held by nobody on it'
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** A project's own coverage warnings, shown on its page to managers; nothing when it is covered. */
export function SkillRisks({ projectId }: { projectId: string }) {
  const risks = useRisks(projectId);
  if (!risks || risks.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={
        <Text span fw={700} size="sm" c="dark.8">
          Bus factor of one
        </Text>
      }
      aria-label="Skill coverage warnings"
    >
      <ProjectRiskList risks={risks} showProject={false} />
    </Alert>
  );
}
