import { Badge } from '@mantine/core';

export function RetiredBadge() {
  return (
    <Badge size="sm" variant="outline" color="gray.7">
      Retired
    </Badge>
  );
}
