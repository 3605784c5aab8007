import { PeopleDirectory } from '../../modules/people/components/PeopleDirectory';
import { PageHeader } from '../../shared/components/PageHeader';

export function PeoplePage() {
  return (
    <>
      <PageHeader title="People" description="Everyone you can see in your organization." />
      <PeopleDirectory />
    </>
  );
}
