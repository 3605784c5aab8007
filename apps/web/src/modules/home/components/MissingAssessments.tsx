import { Button, Group, Stack, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import type { HomeGrowthOverviewFragment } from '@web/generated/graphql';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { personPath } from '@web/shared/routes';
import classes from './ManagerOverview.module.css';

type Missing = HomeGrowthOverviewFragment['missingAssessments'][number];

const FIRST = 5;

function missingText(count: number, total: number): string {
  return count === 0 ? 'complete' : `${count} of ${total} missing`;
}

/** Per person: how many self and manager ratings of the quarter are still to come. */
export function MissingAssessments({ items, quarterLabel }: { items: Missing[]; quarterLabel: string }) {
  const [expanded, setExpanded] = useState(false);
  if (items.length === 0) {
    return (
      <EmptyMessage
        icon={<IconChecks size={32} aria-hidden />}
        title="All ratings are in"
        description={`Every self-assessment and manager rating for ${quarterLabel} is done.`}
      />
    );
  }
  const shown = expanded ? items : items.slice(0, FIRST);

  return (
    <Stack gap="sm">
      <ul className={classes.rows}>
        {shown.map((item) => (
          <li key={item.person.id} className={classes.row}>
            <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
              <RouterAnchor
                to={personPath(item.person.id, 'growth')}
                size="sm"
                fw={600}
                truncate="end"
                aria-label={`${item.person.name}: open their growth`}
              >
                {item.person.name}
              </RouterAnchor>
              <Text size="xs" c="dimmed" ta="right" style={{ flexShrink: 0 }}>
                {`Self: ${missingText(item.selfMissing, item.total)} · Manager: ${missingText(item.managerMissing, item.total)}`}
              </Text>
            </Group>
          </li>
        ))}
      </ul>
      {items.length > FIRST ? (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => setExpanded((value) => !value)} aria-expanded={expanded}>
            {expanded ? 'Show fewer' : `Show all ${items.length}`}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
