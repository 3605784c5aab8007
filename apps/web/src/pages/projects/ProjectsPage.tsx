import { PageHeader } from '@web/shared/components/PageHeader';

/** Being built: see the staffing module. */
export function ProjectsPage() {
  return <PageHeader title="Projects" />;
}
