import type { EvidenceKind, IncidentRole, IncidentSeverity, LearningFormat } from '@web/generated/graphql';

export const evidenceKindLabels: Record<EvidenceKind, string> = {
  INCIDENT: 'Incident handled',
  DESIGN: 'Design written',
  TALK: 'Talk given',
  OPEN_SOURCE: 'Open-source contribution',
  MENTORING: 'Mentoring',
  LEARNING: 'Learning',
  CODE_REVIEW: 'Code review',
  DELIVERY: 'Delivery',
  OTHER: 'Other',
};

/** In the order people think of them, not alphabetically. */
export const evidenceKinds: readonly EvidenceKind[] = [
  'INCIDENT',
  'DESIGN',
  'TALK',
  'OPEN_SOURCE',
  'MENTORING',
  'LEARNING',
  'CODE_REVIEW',
  'DELIVERY',
  'OTHER',
];

export const evidenceKindOptions = evidenceKinds.map((value) => ({ value, label: evidenceKindLabels[value] }));

export const incidentRoleLabels: Record<IncidentRole, string> = {
  INCIDENT_COMMANDER: 'Incident commander',
  RESPONDER: 'Responder',
  INVESTIGATOR: 'Investigator',
  COMMUNICATIONS: 'Communications',
};

export const incidentRoleOptions = (['INCIDENT_COMMANDER', 'RESPONDER', 'INVESTIGATOR', 'COMMUNICATIONS'] as const).map(
  (value) => ({ value, label: incidentRoleLabels[value] }),
);

export const incidentSeverityLabels: Record<IncidentSeverity, string> = {
  SEV1: 'SEV1 (most severe)',
  SEV2: 'SEV2',
  SEV3: 'SEV3',
  SEV4: 'SEV4 (least severe)',
};

export const incidentSeverityOptions = (['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const).map((value) => ({
  value,
  label: incidentSeverityLabels[value],
}));

export const learningFormatLabels: Record<LearningFormat, string> = {
  PAPER: 'Paper read and presented',
  COURSE: 'Course',
  CONFERENCE: 'Conference',
};

export const learningFormatOptions = (['PAPER', 'COURSE', 'CONFERENCE'] as const).map((value) => ({
  value,
  label: learningFormatLabels[value],
}));
