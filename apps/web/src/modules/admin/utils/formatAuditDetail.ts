function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The API sends an event's detail as JSON; people read "key: value" pairs. */
export function formatAuditDetail(detail: string | null): string {
  if (!detail) return '—';
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return detail;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return formatValue(parsed);
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length === 0) return '—';
  return entries.map(([key, value]) => `${key}: ${formatValue(value)}`).join(' · ');
}
