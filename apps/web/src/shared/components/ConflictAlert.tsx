import { Button, Stack } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { FormAlert } from './FormAlert';

interface ConflictAlertProps {
  title: string;
  children: string;
  /** Loads the latest version; without it the alert offers no button. */
  onReload?: () => Promise<unknown>;
  /** The button's words; "Reload" when left out. */
  reloadLabel?: string;
}

/** "Changed by someone else": say so, and offer to load the latest version. */
export function ConflictAlert({ title, children, onReload, reloadLabel = 'Reload' }: ConflictAlertProps) {
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      await onReload?.();
    } finally {
      setReloading(false);
    }
  };
  return (
    <FormAlert tone="conflict" title={title}>
      <Stack gap="xs" align="flex-start">
        <span>{children}</span>
        {onReload ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={() => void reload()}
            loading={reloading}
          >
            {reloadLabel}
          </Button>
        ) : null}
      </Stack>
    </FormAlert>
  );
}
