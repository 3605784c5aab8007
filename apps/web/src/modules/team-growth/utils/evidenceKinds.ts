import type { EvidenceKind } from '@web/generated/graphql';

const kindLabels: Record<EvidenceKind, string> = {
  INCIDENT: 'Incident',
  DESIGN: 'Design',
  CODE_REVIEW: 'Code review',
  TALK: 'Talk',
  OPEN_SOURCE: 'Open source',
  MENTORING: 'Mentoring',
  LEARNING: 'Learning',
  DELIVERY: 'Delivery',
  OTHER: 'Other',
};

export function formatEvidenceKind(kind: EvidenceKind): string {
  return kindLabels[kind];
}
