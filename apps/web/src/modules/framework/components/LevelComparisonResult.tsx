import { Stack, Text } from '@mantine/core';
import type { LevelComparisonDetailFragment } from '@web/generated/graphql';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { formatChangeSummary, groupRowsByArea } from '../utils/frameworkView';
import { ComparisonTable } from './ComparisonTable';

export function LevelComparisonResult({ comparison }: { comparison: LevelComparisonDetailFragment }) {
  if (comparison.rows.length === 0) {
    return <EmptyMessage title="Nothing to compare" description="These levels have no competencies in common." />;
  }
  return (
    <Stack gap="lg">
      <Text fw={600} role="status">
        {comparison.from.name} → {comparison.to.name}:{' '}
        {formatChangeSummary(comparison.changedCount, comparison.rows.length)}
      </Text>
      {groupRowsByArea(comparison.rows).map((group) => (
        <ComparisonTable
          key={group.areaKey}
          group={group}
          fromName={comparison.from.name}
          toName={comparison.to.name}
        />
      ))}
    </Stack>
  );
}
