import type { CalibrationGroupFieldsFragment } from '@web/generated/graphql';

export type Outlier = 'lenient' | 'harsh';

/** The API's "lenient" / "harsh" (other values are ignored: the schema types it as a string). */
export function outlierOf(value: string | null | undefined): Outlier | null {
  return value === 'lenient' || value === 'harsh' ? value : null;
}

/** Outline badges in the .9 shades: readable on white at every size. */
export const OUTLIER_BADGE: Record<Outlier, { label: string; color: string; description: string }> = {
  lenient: {
    label: 'Lenient',
    color: 'grape.9',
    description: 'rates well above the reach’s mean',
  },
  harsh: {
    label: 'Harsh',
    color: 'red.9',
    description: 'rates well below the reach’s mean',
  },
};

/**
 * "Who rates differently?": the groups furthest from the reach's mean first (either way), then
 * those with nothing rated; names break ties.
 */
export function sortByLeniency<G extends Pick<CalibrationGroupFieldsFragment, 'name' | 'againstReach'>>(
  groups: readonly G[],
): G[] {
  return [...groups].sort((a, b) => {
    const x = a.againstReach === null ? -1 : Math.abs(a.againstReach);
    const y = b.againstReach === null ? -1 : Math.abs(b.againstReach);
    return y - x || a.name.localeCompare(b.name);
  });
}

/** The groups the API names as outliers, furthest first. */
export function outliers<G extends Pick<CalibrationGroupFieldsFragment, 'name' | 'againstReach' | 'outlier'>>(
  groups: readonly G[],
): (G & { outlier: Outlier })[] {
  return sortByLeniency(groups).filter((g): g is G & { outlier: Outlier } => outlierOf(g.outlier) !== null);
}
