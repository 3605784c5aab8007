import { Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import type { FrameworkArea, FrameworkLevel } from '../utils/frameworkView';
import { CompetencyExpectation } from './CompetencyExpectation';
import { CompetencyLevelTable } from './CompetencyLevelTable';
import { RetiredBadge } from './RetiredBadge';

interface FrameworkAreaSectionProps {
  area: FrameworkArea;
  /** The chosen level, or every level of the track when showing them all. */
  levels: readonly FrameworkLevel[];
  showAllLevels: boolean;
}

export function FrameworkAreaSection({ area, levels, showAllLevels }: FrameworkAreaSectionProps) {
  const headingId = `framework-area-${area.key}`;
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2} size="h4" id={headingId}>
              {area.name}
            </Title>
            {area.retired ? <RetiredBadge /> : null}
          </Group>
          <Text size="sm" c="dimmed">
            {area.description}
          </Text>
        </Stack>
        {area.competencies.length === 0 ? (
          <Text size="sm" fs="italic" c="dimmed">
            No competencies in this area.
          </Text>
        ) : showAllLevels ? (
          <CompetencyLevelTable area={area} levels={levels} />
        ) : (
          area.competencies.map((competency, index) => (
            <Fragment key={competency.key}>
              {index > 0 ? <Divider /> : null}
              <CompetencyExpectation competency={competency} level={levels[0]} />
            </Fragment>
          ))
        )}
      </Stack>
    </Paper>
  );
}
