/** The team report's per-person figures as CSV, over the signed-in viewer's reach. */
export const teamReportCsvPath = (cycleId: string): string =>
  `/exports/reviews/cycles/${encodeURIComponent(cycleId)}.csv`;

/** The team report as PDF (highlights, quarters, areas, coverage and each person's figures). */
export const teamReportPdfPath = (cycleId: string): string =>
  `/exports/reviews/cycles/${encodeURIComponent(cycleId)}.pdf`;
