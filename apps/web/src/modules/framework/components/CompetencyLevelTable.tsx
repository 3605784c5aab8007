import { Group, ScrollArea, Table, Text } from '@mantine/core';
import type { FrameworkArea, FrameworkLevel } from '../utils/frameworkView';
import { expectationFor } from '../utils/frameworkView';
import { RetiredBadge } from './RetiredBadge';

interface CompetencyLevelTableProps {
  area: FrameworkArea;
  levels: readonly FrameworkLevel[];
}

/** Every competency of an area against every level of a track. */
export function CompetencyLevelTable({ area, levels }: CompetencyLevelTableProps) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table
        aria-label={`${area.name}: expectations at every level`}
        verticalSpacing="sm"
        withColumnBorders
        miw={240 + levels.length * 200}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={200}>
              Competency
            </Table.Th>
            {levels.map((level) => (
              <Table.Th key={level.key} scope="col">
                <Group gap={4}>
                  {level.name}
                  {level.retired ? <RetiredBadge /> : null}
                </Group>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {area.competencies.map((competency) => (
            <Table.Tr key={competency.key}>
              <Table.Th scope="row" fw={600}>
                <Group gap={4}>
                  {competency.name}
                  {competency.retired ? <RetiredBadge /> : null}
                </Group>
              </Table.Th>
              {levels.map((level) => {
                const text = expectationFor(competency, level.key);
                return (
                  <Table.Td key={level.key}>
                    {text ? (
                      <Text size="sm">{text}</Text>
                    ) : (
                      <Text size="sm" fs="italic" c="dimmed">
                        None
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
