import { Badge, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { useCompetencyDetail } from '../hooks/useCompetencyDetail';
import { cellSymbol, gapClass, gapPhrase, sourceLabel } from '../utils/heatmapView';
import { personPath } from '@web/shared/routes';
import { CompetencyDetailContent } from './CompetencyDetailContent';
import type { HeatmapSelection } from './GrowthHeatmap';
import classes from './GrowthHeatmap.module.css';

interface CompetencyDetailDrawerProps {
  selection: HeatmapSelection | null;
  quarter: string;
  onClose: () => void;
}

/** What stands behind one heatmap cell: the expectation, both ratings and the evidence. */
export function CompetencyDetailDrawer({ selection, quarter, onClose }: CompetencyDetailDrawerProps) {
  const { detail, error, refetch } = useCompetencyDetail(
    selection ? { personId: selection.row.person.id, competencyKey: selection.competency.key, quarter } : null,
  );
  const person = selection?.row.person;
  const cell = selection?.cell;

  return (
    <Drawer.Root opened={selection !== null} onClose={onClose} position="right" size="lg">
      <Drawer.Overlay />
      <Drawer.Content>
        {/* A div, not Mantine's <header>: a second banner landmark would confuse screen readers. */}
        <Drawer.Header component="div">
          <Drawer.Title fw={650} fz="lg">
            {selection ? `${selection.competency.name}: ${selection.row.person.name}` : 'Competency'}
          </Drawer.Title>
          <Drawer.CloseButton aria-label="Close details" />
        </Drawer.Header>
        <Drawer.Body>
          {selection && person && cell ? (
            <Stack gap="lg">
              <Group gap="sm" wrap="nowrap" align="center">
                <span
                  className={classes.swatch}
                  data-gap={gapClass(cell)}
                  data-source={cell.source ?? undefined}
                  aria-hidden
                >
                  {cellSymbol(cell)}
                </span>
                <Text size="sm">
                  {cell.rating ? (
                    <>
                      <Text span fw={650}>
                        {cell.ratingName ?? cell.rating}
                      </Text>
                      {` (${sourceLabel(cell.source)} rating)`}
                      {cell.gap !== null ? `, ${gapPhrase(cell.gap, person.level ?? 'their level')}` : ''}
                    </>
                  ) : (
                    'Not rated this quarter'
                  )}
                </Text>
                <Badge variant="outline" color="gray.8" ml="auto" style={{ flexShrink: 0 }}>
                  {selection.competency.areaName}
                </Badge>
              </Group>
              {error && !detail ? (
                <QueryError title="Could not load the details" error={error} onRetry={() => refetch()} />
              ) : !detail ? (
                <LoadingState label="Loading the ratings and evidence" rows={5} />
              ) : (
                <CompetencyDetailContent detail={detail} personName={person.name} levelName={person.level ?? ''} />
              )}
              <Group>
                <Button
                  component={Link}
                  to={personPath(person.id, 'growth')}
                  variant="light"
                  rightSection={<IconArrowRight size={16} aria-hidden />}
                >
                  {`Open ${person.name}'s growth`}
                </Button>
              </Group>
            </Stack>
          ) : null}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
