import { useQuery } from '@apollo/client/react';
import { Badge, Button, Modal, Stack, Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { scenarioPath } from '@web/shared/routes';
import { formatDate } from '@web/shared/utils/format';
import { pastScenariosQuery } from '../graphql/pastScenariosQuery';
import { changeCounts } from '../utils/scenarioView';

/** Applied and discarded scenarios, newest first, each opening its comparison (read-only). */
export function PastScenariosButton() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="subtle" leftSection={<IconHistory size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Past scenarios
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Past scenarios" size="lg">
        {opened ? <PastScenarios /> : null}
      </Modal>
    </>
  );
}

function PastScenarios() {
  const { data, error, refetch } = useQuery(pastScenariosQuery, { fetchPolicy: 'cache-and-network' });
  const closed = (data?.scenarios ?? [])
    .filter((s) => s.status !== 'DRAFT')
    .sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''));
  if (!data) {
    return error ? (
      <QueryError title="Could not load your past scenarios" error={error} onRetry={() => refetch()} />
    ) : (
      <LoadingState label="Loading your past scenarios" rows={3} />
    );
  }
  if (closed.length === 0) {
    return <Text size="sm">No scenario has been applied or discarded yet.</Text>;
  }
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={480}>
        <Table aria-label="Past scenarios">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Scenario</Table.Th>
              <Table.Th scope="col">Outcome</Table.Th>
              <Table.Th scope="col">When</Table.Th>
              <Table.Th scope="col">Changes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {closed.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <RouterAnchor to={scenarioPath(s.id)} size="sm">
                    {s.name}
                  </RouterAnchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="outline" color={s.status === 'APPLIED' ? 'teal.9' : 'gray.8'}>
                    {s.status === 'APPLIED' ? 'Applied' : 'Discarded'}
                  </Badge>
                </Table.Td>
                <Table.Td>{s.closedAt ? formatDate(s.closedAt) : '—'}</Table.Td>
                <Table.Td>{changeCounts(s)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
