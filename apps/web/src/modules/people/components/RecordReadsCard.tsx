import { useQuery } from '@apollo/client/react';
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import type { RecordReadKind } from '@web/generated/graphql';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { formatDateTime } from '@web/shared/utils/format';
import { myRecordReadsQuery } from '../graphql/myRecordReadsQuery';

const KIND_LABEL: Record<RecordReadKind, string> = {
  ASSESSMENTS: 'Your ratings',
  MEETING_NOTES: 'One-on-one notes',
  REVIEW: 'Your quarterly review',
};

/**
 * On a person's own profile: who has read their ratings and one-on-one notes, and when. Only the
 * kind of record is known, never what was read; the person's own reads are not listed.
 */
export function RecordReadsCard() {
  const { data, error, refetch, loading } = useQuery(myRecordReadsQuery, { fetchPolicy: 'cache-and-network' });
  const reads = data?.myRecordReads;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="record-reads-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="record-reads-title">
            Who read your records
          </Title>
          <Text size="sm" c="dimmed">
            Everyone who opened your ratings or your one-on-one notes, and when. Trellis keeps the kind of record only,
            never what was read, and only you see this list.
          </Text>
        </div>
        {!reads ? (
          error ? (
            <QueryError title="Could not load who read your records" error={error} onRetry={() => refetch()} />
          ) : (
            <LoadingState label="Loading who read your records" rows={3} />
          )
        ) : reads.length === 0 ? (
          <EmptyMessage
            icon={<IconEye size={32} aria-hidden />}
            title="Nobody else has read your records yet"
            description={loading ? undefined : 'When your manager opens your ratings or notes, it shows here.'}
          />
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table striped verticalSpacing="xs" aria-labelledby="record-reads-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Who</Table.Th>
                  <Table.Th scope="col">What</Table.Th>
                  <Table.Th scope="col">When</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reads.map((read) => (
                  <Table.Tr key={`${read.readerName}-${read.kind}-${read.at}`}>
                    <Table.Td>{read.readerName}</Table.Td>
                    <Table.Td>{KIND_LABEL[read.kind]}</Table.Td>
                    <Table.Td>
                      {formatDateTime(read.at)}
                      {read.times > 1 ? (
                        <Text span size="sm" c="dimmed">
                          {` · ${read.times} times that day`}
                        </Text>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
