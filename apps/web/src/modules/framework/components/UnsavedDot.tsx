import { Box } from '@mantine/core';

/** The mark of unsaved changes next to a text that says so (the dot itself is decoration). */
export function UnsavedDot() {
  return <Box component="span" aria-hidden w={8} h={8} bg="orange.6" style={{ borderRadius: '50%', flexShrink: 0 }} />;
}
