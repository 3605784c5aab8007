import { RoleValue } from '../../authz/viewer';
import type { Framework } from '@trellis/domain';
import { randomUUID } from 'node:crypto';
import type { GrowthPlan } from './growth-plan';
import type { OneOnOnesPlan } from './one-on-ones-plan';
import type { ReviewsPlan } from './reviews-plan';
import type { StaffingPlan } from './staffing-plan';

import { TrackValue } from '../../modules/directory/people/person-row';

/** An organization described as plain data, ready to be written in one transaction. */
export interface OrganizationPlan {
  id: string;
  name: string;
  teams: { id: string; name: string; leadId: string | null; parentId: string | null }[];
  /** Managers always come before the people who report to them. */
  people: {
    id: string;
    name: string;
    title: string;
    track: TrackValue;
    level: string;
    teamId: string | null;
    managerId: string | null;
    startDate: string;
    weeklyCapacityHours: number;
  }[];
  users: { email: string; role: RoleValue; personId: string | null; password: string }[];
  /** Growth records (built from the plan's people by the demo and the generator). */
  growth?: (framework: Framework, levelKeyOf: (p: PlannedPerson) => string) => GrowthPlan;
  /** Projects, allocations and time off (built after growth: stretch assignments link goals). */
  staffing?: (goals: GrowthPlan['goals']) => StaffingPlan;
  /** One-on-ones (built after growth: check-ins made in meetings name goals). */
  oneOnOnes?: (goals: GrowthPlan['goals']) => OneOnOnesPlan;
  /** Review cycles (written last: a review reads everything before it). */
  reviews?: () => ReviewsPlan;
}

export type PlannedPerson = OrganizationPlan['people'][number];
export type PlannedTeam = OrganizationPlan['teams'][number];

export const newId = (): string => randomUUID();
