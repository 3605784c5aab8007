interface Reportable {
  id: string;
  manager: { id: string } | null;
}

/**
 * Everyone below `managerId` in the reporting line (direct reports, their
 * reports, and so on), from a list that may also hold people outside it, such
 * as the manager's own manager.
 */
export function reportsBelow<T extends Reportable>(people: readonly T[], managerId: string): T[] {
  const byManager = new Map<string, T[]>();
  for (const person of people) {
    if (!person.manager) continue;
    const reports = byManager.get(person.manager.id) ?? [];
    reports.push(person);
    byManager.set(person.manager.id, reports);
  }
  const result: T[] = [];
  const seen = new Set<string>([managerId]);
  const queue = [managerId];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const report of byManager.get(current) ?? []) {
      // A cycle in bad data must not loop forever.
      if (seen.has(report.id)) continue;
      seen.add(report.id);
      result.push(report);
      queue.push(report.id);
    }
  }
  return result;
}
