import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { AdminOverview } from '@web/modules/home/components/AdminOverview';
import { ManagerOverview } from '@web/modules/home/components/ManagerOverview';
import { MemberOverview } from '@web/modules/home/components/MemberOverview';
import { PageHeader } from '@web/shared/components/PageHeader';

function greeting(name: string | undefined): string {
  const first = name?.split(/\s+/)[0];
  return first ? `Welcome, ${first}` : 'Welcome';
}

const descriptions = {
  ADMIN: 'Your organization at a glance.',
  MANAGER: 'The people you lead, directly and through others.',
  MEMBER: 'Your profile and who you work with.',
} as const;

export function HomePage() {
  const { user } = useCurrentUser();
  if (!user) return null;
  const person = user.person;

  return (
    <>
      <PageHeader title={greeting(person?.name)} documentTitle="Home" description={descriptions[user.role]} />
      {user.role === 'ADMIN' ? (
        <AdminOverview />
      ) : !person ? (
        <Alert
          color="indigo"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title="Your account is not linked to a person"
        >
          Ask an administrator to link your account to your person record to see your profile and your people.
        </Alert>
      ) : user.role === 'MANAGER' ? (
        <ManagerOverview personId={person.id} />
      ) : (
        <MemberOverview person={person} />
      )}
    </>
  );
}
