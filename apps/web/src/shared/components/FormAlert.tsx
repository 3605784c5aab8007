import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface FormAlertProps {
  /** `error`: the action failed; `conflict`: someone else changed the record first. */
  tone: 'error' | 'conflict';
  title: string;
  children: ReactNode;
}

/** The announced (role="alert") message a form shows when saving did not work. */
export function FormAlert({ tone, title, children }: FormAlertProps) {
  return (
    <Alert
      color={tone === 'error' ? 'red' : 'orange'}
      variant="light"
      role="alert"
      title={title}
      icon={<IconAlertCircle aria-hidden />}
    >
      {children}
    </Alert>
  );
}
