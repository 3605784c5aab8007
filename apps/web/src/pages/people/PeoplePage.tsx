import { PeopleDirectory } from '@web/modules/people/components/PeopleDirectory';
import { PageHeader } from '@web/shared/components/PageHeader';

export function PeoplePage() {
  return (
    <>
      <PageHeader title="People" description="Everyone in your organization: title, team and manager." />
      <PeopleDirectory />
    </>
  );
}
