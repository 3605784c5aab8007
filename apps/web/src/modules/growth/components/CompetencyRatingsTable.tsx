import { Badge, Paper, ScrollArea, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PersonGrowthFieldsFragment } from '@web/generated/graphql';
import {
  type AreaGroup,
  type AssessmentView,
  type CompetencyRow,
  differsLabel,
  groupByArea,
  levelsApart,
} from '../utils/growthView';
import classes from './growth.module.css';

function Rating({ rating, emptyText }: { rating: AssessmentView | null; emptyText: string }) {
  if (!rating) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {emptyText}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {rating.ratingName}
      </Text>
      {rating.comment ? (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
          {rating.comment}
        </Text>
      ) : null}
    </Stack>
  );
}

function Previous({ row, viewerIsManager }: { row: CompetencyRow; viewerIsManager: boolean }) {
  if (!row.previousSelf && !row.previousManager) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        No ratings
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm">Self: {row.previousSelf?.ratingName ?? 'not rated'}</Text>
      <Text size="sm">
        Manager: {row.previousManager?.ratingName ?? (viewerIsManager ? 'not rated' : 'none shared')}
      </Text>
    </Stack>
  );
}

interface AreaTableProps {
  group: AreaGroup;
  growth: PersonGrowthFieldsFragment;
}

function AreaTable({ group, growth }: AreaTableProps) {
  const headingId = `growth-area-${group.areaKey}`;
  const managerEmpty = growth.managerRatingsVisible ? 'Not rated' : 'Not shared yet';
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {group.areaName}
        </Title>
        <ScrollArea type="auto" offsetScrollbars>
          <Table aria-labelledby={headingId} miw={820} layout="fixed" highlightOnHover={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="34%">
                  Competency and expectation{growth.level ? ` at ${growth.level.name}` : ''}
                </Table.Th>
                <Table.Th scope="col">Self</Table.Th>
                <Table.Th scope="col">Manager</Table.Th>
                <Table.Th scope="col" w="19%">
                  Previous quarter ({growth.previousQuarter.label})
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.competencies.map((row) => {
                const apart = levelsApart(row.self, row.manager);
                return (
                  <Table.Tr
                    key={row.competencyKey}
                    className={row.disagreement ? classes.disagreementRow : undefined}
                    data-disagreement={row.disagreement ? 'true' : undefined}
                  >
                    <Table.Th scope="row" fw={400} style={{ verticalAlign: 'top' }}>
                      <Stack gap={4} align="flex-start">
                        <Text size="sm" fw={600}>
                          {row.competencyName}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {row.expectation ?? 'No expectation at this level.'}
                        </Text>
                        {row.disagreement ? (
                          <Badge size="sm" radius="sm" tt="none" className={classes.disagreementBadge}>
                            {differsLabel(apart)}
                          </Badge>
                        ) : null}
                      </Stack>
                    </Table.Th>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Rating rating={row.self} emptyText="Not rated" />
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Rating rating={row.manager} emptyText={managerEmpty} />
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Previous row={row} viewerIsManager={growth.canManagerAssess} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Stack>
    </Paper>
  );
}

type Shown = 'all' | 'disagreements';

/**
 * Every competency of the quarter by area: the expectation, both ratings with comments, last
 * quarter. Where self and manager disagree, the list can be narrowed to those competencies.
 */
export function CompetencyRatingsTable({ growth }: { growth: PersonGrowthFieldsFragment }) {
  const [shown, setShown] = useState<Shown>('all');
  const disagreements = growth.competencies.filter((row) => row.disagreement).length;
  const narrowed = shown === 'disagreements' && disagreements > 0;
  const groups = groupByArea(growth.competencies)
    .map((group) =>
      narrowed ? { ...group, competencies: group.competencies.filter((row) => row.disagreement) } : group,
    )
    .filter((group) => group.competencies.length > 0);
  return (
    <Stack gap="md">
      {disagreements > 0 ? (
        <SegmentedControl
          aria-label="Competencies shown"
          value={narrowed ? 'disagreements' : 'all'}
          onChange={(value) => setShown(value as Shown)}
          data={[
            { value: 'all', label: `All competencies (${growth.competencies.length})` },
            { value: 'disagreements', label: `Disagreements only (${disagreements})` },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      {groups.map((group) => (
        <AreaTable key={group.areaKey} group={group} growth={growth} />
      ))}
    </Stack>
  );
}
