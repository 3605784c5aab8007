import { useQuery } from '@apollo/client/react';
import { Paper, ScrollArea, Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { formatDateTime } from '@web/shared/utils/format';
import { auditLogQuery } from '../graphql/auditLogQuery';
import { auditActionLabel, formatAuditDetail } from '../utils/formatAuditDetail';

export const AUDIT_LOG_LIMIT = 100;

export function AuditLogPanel() {
  const { data, error, refetch } = useQuery(auditLogQuery, {
    variables: { limit: AUDIT_LOG_LIMIT },
    fetchPolicy: 'network-only',
  });
  const events = data?.auditLog;

  return (
    <Paper withBorder p="md">
      {error && !events ? (
        <QueryError title="Could not load the audit log" error={error} onRetry={() => refetch()} />
      ) : !events ? (
        <LoadingState label="Loading audit log" rows={8} />
      ) : events.length === 0 ? (
        <EmptyMessage
          title="No events recorded yet"
          description="Sign-ins, reads of sensitive records and changes appear here."
          icon={<IconHistory size={32} aria-hidden />}
        />
      ) : (
        <ScrollArea type="auto" offsetScrollbars>
          <Text size="sm" c="dimmed" mb="xs">
            The {events.length} most recent events.
          </Text>
          <Table aria-label="Audit log" miw={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
                <Table.Th scope="col">Record</Table.Th>
                <Table.Th scope="col">Detail</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(event.at)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {event.actorEmail ?? (
                      <Text size="sm" c="dimmed">
                        System
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" title={event.action} style={{ whiteSpace: 'nowrap' }}>
                      {auditActionLabel(event.action)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {event.targetType || event.targetLabel ? (
                      <Text size="sm">
                        {event.targetType ? (
                          <Text component="span" size="sm" c="dimmed">{`${event.targetType} `}</Text>
                        ) : null}
                        {event.targetLabel ?? event.targetId}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" maw={360} style={{ overflowWrap: 'anywhere' }}>
                      {formatAuditDetail(event.detail)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Paper>
  );
}
