import { Group, Paper, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import type { FrameworkDetailFragment } from '@web/generated/graphql';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { useLevelComparison } from '../hooks/useLevelComparison';
import { defaultComparison, levelOptions } from '../utils/frameworkView';
import { LevelComparisonResult } from './LevelComparisonResult';

/** Any two levels side by side, competency by competency. */
export function LevelComparisonPanel({ framework }: { framework: FrameworkDetailFragment }) {
  const [from, setFrom] = useState(() => defaultComparison(framework).from);
  const [to, setTo] = useState(() => defaultComparison(framework).to);
  const { comparison, error, refetch } = useLevelComparison(from, to);
  const options = levelOptions(framework);

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Group gap="lg" align="flex-end">
          <Select
            label="From level"
            data={options}
            value={from}
            onChange={(value) => value && setFrom(value)}
            allowDeselect={false}
            w={260}
          />
          <Select
            label="To level"
            data={options}
            value={to}
            onChange={(value) => value && setTo(value)}
            allowDeselect={false}
            w={260}
          />
        </Group>
      </Paper>
      {!from || !to ? null : error && !comparison ? (
        <QueryError title="Could not compare the levels" error={error} onRetry={() => refetch()} />
      ) : !comparison ? (
        <LoadingState label="Comparing levels" rows={6} />
      ) : (
        <LevelComparisonResult comparison={comparison} />
      )}
    </Stack>
  );
}
