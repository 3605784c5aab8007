import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { getUserMessage } from '../graphql/errors';

interface QueryErrorProps {
  title: string;
  error: unknown;
  onRetry: () => Promise<unknown> | void;
}

/** A failed load, said plainly, with a way to try again. */
export function QueryError({ title, error, onRetry }: QueryErrorProps) {
  const [retrying, setRetrying] = useState(false);
  const retry = async () => {
    setRetrying(true);
    try {
      await onRetry();
    } catch {
      // The query's own error state shows what went wrong.
    } finally {
      setRetrying(false);
    }
  };
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Text size="sm" mb="sm">
        {getUserMessage(error, 'The server could not be reached or failed to answer.')}
      </Text>
      <Group>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={() => void retry()}
          loading={retrying}
        >
          Retry
        </Button>
      </Group>
    </Alert>
  );
}
