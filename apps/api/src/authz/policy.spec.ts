import { RoleValue } from './viewer';

import { Policy, ReportingLine } from './policy';

/*
 * A small organization, as ids:
 *   dana (director) ─┬─ maya (manager) ─┬─ sam (member) ── intern (reports to Sam)
 *                    │                  └─ priya (member)
 *                    └─ omar (manager) ─── hannah (member)
 */
const REPORTS_TO: Record<string, string | null> = {
  dana: null,
  maya: 'dana',
  omar: 'dana',
  sam: 'maya',
  priya: 'maya',
  intern: 'sam',
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

const EVERYONE = Object.keys(REPORTS_TO);
const readable = (policy: Policy) => EVERYONE.filter((id) => policy.canReadPersonDetails(id)).sort();
const inDirectory = (policy: Policy) => EVERYONE.filter((id) => policy.canReadDirectoryEntry(id)).sort();
const editable = (policy: Policy) => EVERYONE.filter((id) => policy.canEditPerson(id)).sort();

describe('Policy', () => {
  describe('a member (Sam)', () => {
    // Sam has a report of his own, but his role is member: that gives him no rights over them.
    const sam = policyFor('member', 'sam');

    it('reads everyone in the directory: peers, other teams, his own report', () => {
      expect(inDirectory(sam)).toEqual([...EVERYONE].sort());
    });

    it('reads the details of himself and his manager chain, nobody else (not even his own report)', () => {
      expect(readable(sam)).toEqual(['dana', 'maya', 'sam']);
      expect(sam.personDetailIds()?.sort()).toEqual(['dana', 'maya', 'sam']);
    });

    it('edits nobody, himself included', () => {
      expect(editable(sam)).toEqual([]);
      expect(sam.reaches('intern')).toBe(false);
    });

    it('creates no people or teams, edits no team, manages nothing', () => {
      expect(sam.canCreatePerson()).toBe(false);
      expect(sam.canCreateTeam()).toBe(false);
      expect(sam.canEditTeam('sam')).toBe(false);
      expect(sam.canAssignManager('sam')).toBe(false);
      expect(sam.canManageUsers()).toBe(false);
      expect(sam.canEditOrganization()).toBe(false);
      expect(sam.canReadAuditLog()).toBe(false);
      expect(sam.isAdmin).toBe(false);
    });
  });

  describe('a manager (Maya)', () => {
    const maya = policyFor('manager', 'maya');

    it('reads the details of herself, her chain above, and everyone below her, directly or not', () => {
      expect(readable(maya)).toEqual(['dana', 'intern', 'maya', 'priya', 'sam']);
      expect(maya.personDetailIds()?.sort()).toEqual(['dana', 'intern', 'maya', 'priya', 'sam']);
    });

    it("edits the people below her, but not herself, her manager, or a peer's reports", () => {
      expect(editable(maya)).toEqual(['intern', 'priya', 'sam']);
    });

    it('places people under herself or someone she reaches, never outside her line', () => {
      expect(maya.canAssignManager('maya')).toBe(true);
      expect(maya.canAssignManager('sam')).toBe(true);
      expect(maya.canAssignManager('hannah')).toBe(false);
      expect(maya.canAssignManager('omar')).toBe(false);
      expect(maya.canAssignManager('dana')).toBe(false);
    });

    it('edits teams led by her or by someone she reaches; not unled teams or others', () => {
      expect(maya.canEditTeam('maya')).toBe(true);
      expect(maya.canEditTeam('intern')).toBe(true);
      expect(maya.canEditTeam('omar')).toBe(false);
      expect(maya.canEditTeam('dana')).toBe(false);
      expect(maya.canEditTeam(null)).toBe(false);
    });

    it('creates people and teams, but manages no accounts, settings or audit log', () => {
      expect(maya.canCreatePerson()).toBe(true);
      expect(maya.canCreateTeam()).toBe(true);
      expect(maya.canManageUsers()).toBe(false);
      expect(maya.canEditOrganization()).toBe(false);
      expect(maya.canReadAuditLog()).toBe(false);
    });
  });

  describe('a peer manager (Omar)', () => {
    const omar = policyFor('manager', 'omar');

    it("finds Maya's people in the directory, but does not reach them or read their details", () => {
      expect(inDirectory(omar)).toEqual([...EVERYONE].sort());
      expect(readable(omar)).toEqual(['dana', 'hannah', 'omar']);
      for (const id of ['maya', 'sam', 'priya', 'intern']) {
        expect(omar.canReadPersonDetails(id)).toBe(false);
        expect(omar.canEditPerson(id)).toBe(false);
      }
    });
  });

  describe('the director (Dana, manager role)', () => {
    const dana = policyFor('manager', 'dana');

    it('reaches everyone below her, through every manager', () => {
      expect(editable(dana)).toEqual(EVERYONE.filter((id) => id !== 'dana').sort());
      expect(dana.canEditPerson('dana')).toBe(false);
    });
  });

  describe('an admin', () => {
    const admin = policyFor('admin', 'priya');

    it('reads and edits everyone, with no list restriction', () => {
      expect(readable(admin)).toEqual([...EVERYONE].sort());
      expect(editable(admin)).toEqual([...EVERYONE].sort());
      expect(admin.personDetailIds()).toBeNull();
    });

    it('may do every administrative thing', () => {
      expect(admin.canAssignManager('hannah')).toBe(true);
      expect(admin.canEditTeam(null)).toBe(true);
      expect(admin.canCreatePerson()).toBe(true);
      expect(admin.canCreateTeam()).toBe(true);
      expect(admin.canManageUsers()).toBe(true);
      expect(admin.canEditOrganization()).toBe(true);
      expect(admin.canReadAuditLog()).toBe(true);
    });

    it('is an admin by role, not by place: reaches() stays a manager thing', () => {
      expect(admin.reaches('sam')).toBe(false);
    });
  });

  describe('an account without a person', () => {
    it("as a member, reads the directory but nobody's details", () => {
      const member = policyFor('member', null);
      expect(inDirectory(member)).toEqual([...EVERYONE].sort());
      expect(readable(member)).toEqual([]);
      expect(member.personDetailIds()).toEqual([]);
    });

    it('as a manager, reaches nobody and cannot place anyone', () => {
      const manager = policyFor('manager', null);
      expect(readable(manager)).toEqual([]);
      expect(manager.canAssignManager('sam')).toBe(false);
      expect(manager.canEditTeam('sam')).toBe(false);
    });

    it('as an admin, still reads everyone', () => {
      expect(policyFor('admin', null).personDetailIds()).toBeNull();
    });
  });
});

describe('growth records (assessments, goals, evidence)', () => {
  const sam = policyFor('member', 'sam');
  const maya = policyFor('manager', 'maya');
  const dana = policyFor('manager', 'dana');
  const omar = policyFor('manager', 'omar');
  const admin = policyFor('admin', null);

  it('belong to the person and their whole manager chain', () => {
    expect([sam, maya, dana].map((p) => p.canReadGrowth('sam'))).toEqual([true, true, true]);
    expect([sam, maya, dana].map((p) => p.canWriteGrowth('sam'))).toEqual([true, true, true]);
  });

  it('are closed to peers, peer managers and admins outside the chain, who all read the directory entry', () => {
    for (const viewer of [policyFor('member', 'priya'), omar, admin])
      expect(viewer.canReadDirectoryEntry('sam')).toBe(true);
    expect(policyFor('member', 'priya').canReadGrowth('sam')).toBe(false);
    expect(omar.canReadGrowth('sam')).toBe(false);
    expect(admin.canReadGrowth('sam')).toBe(false);
    // A member with a report of their own gains nothing over them.
    expect(sam.canReadGrowth('intern')).toBe(false);
  });

  it('self-assessment is the person’s alone; the manager rating the chain’s alone', () => {
    expect(sam.canSelfAssess('sam')).toBe(true);
    expect(maya.canSelfAssess('sam')).toBe(false);
    expect(sam.canManagerAssess('sam')).toBe(false);
    expect(maya.canManagerAssess('sam')).toBe(true);
    expect(dana.canManagerAssess('sam')).toBe(true);
    expect(maya.canManagerAssess('maya')).toBe(false);
  });

  it('the person sees manager ratings only once shared; the chain always', () => {
    expect(sam.canSeeManagerRatings('sam', false)).toBe(false);
    expect(sam.canSeeManagerRatings('sam', true)).toBe(true);
    expect(maya.canSeeManagerRatings('sam', false)).toBe(true);
    expect(omar.canSeeManagerRatings('sam', true)).toBe(false);
    expect(policyFor('member', 'priya').canSeeManagerRatings('sam', true)).toBe(false);
  });

  it('reached people: everyone below a manager, nobody for members and admins', () => {
    expect(new Set(dana.reachedPersonIds())).toEqual(new Set(['maya', 'omar', 'sam', 'priya', 'intern', 'hannah']));
    expect(sam.reachedPersonIds()).toEqual([]);
    expect(admin.reachedPersonIds()).toEqual([]);
  });
});

describe('Policy: staffing', () => {
  const whom = (policy: Policy, may: (p: Policy, id: string) => boolean) =>
    EVERYONE.filter((id) => may(policy, id)).sort();
  const sam = policyFor('member', 'sam');
  const maya = policyFor('manager', 'maya');
  const dana = policyFor('manager', 'dana');
  const admin = policyFor('admin', null);

  it('lets everyone read projects, and managers and admins shape them', () => {
    expect([sam, maya, admin].map((p) => p.canReadProjects())).toEqual([true, true, true]);
    expect([sam, maya, admin].map((p) => p.canManageProjects())).toEqual([false, true, true]);
  });

  it('lets a manager plan the time of the people they reach, an admin anyone’s, a member nobody’s', () => {
    expect(whom(sam, (p, id) => p.canAllocate(id))).toEqual([]);
    expect(whom(maya, (p, id) => p.canAllocate(id))).toEqual(['intern', 'priya', 'sam']);
    expect(whom(dana, (p, id) => p.canAllocate(id))).toEqual(['hannah', 'intern', 'maya', 'omar', 'priya', 'sam']);
    expect(whom(admin, (p, id) => p.canAllocate(id))).toEqual([...EVERYONE].sort());
  });

  it('shows a timeline to the person, their manager chain and admins', () => {
    expect(whom(sam, (p, id) => p.canReadTimeline(id))).toEqual(['sam']);
    expect(whom(maya, (p, id) => p.canReadTimeline(id))).toEqual(['intern', 'maya', 'priya', 'sam']);
    expect(sam.timelinePersonIds()).toEqual(['sam']);
    expect(maya.timelinePersonIds()?.sort()).toEqual(['intern', 'maya', 'priya', 'sam']);
    expect(admin.timelinePersonIds()).toBeNull();
  });

  it('lets only admins keep the holiday calendars', () => {
    expect([sam, maya, dana, admin].map((p) => p.canManageHolidayCalendars())).toEqual([false, false, false, true]);
    expect(policyFor('manager', null).canManageHolidayCalendars()).toBe(false);
  });

  it('lets the person record their own time off, and keeps its note from admins', () => {
    expect(whom(sam, (p, id) => p.canManageTimeOff(id))).toEqual(['sam']);
    expect(admin.canManageTimeOff('sam')).toBe(true);
    expect(admin.canReadTimeOffNote('sam')).toBe(false);
    expect(maya.canReadTimeOffNote('sam')).toBe(true);
    expect(sam.canReadTimeOffNote('sam')).toBe(true);
  });

  it('gives growth-aware suggestions to managers only', () => {
    expect([sam, maya, admin].map((p) => p.canSuggestStaff())).toEqual([false, true, false]);
  });

  it('shows stretch links where growth is seen, and lets only the manager chain make them', () => {
    expect(sam.canSeeStretch('sam')).toBe(true);
    expect(sam.canLinkStretch('sam')).toBe(false);
    expect(maya.canLinkStretch('sam')).toBe(true);
    expect(admin.canSeeStretch('sam')).toBe(false);
    expect(admin.canLinkStretch('sam')).toBe(false);
  });

  it('lets managers and admins draft scenarios, each a manager’s own: no peer manager or member reads one', () => {
    const omar = policyFor('manager', 'omar');
    const noPerson = policyFor('manager', null);
    expect([sam, maya, dana, admin].map((p) => p.canDraftScenarios())).toEqual([false, true, true, true]);
    // Maya's scenario: hers and the admins'. Not Dana's either, though she reaches Maya's people.
    expect([sam, maya, omar, dana, admin].map((p) => p.canManageScenario('user-maya'))).toEqual([
      false,
      true,
      false,
      false,
      true,
    ]);
    // A scenario whose author is gone is the admins' only.
    expect([maya, noPerson, admin].map((p) => p.canManageScenario(null))).toEqual([false, false, true]);
    // A member who wrote one while a manager no longer reads it.
    expect(policyFor('member', 'maya').canManageScenario('user-maya')).toBe(false);
  });
});
