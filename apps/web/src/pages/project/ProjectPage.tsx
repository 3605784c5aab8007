import { PageHeader } from '@web/shared/components/PageHeader';

/** Being built: see the staffing module. */
export function ProjectPage() {
  return <PageHeader title="Project" />;
}
