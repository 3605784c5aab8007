import { PeopleDirectory } from '@web/modules/people/components/PeopleDirectory';
import { PageHeader } from '@web/shared/components/PageHeader';

export function PeoplePage() {
  return (
    <>
      <PageHeader title="People" description="Everyone you can see in your organization." />
      <PeopleDirectory />
    </>
  );
}
