import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';

interface LoadingStateProps {
  label: string;
  rows?: number;
}

/** Skeleton rows while data loads; screen readers hear the label once. */
export function LoadingState({ label, rows = 5 }: LoadingStateProps) {
  return (
    <Stack gap="sm" role="status" aria-live="polite" aria-busy="true">
      <VisuallyHidden>{label}</VisuallyHidden>
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={index === 0 ? 36 : 28} radius="sm" />
      ))}
    </Stack>
  );
}
