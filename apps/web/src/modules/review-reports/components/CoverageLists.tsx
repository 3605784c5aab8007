import { List, SimpleGrid, Stack, Text, Title } from '@mantine/core';

interface CoverageListsProps {
  gained: readonly string[];
  lost: readonly string[];
  /** There is a quarter before this one to compare with. */
  comparable: boolean;
}

/** Competencies someone in the reach now meets that nobody did last quarter, and the reverse. */
export function CoverageLists({ gained, lost, comparable }: CoverageListsProps) {
  if (!comparable) {
    return (
      <Text size="sm" c="dimmed">
        There is no earlier quarter to compare with yet.
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <CoverageList id="coverage-gained" title="Gained" items={gained} none="Nothing newly covered." />
      <CoverageList id="coverage-lost" title="Lost" items={lost} none="Nothing lost." />
    </SimpleGrid>
  );
}

function CoverageList({
  id,
  title,
  items,
  none,
}: {
  id: string;
  title: string;
  items: readonly string[];
  none: string;
}) {
  return (
    <Stack gap={6}>
      <Title order={3} size="h6" id={id}>
        {`${title} (${items.length})`}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {none}
        </Text>
      ) : (
        <List size="sm" spacing={2} aria-labelledby={id}>
          {items.map((name) => (
            <List.Item key={name}>{name}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
