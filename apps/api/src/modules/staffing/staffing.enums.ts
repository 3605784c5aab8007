import { registerEnumType } from '@nestjs/graphql';

/** GraphQL shows the keys; the database stores the values. */
export enum WorkKind {
  DELIVERY = 'delivery',
  DEVELOPMENT = 'development',
  SUPPORT = 'support',
}
registerEnumType(WorkKind, {
  name: 'WorkKind',
  description: 'Delivery (the work the business needs now), development (growth), or support (on-call, operations).',
});

export enum ProjectStatus {
  PROPOSED = 'proposed',
  ACTIVE = 'active',
  DONE = 'done',
  CANCELLED = 'cancelled',
}
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });

export enum AllocationStatus {
  TENTATIVE = 'tentative',
  CONFIRMED = 'confirmed',
}
registerEnumType(AllocationStatus, {
  name: 'AllocationStatus',
  description: 'Tentative work is pencilled in: shown, and counted apart from the confirmed plan.',
});

export enum TimeOffCategory {
  LEAVE = 'leave',
  OTHER = 'other',
}
registerEnumType(TimeOffCategory, { name: 'TimeOffCategory' });

export enum ScenarioStatus {
  DRAFT = 'draft',
  APPLIED = 'applied',
  DISCARDED = 'discarded',
}
registerEnumType(ScenarioStatus, {
  name: 'ScenarioStatus',
  description: 'A draft is open for changes; an applied or discarded scenario is closed.',
});

/** GraphQL shows the keys (ADDED); rows carry the lower-case values. */
export enum ScenarioChangeKind {
  ADDED = 'ADDED',
  CHANGED = 'CHANGED',
  REMOVED = 'REMOVED',
}
registerEnumType(ScenarioChangeKind, {
  name: 'ScenarioChangeKind',
  description: 'What a scenario does to the plan: adds an allocation, changes one, or removes one.',
});
