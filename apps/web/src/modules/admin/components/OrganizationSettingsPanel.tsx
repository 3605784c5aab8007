import { useQuery } from '@apollo/client/react';
import { Paper } from '@mantine/core';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { organizationQuery } from '../graphql/organizationQuery';
import { OrganizationSettingsForm } from './OrganizationSettingsForm';

export function OrganizationSettingsPanel() {
  const { data, error, refetch } = useQuery(organizationQuery);
  return (
    <Paper withBorder p="lg">
      {error && !data ? (
        <QueryError title="Could not load the settings" error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <LoadingState label="Loading settings" rows={4} />
      ) : (
        <OrganizationSettingsForm organization={data.organization} />
      )}
    </Paper>
  );
}
