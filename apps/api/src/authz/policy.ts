import { Viewer } from './viewer';

/**
 * Where a viewer stands in the reporting line: `below` holds everyone who reports to them,
 * directly or through managers below them; `above` holds their manager chain.
 */
export interface ReportingLine {
  below: ReadonlySet<string>;
  above: ReadonlySet<string>;
}

/** The two sides of a one-on-one series: the lead (manager, skip-level manager, mentor) and the partner. */
export interface OneOnOnePair {
  leadId: string;
  partnerId: string;
}

export type OneOnOneKindValue = 'manager_report' | 'skip_level' | 'peer' | 'mentoring';

/** The one place that decides who may read or change what. Pure, so it is tested alone. */
export class Policy {
  constructor(
    readonly viewer: Viewer,
    private readonly line: ReportingLine,
  ) {}

  get isAdmin(): boolean {
    return this.viewer.role === 'admin';
  }

  /** Managers reach the people under them; a member's reports (if any) give no rights. */
  reaches(personId: string): boolean {
    return this.viewer.role === 'manager' && this.line.below.has(personId);
  }

  isSelf(personId: string): boolean {
    return this.viewer.personId === personId;
  }

  /**
   * The directory: everyone signed in reads every person's entry in their organization (name,
   * title, track, team, manager, reports, active). The organization itself is checked by the
   * queries and by row-level security; nothing here depends on the reporting line.
   */
  canReadDirectoryEntry(_personId: string): boolean {
    return true;
  }

  /**
   * A person's details beyond the directory (level, start date, weekly capacity): the person,
   * the managers who reach them, the people in their own manager chain, and admins.
   */
  canReadPersonDetails(personId: string): boolean {
    return this.isAdmin || this.isSelf(personId) || this.reaches(personId) || this.line.above.has(personId);
  }

  canEditPerson(personId: string): boolean {
    return this.isAdmin || this.reaches(personId);
  }

  /** A manager may place a person under themselves or under someone they reach. */
  canAssignManager(managerId: string): boolean {
    return this.isAdmin || (this.viewer.role === 'manager' && (this.isSelf(managerId) || this.reaches(managerId)));
  }

  canCreatePerson(): boolean {
    return this.isAdmin || this.viewer.role === 'manager';
  }

  canCreateTeam(): boolean {
    return this.isAdmin || this.viewer.role === 'manager';
  }

  /** A manager edits the teams they lead or that someone they reach leads. */
  canEditTeam(leadId: string | null): boolean {
    if (this.isAdmin) return true;
    if (this.viewer.role !== 'manager' || leadId === null) return false;
    return this.isSelf(leadId) || this.reaches(leadId);
  }

  canManageUsers(): boolean {
    return this.isAdmin;
  }

  canEditOrganization(): boolean {
    return this.isAdmin;
  }

  /** Holiday calendars are the organization's: everyone reads them, admins keep them. */
  canManageHolidayCalendars(): boolean {
    return this.isAdmin;
  }

  /** Everyone signed in reads the framework; admins shape it (import, export). */
  canEditFramework(): boolean {
    return this.isAdmin;
  }

  canReadAuditLog(): boolean {
    return this.isAdmin;
  }

  /**
   * Growth records (assessments, goals, evidence) belong to the person and their manager chain:
   * not to peers, not to peer managers, and not to admins. An account has one role, and the admin
   * role reaches nobody: an admin sees their own growth only.
   */
  canReadGrowth(personId: string): boolean {
    return this.isSelf(personId) || this.reaches(personId);
  }

  /** The person and their manager chain write goals, check-ins and evidence. */
  canWriteGrowth(personId: string): boolean {
    return this.canReadGrowth(personId);
  }

  /** Only the person rates themselves. */
  canSelfAssess(personId: string): boolean {
    return this.isSelf(personId);
  }

  /** The manager chain writes (and shares) the manager rating; nobody rates themselves as manager. */
  canManagerAssess(personId: string): boolean {
    return this.reaches(personId);
  }

