import {
  IconBook,
  IconCode,
  IconFlame,
  IconGitPullRequest,
  IconHeartHandshake,
  IconNote,
  IconPresentation,
  IconRocket,
  IconSitemap,
} from '@tabler/icons-react';
import type { EvidenceKind } from '@web/generated/graphql';

const icons = {
  INCIDENT: IconFlame,
  DESIGN: IconSitemap,
  TALK: IconPresentation,
  OPEN_SOURCE: IconGitPullRequest,
  MENTORING: IconHeartHandshake,
  LEARNING: IconBook,
  CODE_REVIEW: IconCode,
  DELIVERY: IconRocket,
  OTHER: IconNote,
} satisfies Record<EvidenceKind, typeof IconNote>;

/** Decorative: the kind is always written next to it. */
export function EvidenceKindIcon({ kind, size = 16 }: { kind: EvidenceKind; size?: number }) {
  const Icon = icons[kind];
  return <Icon size={size} aria-hidden />;
}
