import { Divider, Paper, Stack } from '@mantine/core';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { useFrameworkYaml } from '../hooks/useFrameworkYaml';
import { FrameworkExport } from './FrameworkExport';
import { FrameworkImportForm } from './FrameworkImportForm';

interface FrameworkYamlPanelProps {
  version: number;
  onReload: () => Promise<unknown>;
}

/** Export and import of the framework as YAML (admins). */
export function FrameworkYamlPanel({ version, onReload }: FrameworkYamlPanelProps) {
  const { yaml, error, refetch } = useFrameworkYaml();
  if (error && yaml === undefined) {
    return <QueryError title="Could not export the framework" error={error} onRetry={() => refetch()} />;
  }
  if (yaml === undefined) return <LoadingState label="Loading the framework YAML" rows={8} />;
  return (
    <Paper withBorder p="lg">
      <Stack gap="xl">
        <FrameworkExport yaml={yaml} />
        <Divider />
        <FrameworkImportForm
          initialYaml={yaml}
          version={version}
          onReload={() => Promise.all([onReload(), refetch()])}
        />
      </Stack>
    </Paper>
  );
}
