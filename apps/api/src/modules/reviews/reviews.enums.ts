import { registerEnumType } from '@nestjs/graphql';

/** GraphQL shows the keys; the database stores the values. */
export enum ReviewCycleStatus {
  OPEN = 'open',
  CLOSED = 'closed',
}
registerEnumType(ReviewCycleStatus, {
  name: 'ReviewCycleStatus',
  description: 'Open while reviews are written; closed freezes every figure of the quarter.',
});

export enum ReviewReadiness {
  NOT_YET = 'not_yet',
  SOON = 'soon',
  READY = 'ready',
}
registerEnumType(ReviewReadiness, {
  name: 'ReviewReadiness',
  description: 'The manager’s view of promotion readiness: not yet, soon (within a few quarters), ready.',
});

export enum ReviewState {
  NOT_STARTED = 'not_started',
  DRAFTED = 'drafted',
  SHARED = 'shared',
  ACKNOWLEDGED = 'acknowledged',
}
registerEnumType(ReviewState, {
  name: 'ReviewState',
  description:
    'Nothing written yet; drafted by the manager (not visible to the person); shared with the person; acknowledged by them.',
});

export type ReviewReadinessValue = 'not_yet' | 'soon' | 'ready';
