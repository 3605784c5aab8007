import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLock, IconMapOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../routes';

interface StatusContentProps {
  title: string;
  message: string;
  icon: ReactNode;
}

function StatusContent({ title, message, icon }: StatusContentProps) {
  useDocumentTitle(`${title} · Trellis`);
  return (
    <Center py={64}>
      <Stack align="center" gap="md" maw={480} ta="center">
        <ThemeIcon size={64} radius="xl" variant="light" color="gray" aria-hidden>
          {icon}
        </ThemeIcon>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{message}</Text>
        <Button component={Link} to={paths.home} variant="default">
          Go to Home
        </Button>
      </Stack>
    </Center>
  );
}

export function NotFoundContent({ message }: { message?: string }) {
  return (
    <StatusContent
      title="Page not found"
      message={message ?? 'The page you are looking for does not exist or has been moved.'}
      icon={<IconMapOff size={32} />}
    />
  );
}

export function AccessDeniedContent({ message }: { message?: string }) {
  return (
    <StatusContent
      title="You do not have access to this page"
      message={message ?? 'Ask an administrator of your organization if you think you should.'}
      icon={<IconLock size={32} />}
    />
  );
}
