import { Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import type { PersonGrowthFieldsFragment } from '@web/generated/graphql';
import { getUserMessage } from '@web/shared/graphql/errors';
import type { PersonGrowthVariables } from '../hooks/usePersonGrowth';
import { useShareManagerRatings } from '../hooks/useShareManagerRatings';
import { firstName } from '../utils/growthView';

interface ShareRatingsControlProps {
  growth: PersonGrowthFieldsFragment;
  personName: string;
  view: PersonGrowthVariables;
}

/** For the manager chain: whether the person sees this quarter's manager ratings, and the switch. */
export function ShareRatingsControl({ growth, personName, view }: ShareRatingsControlProps) {
  const { share, sharing } = useShareManagerRatings(view);
  const first = firstName(personName);
  const shared = growth.managerRatingsShared;
  const quarter = growth.quarter.label;
  const nothingToShare = !shared && growth.managerCount === 0;

  const toggle = async () => {
    try {
      await share(growth.quarter.key, !shared);
      notifications.show({
        color: 'teal',
        title: shared ? 'Ratings no longer shared' : 'Ratings shared',
        message: shared
          ? `${first} no longer sees the manager ratings of ${quarter}.`
          : `${first} can now see the manager ratings of ${quarter}.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: shared ? 'Could not stop sharing' : 'Could not share the ratings',
        message: getUserMessage(error, 'Please try again.'),
      });
    }
  };

  return (
    <Paper withBorder px="md" py="xs" component="section" aria-label="Sharing">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="nowrap" align="center">
          <ThemeIcon variant="light" color={shared ? 'teal' : 'gray'} size="md" radius="xl" aria-hidden>
            {shared ? <IconEye size={16} /> : <IconEyeOff size={16} />}
          </ThemeIcon>
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {shared
                ? `${first} can see the manager ratings of ${quarter}.`
                : `${first} cannot see the manager ratings of ${quarter} yet.`}
            </Text>
            <Text size="xs" c="dimmed">
              {shared
                ? 'Ratings you change or add for this quarter are visible to them at once.'
                : nothingToShare
                  ? `Rate ${first} first; share once you have talked the ratings through.`
                  : `Share once you have talked the ratings through with ${first}.`}
            </Text>
          </Stack>
        </Group>
        <Button
          size="xs"
          variant={shared ? 'default' : 'light'}
          leftSection={shared ? <IconEyeOff size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
          onClick={() => void toggle()}
          loading={sharing}
          disabled={nothingToShare}
        >
          {shared ? 'Stop sharing' : `Share with ${first}`}
        </Button>
      </Group>
    </Paper>
  );
}
