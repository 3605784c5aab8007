import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { PersonEditDialog } from '../../modules/people/components/PersonEditDialog';
import { PersonProfile } from '../../modules/people/components/PersonProfile';
import { usePerson } from '../../modules/people/hooks/usePerson';
import { LoadingState } from '../../shared/components/LoadingState';
import { PageHeader } from '../../shared/components/PageHeader';
import { QueryError } from '../../shared/components/QueryError';
import { AccessDeniedContent, NotFoundContent } from '../../shared/components/StatusContent';
import { hasErrorCode } from '../../shared/graphql/errors';

export function PersonPage() {
  const { personId = '' } = useParams();
  const { person, error, refetch } = usePerson(personId);
  const [editing, { open, close }] = useDisclosure(false);

  if (!person) {
    if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
      return (
        <NotFoundContent message="There is no person with this address, or they are no longer in your organization." />
      );
    }
    if (hasErrorCode(error, 'FORBIDDEN')) {
      return <AccessDeniedContent message="You can see the profiles of people who report to you, and your own." />;
    }
    if (error) {
      return (
        <>
          <PageHeader title="Person" />
          <QueryError title="Could not load this person" error={error} onRetry={() => refetch()} />
        </>
      );
    }
    return (
      <>
        <PageHeader title="Person" documentTitle="Loading person" />
        <LoadingState label="Loading person" rows={6} />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={person.name}
        description={person.title}
        actions={
          person.canEdit ? (
            <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={open}>
              Edit
            </Button>
          ) : null
        }
      />
      <PersonProfile person={person} />
      {person.canEdit ? (
        <PersonEditDialog person={person} opened={editing} onClose={close} onReload={() => refetch()} />
      ) : null}
    </>
  );
}
