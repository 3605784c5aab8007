import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { downloadText } from '../utils/downloadText';

/** The framework as YAML, to read or download. */
export function FrameworkExport({ yaml }: { yaml: string }) {
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h4" id="framework-export-heading">
            Export
          </Title>
          <Text size="sm" c="dimmed">
            The whole framework, in the format the import reads.
          </Text>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => downloadText(yaml, 'framework.yaml')}
        >
          Download YAML
        </Button>
      </Group>
      <Code
        block
        tabIndex={0}
        role="region"
        aria-label="Exported framework YAML"
        mah={360}
        style={{ overflow: 'auto' }}
      >
        {yaml}
      </Code>
    </Stack>
  );
}
