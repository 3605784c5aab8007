/** The fields whose value differs, as { field: { from, to } }, for the audit log. */
export function changedFields<T extends object>(
  before: T,
  changes: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const diff: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(changes) as (keyof T)[]) {
    if (changes[key] !== undefined && changes[key] !== before[key]) {
      diff[String(key)] = { from: before[key] ?? null, to: changes[key] ?? null };
    }
  }
  return diff;
}