  /** The manager chain sees manager ratings at once; the person once they are shared. */
  canSeeManagerRatings(personId: string, shared: boolean): boolean {
    return this.reaches(personId) || (shared && this.isSelf(personId));
  }

  /** Projects, their needs and their rosters are the organization's common knowledge. */
  canReadProjects(): boolean {
    return true;
  }

  /** Managers plan their teams' work; admins keep the list of projects in order. */
  canManageProjects(): boolean {
    return this.isAdmin || this.viewer.role === 'manager';
  }

  /** Managers allocate the people they reach; admins allocate anyone. */
  canAllocate(personId: string): boolean {
    return this.isAdmin || this.reaches(personId);
  }

  /** Scenarios are drafts of a plan: managers draft them over the people they reach, admins over anyone. */
  canDraftScenarios(): boolean {
    return this.isAdmin || this.viewer.role === 'manager';
  }

  /**
   * A scenario is its author's draft (a manager's), and every admin's: nobody else reads, edits,
   * applies or discards it, not a peer manager, not the people it moves.
   */
  canManageScenario(authorUserId: string | null): boolean {
    if (this.isAdmin) return true;
    return this.viewer.role === 'manager' && authorUserId !== null && authorUserId === this.viewer.userId;
  }

  /** A person's timeline, balance and time off: the person, their manager chain, and admins. */
  canReadTimeline(personId: string): boolean {
    return this.isAdmin || this.isSelf(personId) || this.reaches(personId);
  }

  /** The person records their own time off; their manager chain and admins may too. */
  canManageTimeOff(personId: string): boolean {
    return this.isAdmin || this.isSelf(personId) || this.reaches(personId);
  }

  /** A time-off note is the person's and their manager chain's: not an admin's. */
  canReadTimeOffNote(personId: string): boolean {
    return this.isSelf(personId) || this.reaches(personId);
  }

  /**
   * Which goal an allocation stretches toward, and how well work fits someone's growth, are
   * growth records: seen where growth is seen (the person and their manager chain).
   */
  canSeeStretch(personId: string): boolean {
    return this.canReadGrowth(personId);
  }

  /** Only those who plan a person's work link it to the person's goals. */
  canLinkStretch(personId: string): boolean {
    return this.reaches(personId);
  }

  /** Suggestions weigh growth goals: only a manager, for the people they reach. */
  canSuggestStaff(): boolean {
    return this.viewer.role === 'manager';
  }

  /**
   * A one-on-one's content (agenda, shared notes, action items, mood, the check-ins made in it) is
   * read by its two participants alone: not their manager chain, not an admin.
   */
  canReadMeeting(pair: OneOnOnePair): boolean {
    return this.isOneOnOneParticipant(pair);
  }

  /** The two participants, and nobody else, write a one-on-one's agenda, notes and action items. */
  canWriteMeeting(pair: OneOnOnePair): boolean {
    return this.isOneOnOneParticipant(pair);
  }

  /** The mood of a meeting is the partner's (the report, the mentee) to give; both sides see it. */
  canSetMeetingMood(pair: OneOnOnePair): boolean {
    return this.isSelf(pair.partnerId);
  }

  /**
   * A private note is kept by a participant for themselves; only its author ever reads it (the
   * service reads by the viewer's own account, and a row policy in the database does the same).
   */
  canKeepPrivateNote(pair: OneOnOnePair): boolean {
    return this.isOneOnOneParticipant(pair);
  }

  /**
   * That a series exists, with whom and how well its cadence is kept (never what is in it): the
   * participants, the manager chain above either of them, and admins.
   */
  canSeeOneOnOneSeries(pair: OneOnOnePair): boolean {
    return (
      this.isOneOnOneParticipant(pair) || this.reaches(pair.leadId) || this.reaches(pair.partnerId) || this.isAdmin
    );
  }

