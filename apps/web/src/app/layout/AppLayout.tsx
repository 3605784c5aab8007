import { AppShell, Badge, Burger, Button, Group, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBooks,
  IconBriefcase,
  IconCalendarWeek,
  IconClipboardCheck,
  IconHome,
  IconLogout,
  IconMessages,
  IconPlant2,
  IconSettings,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, matchPath, Outlet, useLocation } from 'react-router';
import type { CurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { useSignOut } from '@web/modules/auth/hooks/useSignOut';
import { NotificationsMenu } from '@web/modules/notifications/components/NotificationsMenu';
import { LoadingState } from '@web/shared/components/LoadingState';
import { formatRole } from '@web/shared/utils/format';
import { paths } from '@web/shared/routes';
import { BrandMark } from './BrandMark';
import classes from './AppLayout.module.css';

interface NavItem {
  label: string;
  to: string;
  icon: Icon;
  /** Paths under which the item counts as the current page. */
  match: string[];
}

function navItems(user: CurrentUser): NavItem[] {
  const items: NavItem[] = [
    { label: 'Home', to: paths.home, icon: IconHome, match: [paths.home] },
    {
      label: 'One-on-ones',
      to: paths.oneOnOnes,
      icon: IconMessages,
      match: [paths.oneOnOnes, paths.oneOnOneSeries, paths.meeting],
    },
    {
      label: 'Reviews',
      to: paths.reviews,
      icon: IconClipboardCheck,
      match: [paths.reviews, paths.review, paths.reviewCalibration, paths.reviewReport],
    },
    { label: 'People', to: paths.people, icon: IconUsers, match: [paths.people, paths.person] },
    { label: 'Teams', to: paths.teams, icon: IconUsersGroup, match: [paths.teams, paths.team] },
    { label: 'Staffing', to: paths.staffing, icon: IconCalendarWeek, match: [paths.staffing, paths.balance] },
    { label: 'Projects', to: paths.projects, icon: IconBriefcase, match: [paths.projects, paths.project] },
    { label: 'Framework', to: paths.framework, icon: IconBooks, match: [paths.framework] },
  ];
  if (user.role === 'MANAGER') {
    // After Teams: the heatmap is about the people a manager leads.
    items.splice(5, 0, { label: 'Team growth', to: paths.teamGrowth, icon: IconPlant2, match: [paths.teamGrowth] });
  }
  if (user.role === 'ADMIN') {
    items.push({ label: 'Admin', to: paths.admin, icon: IconSettings, match: [paths.admin] });
  }
  return items;
}

export function AppLayout({ user }: { user: CurrentUser }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const { signOut, loading: signingOut } = useSignOut();
  const displayName = user.person?.name ?? user.email;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <a href="#main-content" className={classes.skipLink}>
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <UnstyledButton component={Link} to={paths.home} className={classes.brand} aria-label="Trellis, go to Home">
              <BrandMark />
              <Text component="span" fw={700} fz="lg" c="indigo.9">
                Trellis
              </Text>
            </UnstyledButton>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Stack gap={0} visibleFrom="xs" align="flex-end" className={classes.user}>
              <Text size="sm" fw={600} lh={1.3} truncate="end">
                {displayName}
              </Text>
              <Group gap={6} wrap="nowrap">
                {user.person ? (
                  <Text size="xs" c="dimmed" truncate="end">
                    {user.email}
                  </Text>
                ) : null}
                <Badge size="xs" variant="outline" color="indigo.8" aria-label={`Role: ${formatRole(user.role)}`}>
                  {formatRole(user.role)}
                </Badge>
              </Group>
            </Stack>
            {user.person ? <NotificationsMenu /> : null}
            <Button
              variant="default"
              size="sm"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={() => void signOut()}
              loading={signingOut}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="main-navigation" aria-label="Main navigation">
        <Stack gap={4}>
          {navItems(user).map((item) => {
            const active = item.match.some((pattern) => matchPath({ path: pattern, end: true }, pathname) !== null);
            const ItemIcon = item.icon;
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                active={active}
                aria-current={active ? 'page' : undefined}
                leftSection={<ItemIcon size={18} stroke={1.6} aria-hidden />}
                onClick={close}
                variant="light"
                className={classes.navLink}
              />
            );
          })}
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <div className={classes.content}>
          <Suspense fallback={<LoadingState label="Loading page" rows={6} />}>
            <Outlet />
          </Suspense>
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
