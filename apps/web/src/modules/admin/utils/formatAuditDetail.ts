const ACTION_LABELS: Record<string, string> = {
  sign_in: 'Signed in',
  sign_in_failed: 'Sign-in failed',
  sign_out: 'Signed out',
  user_created: 'User created',
  role_changed: 'Role changed',
  user_deactivated: 'User deactivated',
  organization_settings_changed: 'Settings changed',
  person_created: 'Person added',
  person_updated: 'Person updated',
  team_created: 'Team created',
  team_updated: 'Team updated',
  framework_imported: 'Framework imported',
  framework_updated: 'Framework edited',
  assessments_saved: 'Ratings saved',
  manager_ratings_shared: 'Manager ratings shared',
  manager_ratings_unshared: 'Manager ratings unshared',
  goal_created: 'Goal created',
  goal_updated: 'Goal updated',
  goal_checked_in: 'Goal checked in',
  goal_milestone_done: 'Milestone done',
  goal_milestone_reopened: 'Milestone reopened',
  evidence_added: 'Evidence added',
  evidence_updated: 'Evidence updated',
  evidence_deleted: 'Evidence deleted',
};

/** An audit action as people read it ("Person updated"); one the client does not know, spelled out. */
export function auditActionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const words = action.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return value !== null && typeof value === 'object' && 'from' in value && 'to' in value;
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isChange(value)) return `${formatValue(value.from)} → ${formatValue(value.to)}`;
  return JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The API sends an event's detail as JSON; people read "key: value" pairs, changes as "from → to". */
export function formatAuditDetail(detail: string | null): string {
  if (!detail) return '—';
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return detail;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return formatValue(parsed);
  const record = parsed as Record<string, unknown>;
  // A settings change is recorded whole, before and after: show what moved.
  if (isPlainObject(record.before) && isPlainObject(record.after) && Object.keys(record).length === 2) {
    const { before, after } = record;
    const moved = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    if (moved.length === 0) return 'No change';
    return moved.map((key) => `${key}: ${formatValue(before[key])} → ${formatValue(after[key])}`).join(' · ');
  }
  const entries = Object.entries(record);
  if (entries.length === 0) return '—';
  return entries.map(([key, value]) => `${key}: ${formatValue(value)}`).join(' · ');
}
