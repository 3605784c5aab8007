import { Badge, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { ComparisonAreaGroup } from '../utils/frameworkView';

interface ComparisonTableProps {
  group: ComparisonAreaGroup;
  fromName: string;
  toName: string;
}

function ExpectationText({ text, changed }: { text: string | null; changed: boolean }) {
  if (!text) {
    return (
      <Text size="sm" fs="italic" c="dimmed">
        No expectation
      </Text>
    );
  }
  return (
    <Text size="sm" c={changed ? undefined : 'dimmed'}>
      {text}
    </Text>
  );
}

/** One area's competencies, the two levels' expectations side by side. */
export function ComparisonTable({ group, fromName, toName }: ComparisonTableProps) {
  const headingId = `comparison-area-${group.areaKey}`;
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {group.areaName}
        </Title>
        <ScrollArea type="auto" offsetScrollbars>
          <Table aria-labelledby={headingId} verticalSpacing="sm" miw={640} layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="24%">
                  Competency
                </Table.Th>
                <Table.Th scope="col">{fromName}</Table.Th>
                <Table.Th scope="col">{toName}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.rows.map((row) => (
                <Table.Tr key={row.competencyKey} data-changed={row.changed ? 'true' : undefined}>
                  <Table.Th scope="row">
                    <Stack gap={4} align="flex-start">
                      <Text size="sm" fw={600} c={row.changed ? undefined : 'dimmed'}>
                        {row.competencyName}
                      </Text>
                      {row.changed ? (
                        <Badge size="sm" variant="light" color="indigo">
                          Changes
                        </Badge>
                      ) : null}
                    </Stack>
                  </Table.Th>
                  <Table.Td>
                    <ExpectationText text={row.fromText} changed={row.changed} />
                  </Table.Td>
                  <Table.Td>
                    <ExpectationText text={row.toText} changed={row.changed} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Stack>
    </Paper>
  );
}
