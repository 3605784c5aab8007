import { Group, Paper, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
import { IconBooks } from '@tabler/icons-react';
import { useState } from 'react';
import type { FrameworkDetailFragment } from '@web/generated/graphql';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { individualContributorTrack, visibleAreas, visibleLevels } from '../utils/frameworkView';
import { FrameworkAreaSection } from './FrameworkAreaSection';

interface FrameworkBrowserProps {
  framework: FrameworkDetailFragment;
  isAdmin: boolean;
}

/** The framework read by track and level, area by area. */
export function FrameworkBrowser({ framework, isAdmin }: FrameworkBrowserProps) {
  const initialTrack =
    framework.tracks.find((track) => track.key === individualContributorTrack) ?? framework.tracks[0];
  const [trackKey, setTrackKey] = useState(initialTrack?.key ?? '');
  const [levelKey, setLevelKey] = useState<string | null>(null);
  const [showAllLevels, setShowAllLevels] = useState(false);
  const [showRetired, setShowRetired] = useState(false);

  const track = framework.tracks.find((item) => item.key === trackKey) ?? initialTrack;
  const levels = visibleLevels(track, showRetired);
  const level = levels.find((item) => item.key === levelKey) ?? levels[0];
  const areas = visibleAreas(framework.areas, showRetired);

  if (framework.areas.length === 0 || framework.tracks.length === 0) {
    return (
      <Paper withBorder p="md">
        <EmptyMessage
          title="The framework is empty"
          description={
            isAdmin ? 'Import a framework YAML to describe your levels and competencies.' : 'Ask an admin to set it up.'
          }
          icon={<IconBooks size={32} aria-hidden />}
        />
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Stack gap="md">
          <Group align="flex-end" gap="lg" wrap="wrap">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="framework-track-label">
                Track
              </Text>
              <SegmentedControl
                aria-labelledby="framework-track-label"
                data={framework.tracks.map((item) => ({ value: item.key, label: item.name }))}
                value={track?.key ?? ''}
                onChange={(value) => {
                  setTrackKey(value);
                  setLevelKey(null);
                }}
              />
            </Stack>
            {showAllLevels ? null : (
              <Select
                label="Level"
                data={levels.map((item) => ({
                  value: item.key,
                  label: item.retired ? `${item.name} (retired)` : item.name,
                }))}
                value={level?.key ?? null}
                onChange={(value) => value && setLevelKey(value)}
                allowDeselect={false}
                w={240}
              />
            )}
          </Group>
          <Group gap="lg">
            <Switch
              label="Show all levels"
              checked={showAllLevels}
              onChange={(event) => setShowAllLevels(event.currentTarget.checked)}
            />
            <Switch
              label="Show retired"
              checked={showRetired}
              onChange={(event) => setShowRetired(event.currentTarget.checked)}
            />
          </Group>
          {level && !showAllLevels ? (
            <Text size="sm">
              <Text span fw={600} inherit>
                {level.name}:
              </Text>{' '}
              {level.summary}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            <Text span fw={600} inherit>
              {framework.belowExpectations.name}:
            </Text>{' '}
            {framework.belowExpectations.summary}
          </Text>
        </Stack>
      </Paper>
      {areas.map((area) => (
        <FrameworkAreaSection
          key={area.key}
          area={area}
          levels={showAllLevels ? levels : level ? [level] : []}
          showAllLevels={showAllLevels}
        />
      ))}
    </Stack>
  );
}
