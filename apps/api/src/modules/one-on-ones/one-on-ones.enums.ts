import { registerEnumType } from '@nestjs/graphql';

/** GraphQL shows the keys; the database stores the values. */
export enum OneOnOneKind {
  MANAGER_REPORT = 'manager_report',
  SKIP_LEVEL = 'skip_level',
  PEER = 'peer',
  MENTORING = 'mentoring',
}
registerEnumType(OneOnOneKind, {
  name: 'OneOnOneKind',
  description:
    'A manager with a direct report, a manager with someone further down their line (skip-level), or a peer or mentoring pair.',
});

export enum OneOnOneCadence {
  WEEKLY = 'weekly',
  BIWEEKLY = 'biweekly',
  MONTHLY = 'monthly',
}
registerEnumType(OneOnOneCadence, {
  name: 'OneOnOneCadence',
  description: 'Every week, every two weeks, or monthly (the same weekday of the same week of the month).',
});

export enum OneOnOneSeriesStatus {
  ACTIVE = 'active',
  PAUSED = 'paused',
  ENDED = 'ended',
}
registerEnumType(OneOnOneSeriesStatus, { name: 'OneOnOneSeriesStatus' });

export enum MeetingStatus {
  SCHEDULED = 'scheduled',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
