import { Button, Table, VisuallyHidden } from '@mantine/core';
import type { CalibrationReviewFieldsFragment } from '@web/generated/graphql';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { reviewPath } from '@web/shared/routes';
import { formatGap, formatPercent, gapWords, readinessLabel } from '../utils/format';
import { ScrollRegion } from '@web/shared/components/ScrollRegion';

interface CalibrationReviewsTableProps {
  reviews: readonly CalibrationReviewFieldsFragment[];
  /** Offer "Adjust" on each row (a director, while the cycle is open). */
  canAdjust: boolean;
  onAdjust: (review: CalibrationReviewFieldsFragment) => void;
}

/** Reviews by manager, then by name: the people behind each manager's figures. */
export function sortReviews(reviews: readonly CalibrationReviewFieldsFragment[]): CalibrationReviewFieldsFragment[] {
  return [...reviews].sort(
    (a, b) =>
      (a.person.managerName ?? '').localeCompare(b.person.managerName ?? '') ||
      a.person.name.localeCompare(b.person.name),
  );
}

export function CalibrationReviewsTable({ reviews, canAdjust, onAdjust }: CalibrationReviewsTableProps) {
  return (
    <ScrollRegion label="Reviews to calibrate, scrollable" minWidth={canAdjust ? 760 : 660}>
      <Table striped verticalSpacing="xs" aria-labelledby="calibration-reviews-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Person</Table.Th>
            <Table.Th scope="col">Manager</Table.Th>
            <Table.Th scope="col">Team</Table.Th>
            <Table.Th scope="col">Readiness call</Table.Th>
            <Table.Th scope="col" ta="right">
              Readiness
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Mean against the level
            </Table.Th>
            {canAdjust ? (
              <Table.Th scope="col">
                <VisuallyHidden>Calibrate</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortReviews(reviews).map((r) => (
            <Table.Tr key={r.reviewId}>
              <Table.Th scope="row" fw={400}>
                <RouterAnchor to={reviewPath(r.reviewId)} size="sm" underline="always">
                  {r.person.name}
                </RouterAnchor>
              </Table.Th>
              <Table.Td>{r.person.managerName ?? '—'}</Table.Td>
              <Table.Td>{r.person.teamName ?? '—'}</Table.Td>
              <Table.Td>{readinessLabel(r.readiness)}</Table.Td>
              <Table.Td ta="right" title="Share of the next level’s expectations met">
                {formatPercent(r.readinessShare)}
              </Table.Td>
              <Table.Td ta="right" title={gapWords(r.averageGap)}>
                {formatGap(r.averageGap)}
              </Table.Td>
              {canAdjust ? (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onAdjust(r)}
                    aria-label={`Adjust the readiness of ${r.person.name}`}
                  >
                    Adjust
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
