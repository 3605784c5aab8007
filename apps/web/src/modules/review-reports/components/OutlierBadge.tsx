import { Badge } from '@mantine/core';
import { OUTLIER_BADGE, outlierOf } from '../utils/leniency';

/** "Lenient" / "Harsh" next to a rater far from the reach's mean; nothing otherwise. */
export function OutlierBadge({ outlier }: { outlier: string | null | undefined }) {
  const kind = outlierOf(outlier);
  if (!kind) return null;
  const badge = OUTLIER_BADGE[kind];
  return (
    <Badge variant="outline" color={badge.color} size="sm" title={badge.description}>
      {badge.label}
    </Badge>
  );
}
