import type { AllocationStatus, WorkKind } from '@web/generated/graphql';
import { type CsvCell, toCsv } from './csv';
import { allocationStatusLabels, workKindLabels } from './staffingLabels';

export interface PlanLine {
  personName: string;
  /** Null for development time without a project. */
  projectName: string | null;
  kind: WorkKind;
  percent: number;
  startDate: string;
  endDate: string;
  status: AllocationStatus;
}

export const PLAN_CSV_HEADER = ['Person', 'Project', 'Kind', 'Share (%)', 'From', 'To', 'Status'] as const;

/** The plan as CSV: one row per allocation, by person, then start date. */
export function planCsv(lines: readonly PlanLine[]): string {
  const sorted = [...lines].sort(
    (a, b) =>
      a.personName.localeCompare(b.personName) ||
      a.startDate.localeCompare(b.startDate) ||
      (a.projectName ?? '').localeCompare(b.projectName ?? ''),
  );
  const rows: CsvCell[][] = [
    [...PLAN_CSV_HEADER],
    ...sorted.map((line) => [
      line.personName,
      line.projectName ?? 'Development (no project)',
      workKindLabels[line.kind],
      line.percent,
      line.startDate,
      line.endDate,
      allocationStatusLabels[line.status],
    ]),
  ];
  return toCsv(rows);
}
