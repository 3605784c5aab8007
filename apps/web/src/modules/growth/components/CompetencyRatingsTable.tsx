import { ActionIcon, Badge, Button, Group, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconMessage, IconX } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { PersonGrowthFieldsFragment } from '@web/generated/graphql';
import {
  type AssessmentView,
  type CompetencyRow,
  differsLabel,
  groupByArea,
  levelsApart,
  previousSource,
} from '../utils/growthView';
import classes from './growth.module.css';

/** A rating name on one line; a speech mark says there is a comment (the details show it). */
function Rating({ rating, emptyText }: { rating: AssessmentView | null; emptyText: string }) {
  if (!rating) {
    return (
      <Text size="sm" c="dimmed" fs="italic" className={`${classes.nowrap} ${classes.ratingText}`}>
        {emptyText}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="wrap">
      <Text size="sm" fw={600} className={`${classes.nowrap} ${classes.ratingText}`}>
        {rating.ratingName}
      </Text>
      {rating.comment ? (
        <IconMessage
          size={14}
          role="img"
          aria-label="with a comment"
          color="var(--mantine-color-gray-7)"
          style={{ flex: 'none' }}
        />
      ) : null}
    </Group>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={650} c="gray.7" tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {children}
      </Text>
    </div>
  );
}

interface RowProps {
  row: CompetencyRow;
  /** The first row of an area carries the area's name, spanning its rows (wide screens). */
  area: { name: string; span: number } | null;
  growth: PersonGrowthFieldsFragment;
  previous: 'manager' | 'self' | null;
  open: boolean;
  onToggle: () => void;
}

function CompetencyRatingRow({ row, area, growth, previous, open, onToggle }: RowProps) {
  const apart = levelsApart(row.self, row.manager);
  const detailId = `growth-detail-${row.competencyKey}`;
  const managerEmpty = growth.managerRatingsVisible ? 'Not rated' : 'Not shared yet';
  const last = previous === 'manager' ? row.previousManager : previous === 'self' ? row.previousSelf : null;
  return (
    <>
      <Table.Tr
        className={row.disagreement ? classes.disagreementRow : undefined}
        data-disagreement={row.disagreement ? 'true' : undefined}
      >
        {area ? (
          <Table.Th scope="rowgroup" rowSpan={area.span} visibleFrom="sm" className={classes.areaCell}>
            {area.name}
          </Table.Th>
        ) : null}
        <Table.Th scope="row" fw={400}>
          <Group gap={6} wrap="nowrap" align="center">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              onClick={onToggle}
              aria-expanded={open}
              aria-controls={detailId}
              aria-label={`Expectation and comments: ${row.competencyName}`}
            >
              {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
            </ActionIcon>
            <Group gap={6} wrap="wrap" align="center">
              <Text size="sm" fw={600}>
                {row.competencyName}
              </Text>
              {row.disagreement ? (
                <Badge size="sm" radius="sm" tt="none" className={classes.disagreementBadge}>
                  {differsLabel(apart)}
                </Badge>
              ) : null}
            </Group>
          </Group>
        </Table.Th>
        <Table.Td>
          <Rating rating={row.self} emptyText="Not rated" />
        </Table.Td>
        <Table.Td>
          <Rating rating={row.manager} emptyText={managerEmpty} />
        </Table.Td>
        <Table.Td visibleFrom="sm">
          {last ? (
            <Text size="sm" className={`${classes.nowrap} ${classes.ratingText}`}>
              {last.ratingName}
            </Text>
          ) : (
            <Text size="sm" c="dimmed" fs="italic">
              None
            </Text>
          )}
        </Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr id={detailId} className={classes.detailRow}>
          <Table.Td colSpan={4}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" className={classes.detailGrid}>
              <Detail label={`Expected at ${growth.level?.name ?? 'this level'}`}>
                {row.expectation ?? 'No expectation at this level.'}
              </Detail>
              {row.nextExpectation ? <Detail label="At the next level">{row.nextExpectation}</Detail> : null}
              {row.self?.comment ? <Detail label="Self comment">{row.self.comment}</Detail> : null}
              {row.manager?.comment ? <Detail label="Manager comment">{row.manager.comment}</Detail> : null}
              <Detail label={`${growth.previousQuarter.label}`}>
                {`Self: ${row.previousSelf?.ratingName ?? 'not rated'} · Manager: ${
                  row.previousManager?.ratingName ?? (growth.canManagerAssess ? 'not rated' : 'none shared')
                }`}
              </Detail>
            </SimpleGrid>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

type Shown = 'all' | 'disagreements';

interface CompetencyRatingsTableProps {
  growth: PersonGrowthFieldsFragment;
  /** Only this area's competencies, when one is chosen (from the radar). */
  area?: string | null;
  onClearArea?: () => void;
}

/**
 * Every competency of the quarter in one table, an area's name heading its rows: both ratings
 * (with the first line of a comment) and last quarter's. A row opens to the expectation and the
 * full comments. The list narrows to one area, or to the disagreements.
 */
export function CompetencyRatingsTable({ growth, area = null, onClearArea }: CompetencyRatingsTableProps) {
  const [shown, setShown] = useState<Shown>('all');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const disagreements = growth.competencies.filter((row) => row.disagreement).length;
  const narrowed = shown === 'disagreements' && disagreements > 0;
  const previous = previousSource(growth);
  const allGroups = groupByArea(growth.competencies);
  const chosen = area ? allGroups.find((group) => group.areaKey === area) : undefined;
  const groups = allGroups
    .filter((group) => !chosen || group === chosen)
    .map((group) =>
      narrowed ? { ...group, competencies: group.competencies.filter((row) => row.disagreement) } : group,
    )
    .filter((group) => group.competencies.length > 0);
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        {disagreements > 0 ? (
          <SegmentedControl
            aria-label="Competencies shown"
            size="xs"
            value={narrowed ? 'disagreements' : 'all'}
            onChange={(value) => setShown(value as Shown)}
            data={[
              { value: 'all', label: `All competencies (${growth.competencies.length})` },
              { value: 'disagreements', label: `Disagreements only (${disagreements})` },
            ]}
          />
        ) : null}
        {chosen ? (
          <Button
            size="xs"
            variant="light"
            rightSection={<IconX size={14} aria-hidden />}
            onClick={onClearArea}
            aria-label={`Showing ${chosen.areaName} only: show all areas`}
          >
            {`${chosen.areaName} only`}
          </Button>
        ) : null}
      </Group>
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          No disagreements in {chosen?.areaName ?? 'this quarter'}.
        </Text>
      ) : (
        <Table
          stickyHeader
          stickyHeaderOffset="var(--app-shell-header-offset, 0px)"
          withTableBorder
          verticalSpacing={2}
          horizontalSpacing="xs"
          className={classes.ratingsTable}
          aria-labelledby="growth-table-heading"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="13%" visibleFrom="sm">
                Area
              </Table.Th>
              <Table.Th scope="col" className={classes.competencyColumn}>
                Competency
              </Table.Th>
              <Table.Th scope="col" className={classes.ratingColumn}>
                Self
              </Table.Th>
              <Table.Th scope="col" className={classes.ratingColumn}>
                Manager
              </Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                {previous ? `${growth.previousQuarter.label} (${previous})` : growth.previousQuarter.label}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          {groups.map((group) => (
            <Table.Tbody key={group.areaKey} aria-label={group.areaName}>
              {/* Narrow screens: the area's name as a row of its own, instead of the Area column. */}
              <Table.Tr className={classes.areaGroupRow}>
                <Table.Th scope="rowgroup" colSpan={5}>
                  {group.areaName}
                </Table.Th>
              </Table.Tr>
              {group.competencies.map((row, index) => (
                <CompetencyRatingRow
                  key={row.competencyKey}
                  row={row}
                  area={
                    index === 0
                      ? {
                          name: group.areaName,
                          span:
                            group.competencies.length +
                            group.competencies.filter((c) => open.has(c.competencyKey)).length,
                        }
                      : null
                  }
                  growth={growth}
                  previous={previous}
                  open={open.has(row.competencyKey)}
                  onToggle={() => toggle(row.competencyKey)}
                />
              ))}
            </Table.Tbody>
          ))}
        </Table>
      )}
    </Stack>
  );
}
