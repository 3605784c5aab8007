import type { WorkKind } from '@web/generated/graphql';

export const kindLabels: Record<WorkKind, string> = {
  DELIVERY: 'Delivery',
  DEVELOPMENT: 'Development',
  SUPPORT: 'Support',
};

/** Mantine colours of each kind, used alike by bars, legends and charts. */
export const kindColors: Record<WorkKind, string> = {
  DELIVERY: 'indigo',
  DEVELOPMENT: 'teal',
  SUPPORT: 'orange',
};
