import { Policy, ReportingLine } from './policy';
import { RoleValue } from './viewer';

/*
 *   dana (director) ─┬─ maya (manager) ─┬─ sam (member)
 *                    │                  └─ priya (member)
 *                    └─ omar (manager) ─── hannah (member)
 */
const REPORTS_TO: Record<string, string | null> = {
  dana: null,
  maya: 'dana',
  omar: 'dana',
  sam: 'maya',
  priya: 'maya',
  hannah: 'omar',
};

function lineOf(personId: string): ReportingLine {
  const above = new Set<string>();
  for (let m = REPORTS_TO[personId]; m; m = REPORTS_TO[m]) above.add(m);
  const below = new Set<string>();
  const walk = (id: string) => {
    for (const [p, m] of Object.entries(REPORTS_TO)) {
      if (m === id) {
        below.add(p);
        walk(p);
      }
    }
  };
  walk(personId);
  return { above, below };
}

function policyFor(role: RoleValue, personId: string | null): Policy {
  const line = personId ? lineOf(personId) : { above: new Set<string>(), below: new Set<string>() };
  return new Policy({ userId: `user-${personId ?? 'none'}`, orgId: 'org', email: 'x@y.test', role, personId }, line);
}

const sam = policyFor('member', 'sam');
const priya = policyFor('member', 'priya');
const maya = policyFor('manager', 'maya');
const omar = policyFor('manager', 'omar');
const dana = policyFor('manager', 'dana');
const admin = policyFor('admin', 'admin-person');
const noPerson = policyFor('admin', null);
const mayaSam = { leadId: 'maya', partnerId: 'sam' };

describe('Policy: one-on-ones', () => {
  it('gives a meeting’s content to its two participants only: not the chain above, not a peer, not an admin', () => {
    const all = [sam, maya, priya, omar, dana, admin, noPerson];
    expect(all.map((p) => p.canReadMeeting(mayaSam))).toEqual([true, true, false, false, false, false, false]);
    expect(all.map((p) => p.canWriteMeeting(mayaSam))).toEqual([true, true, false, false, false, false, false]);
    expect(all.map((p) => p.canKeepPrivateNote(mayaSam))).toEqual([true, true, false, false, false, false, false]);
  });

  it('lets the chain above and admins see that a series exists (for cadence), but not a peer or peer manager', () => {
    expect([sam, maya, priya, omar, dana, admin].map((p) => p.canSeeOneOnOneSeries(mayaSam))).toEqual([
      true,
      true,
      false,
      false,
      true,
      true,
    ]);
  });

  it('leaves the mood to the partner (the report) alone', () => {
    expect([sam, maya, dana].map((p) => p.canSetMeetingMood(mayaSam))).toEqual([true, false, false]);
  });

  it('lets a manager start a series with a direct report, a skip-level with someone further down', () => {
    expect(maya.canStartOneOnOne('manager_report', mayaSam, 'maya')).toBe(true);
    expect(maya.canStartOneOnOne('skip_level', mayaSam, 'maya')).toBe(false);
    expect(dana.canStartOneOnOne('skip_level', { leadId: 'dana', partnerId: 'sam' }, 'maya')).toBe(true);
    expect(dana.canStartOneOnOne('manager_report', { leadId: 'dana', partnerId: 'sam' }, 'maya')).toBe(false);
    // Not for someone else, not outside the line, not by the report.
    expect(omar.canStartOneOnOne('manager_report', mayaSam, 'maya')).toBe(false);
    expect(omar.canStartOneOnOne('skip_level', { leadId: 'omar', partnerId: 'sam' }, 'maya')).toBe(false);
    expect(sam.canStartOneOnOne('manager_report', mayaSam, 'maya')).toBe(false);
    expect(admin.canStartOneOnOne('manager_report', mayaSam, 'maya')).toBe(false);
  });

  it('lets either side start a peer or mentoring pair, and nobody else', () => {
    const pair = { leadId: 'omar', partnerId: 'sam' };
    expect([omar, sam, maya, admin].map((p) => p.canStartOneOnOne('mentoring', pair, 'maya'))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([omar, sam, maya, admin].map((p) => p.canStartOneOnOne('peer', pair, 'maya'))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('leaves templates to admins and cadence figures to managers (their reach) and admins', () => {
    expect([sam, maya, admin].map((p) => p.canManageOneOnOneTemplates())).toEqual([false, false, true]);
    expect(sam.cadenceManagerIds()).toEqual([]);
    expect(dana.cadenceManagerIds()?.sort()).toEqual(['dana', 'hannah', 'maya', 'omar', 'priya', 'sam']);
    expect(admin.cadenceManagerIds()).toBeNull();
  });
});
