import { registerEnumType } from '@nestjs/graphql';

/** GraphQL shows the keys; the database stores the values. */
export enum AssessmentSource {
  SELF = 'self',
  MANAGER = 'manager',
}
registerEnumType(AssessmentSource, { name: 'AssessmentSource', description: 'Who gave a rating.' });

export enum GoalStatus {
  DRAFT = 'draft',
  ACTIVE = 'active',
  AT_RISK = 'at_risk',
  DONE = 'done',
  DROPPED = 'dropped',
}
registerEnumType(GoalStatus, { name: 'GoalStatus' });

export enum CheckInConfidence {
  ON_TRACK = 'on_track',
  AT_RISK = 'at_risk',
  OFF_TRACK = 'off_track',
}
registerEnumType(CheckInConfidence, { name: 'CheckInConfidence' });

export enum GoalHealthState {
  NOT_STARTED = 'not_started',
  ON_TRACK = 'on_track',
  BEHIND = 'behind',
  OFF_TRACK = 'off_track',
  OVERDUE = 'overdue',
  DONE = 'done',
  DROPPED = 'dropped',
  DRAFT = 'draft',
}
registerEnumType(GoalHealthState, { name: 'GoalHealthState', description: 'Progress against time elapsed.' });

export enum EvidenceKind {
  INCIDENT = 'incident',
  DESIGN = 'design',
  CODE_REVIEW = 'code_review',
  TALK = 'talk',
  OPEN_SOURCE = 'open_source',
  MENTORING = 'mentoring',
  LEARNING = 'learning',
  DELIVERY = 'delivery',
  OTHER = 'other',
}
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });

export enum IncidentRole {
  INCIDENT_COMMANDER = 'incident_commander',
  RESPONDER = 'responder',
  INVESTIGATOR = 'investigator',
  COMMUNICATIONS = 'communications',
}
registerEnumType(IncidentRole, { name: 'IncidentRole' });

export enum IncidentSeverity {
  SEV1 = 'sev1',
  SEV2 = 'sev2',
  SEV3 = 'sev3',
  SEV4 = 'sev4',
}
registerEnumType(IncidentSeverity, { name: 'IncidentSeverity', description: 'SEV1 is the most severe.' });

export enum LearningFormat {
  PAPER = 'paper',
  COURSE = 'course',
  CONFERENCE = 'conference',
}
registerEnumType(LearningFormat, { name: 'LearningFormat' });