  /**
   * Who may start a series of a kind: a manager with their direct report (`manager_report`) or with
   * someone further down their line (`skip_level`); either side of a peer or mentoring pair.
   * `partnerManagerId` is the partner's current manager.
   */
  canStartOneOnOne(kind: OneOnOneKindValue, pair: OneOnOnePair, partnerManagerId: string | null): boolean {
    switch (kind) {
      case 'manager_report':
        return this.isSelf(pair.leadId) && this.reaches(pair.partnerId) && partnerManagerId === pair.leadId;
      case 'skip_level':
        return this.isSelf(pair.leadId) && this.reaches(pair.partnerId) && partnerManagerId !== pair.leadId;
      case 'peer':
      case 'mentoring':
        return this.isOneOnOneParticipant(pair);
    }
  }

  /** Changing a series' schedule, pausing, resuming or ending it: either participant. */
  canManageOneOnOneSeries(pair: OneOnOnePair): boolean {
    return this.isOneOnOneParticipant(pair);
  }

  /** Admins keep the organization's own one-on-one templates; everyone uses them. */
  canManageOneOnOneTemplates(): boolean {
    return this.isAdmin;
  }

  /**
   * Cadence figures per manager (series held vs expected, never content): managers for themselves
   * and the managers they reach, admins for everyone. Null means "every manager".
   */
  cadenceManagerIds(): string[] | null {
    if (this.isAdmin) return null;
    if (this.viewer.role !== 'manager' || !this.viewer.personId) return [];
    return [this.viewer.personId, ...this.line.below];
  }

  private isOneOnOneParticipant(pair: OneOnOnePair): boolean {
    return this.viewer.personId !== null && (this.isSelf(pair.leadId) || this.isSelf(pair.partnerId));
  }

  /**
   * A calendar feed lists the viewer's own one-on-ones, so it needs an account linked to a person;
   * it is always the viewer's own (nobody makes or reads another's).
   */
  canKeepCalendarFeed(): boolean {
    return this.viewer.personId !== null;
  }

  /** Who read a person's records is theirs alone to see: not their manager's, not an admin's. */
  canReadRecordReads(personId: string): boolean {
    return this.isSelf(personId);
  }

  /**
   * A quarterly review belongs to the person and their manager chain: not to peers, not to peer
   * managers, and not to admins (an admin reads their own review only).
   */
  canReadReview(personId: string): boolean {
    return this.canReadGrowth(personId);
  }

  /** The manager chain writes, shares and calibrates the manager's part; nobody reviews themselves. */
  canWriteReview(personId: string): boolean {
    return this.reaches(personId);
  }

  /** The person alone writes their reflection and acknowledges the review. */
  canReflectOnReview(personId: string): boolean {
    return this.isSelf(personId);
  }

  /**
   * Review cycles are opened and closed by admins and by directors: managers whose reach holds
   * other managers (the caller says whether it does).
   */
  canManageReviewCycles(isDirector: boolean): boolean {
    return this.isAdmin || (this.viewer.role === 'manager' && isDirector);
  }

  /** A director adjusts the readiness of people in their reach (calibration), with a reason. */
  canCalibrateReadiness(personId: string, isDirector: boolean): boolean {
    return isDirector && this.reaches(personId);
  }

  /** The people whose reviews the viewer reads: their own and their reach's. */
  reviewPersonIds(): string[] {
    const ids = new Set<string>(this.reachedPersonIds());
    if (this.viewer.personId) ids.add(this.viewer.personId);
    return [...ids];
  }

  /** The people whose timeline the viewer reads, or null for "everyone in the organization". */
  timelinePersonIds(): string[] | null {
    if (this.isAdmin) return null;
    const ids = new Set<string>(this.reachedPersonIds());
    if (this.viewer.personId) ids.add(this.viewer.personId);
    return [...ids];
  }

  /** Everyone below a manager, or null for a viewer who reaches nobody. */
  reachedPersonIds(): string[] {
    return this.viewer.role === 'manager' ? [...this.line.below] : [];
  }

  /**
   * The people whose details the viewer reads, or null for "everyone in the organization":
   * a search may match their level, and nobody else's.
   */
  personDetailIds(): string[] | null {
    if (this.isAdmin) return null;
    const ids = new Set<string>(this.line.above);
    if (this.viewer.personId) ids.add(this.viewer.personId);
    if (this.viewer.role === 'manager') for (const id of this.line.below) ids.add(id);
    return [...ids];
  }
}
