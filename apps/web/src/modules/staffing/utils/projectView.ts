import type { ProjectFieldsFragment, ProjectNeedFieldsFragment, ProjectStatus } from '@web/generated/graphql';
import { PROJECT_STATUSES } from './staffingLabels';

type RosterLike = Pick<ProjectFieldsFragment['roster'][number], 'personId'>;

/** Different people on the roster (one person with two allocations counts once). */
export function peopleCount(roster: readonly RosterLike[]): number {
  return new Set(roster.map((entry) => entry.personId)).size;
}

export function openNeeds<N extends Pick<ProjectNeedFieldsFragment, 'openPercent'>>(needs: readonly N[]): N[] {
  return needs.filter((need) => need.openPercent > 0);
}

/** "20% open — nobody assigned", or "30% of 60% still open" when someone fills part of it. */
export function openNeedText(need: Pick<ProjectNeedFieldsFragment, 'openPercent' | 'percent' | 'filledBy'>): string {
  if (need.openPercent <= 0) return 'Filled';
  return need.filledBy.length === 0
    ? `${need.openPercent}% open — nobody assigned`
    : `${need.openPercent}% of ${need.percent}% still open`;
}

export interface ProjectGroup<P> {
  status: ProjectStatus;
  projects: P[];
}

/** Projects by status, in the order the list shows them; empty groups left out. */
export function groupByStatus<P extends Pick<ProjectFieldsFragment, 'status'>>(
  projects: readonly P[],
): ProjectGroup<P>[] {
  return PROJECT_STATUSES.map((status) => ({
    status,
    projects: projects.filter((project) => project.status === status),
  })).filter((group) => group.projects.length > 0);
}

/** Within a status: by priority (1 first), then the earliest start, then name. */
export function sortProjects<P extends Pick<ProjectFieldsFragment, 'priority' | 'startDate' | 'name'>>(
  projects: readonly P[],
): P[] {
  return [...projects].sort(
    (a, b) => a.priority - b.priority || a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name),
  );
}
