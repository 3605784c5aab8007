import { PageHeader } from '@web/shared/components/PageHeader';

/** Being built: see the staffing module. */
export function StaffingPage() {
  return <PageHeader title="Staffing" />;
}
