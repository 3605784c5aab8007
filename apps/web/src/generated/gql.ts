/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AddHoliday($input: HolidayInput!) {\n    addHoliday(input: $input) {\n      ...HolidayCalendarFields\n    }\n  }\n": typeof types.AddHolidayDocument,
    "\n  query AdminHolidayCalendars {\n    holidayCalendars {\n      ...HolidayCalendarFields\n    }\n  }\n": typeof types.AdminHolidayCalendarsDocument,
    "\n  query AdminOneOnOneTemplates {\n    oneOnOneTemplates {\n      ...TemplateFields\n    }\n  }\n": typeof types.AdminOneOnOneTemplatesDocument,
    "\n  fragment AdminUser on User {\n    id\n    email\n    role\n    active\n    lastSignInAt\n    person {\n      id\n      name\n    }\n  }\n": typeof types.AdminUserFragmentDoc,
    "\n  query AuditLog($limit: Int!) {\n    auditLog(limit: $limit) {\n      id\n      at\n      action\n      actorEmail\n      targetType\n      targetId\n      targetLabel\n      detail\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ChangeUserRole($userId: ID!, $role: Role!) {\n    changeUserRole(userId: $userId, role: $role) {\n      ...AdminUser\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation CreateHolidayCalendar($input: CreateHolidayCalendarInput!) {\n    createHolidayCalendar(input: $input) {\n      ...HolidayCalendarFields\n    }\n  }\n": typeof types.CreateHolidayCalendarDocument,
    "\n  mutation CreateOneOnOneTemplate($input: OneOnOneTemplateInput!) {\n    createOneOnOneTemplate(input: $input) {\n      ...TemplateFields\n    }\n  }\n": typeof types.CreateOneOnOneTemplateDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUser\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation DeleteHolidayCalendar($id: ID!) {\n    deleteHolidayCalendar(id: $id)\n  }\n": typeof types.DeleteHolidayCalendarDocument,
    "\n  mutation DeleteOneOnOneTemplate($id: ID!, $version: Int!) {\n    deleteOneOnOneTemplate(id: $id, version: $version)\n  }\n": typeof types.DeleteOneOnOneTemplateDocument,
    "\n  fragment HolidayCalendarFields on HolidayCalendar {\n    id\n    name\n    holidayCount\n    peopleCount\n    years\n    version\n  }\n": typeof types.HolidayCalendarFieldsFragmentDoc,
    "\n  query Holidays($calendarId: ID!, $year: Int) {\n    holidays(calendarId: $calendarId, year: $year) {\n      date\n      name\n    }\n  }\n": typeof types.HolidaysDocument,
    "\n  mutation ImportHolidays($input: ImportHolidaysInput!) {\n    importHolidays(input: $input) {\n      calendar {\n        ...HolidayCalendarFields\n      }\n      imported {\n        date\n        name\n      }\n      skipped {\n        name\n        date\n        reason\n      }\n      fromYear\n      toYear\n    }\n  }\n": typeof types.ImportHolidaysDocument,
    "\n  query Organization {\n    organization {\n      ...OrganizationWithSettings\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  fragment OrganizationWithSettings on Organization {\n    id\n    name\n    version\n    fiscalYearStartLocked\n    settings {\n      fiscalQuarterStartMonth\n      defaultWeeklyCapacityHours\n      targetDevelopmentShare\n      staleGoalDays\n      overAllocation\n      idleBelow\n    }\n  }\n": typeof types.OrganizationWithSettingsFragmentDoc,
    "\n  mutation RemoveHoliday($calendarId: ID!, $date: LocalDate!) {\n    removeHoliday(calendarId: $calendarId, date: $date) {\n      ...HolidayCalendarFields\n    }\n  }\n": typeof types.RemoveHolidayDocument,
    "\n  mutation RenameHolidayCalendar($input: RenameHolidayCalendarInput!) {\n    renameHolidayCalendar(input: $input) {\n      ...HolidayCalendarFields\n    }\n  }\n": typeof types.RenameHolidayCalendarDocument,
    "\n  fragment TemplateFields on OneOnOneTemplate {\n    id\n    name\n    points\n    builtIn\n    version\n  }\n": typeof types.TemplateFieldsFragmentDoc,
    "\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      ...OrganizationWithSettings\n    }\n  }\n": typeof types.UpdateOrganizationSettingsDocument,
    "\n  mutation UpdateOneOnOneTemplate($id: ID!, $version: Int!, $input: OneOnOneTemplateInput!) {\n    updateOneOnOneTemplate(id: $id, version: $version, input: $input) {\n      ...TemplateFields\n    }\n  }\n": typeof types.UpdateOneOnOneTemplateDocument,
    "\n  query Users {\n    users {\n      ...AdminUser\n    }\n  }\n": typeof types.UsersDocument,
    "\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    active\n    person {\n      id\n      name\n      title\n      level\n      track\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation AcceptStaffingEvidence($input: AcceptStaffingEvidenceInput!) {\n    acceptStaffingEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n": typeof types.AcceptStaffingEvidenceDocument,
    "\n  mutation AddEvidence($input: CreateEvidenceInput!) {\n    addEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n": typeof types.AddEvidenceDocument,
    "\n  mutation DeleteEvidence($id: ID!) {\n    deleteEvidence(id: $id)\n  }\n": typeof types.DeleteEvidenceDocument,
    "\n  mutation DismissStaffingEvidence($allocationId: ID!) {\n    dismissStaffingEvidence(allocationId: $allocationId)\n  }\n": typeof types.DismissStaffingEvidenceDocument,
    "\n  fragment EvidenceFields on Evidence {\n    id\n    personId\n    date\n    kind\n    title\n    link\n    impact\n    incidentRole\n    incidentSeverity\n    learningFormat\n    createdByName\n    allocationId\n    version\n    competencies {\n      key\n      name\n      areaName\n    }\n    goals {\n      id\n      title\n    }\n  }\n": typeof types.EvidenceFieldsFragmentDoc,
    "\n  query Evidence($personId: ID!, $competencyKey: String) {\n    evidence(personId: $personId, competencyKey: $competencyKey) {\n      ...EvidenceFields\n    }\n  }\n": typeof types.EvidenceDocument,
    "\n  fragment StaffingEvidenceOfferFields on StaffingEvidenceOffer {\n    allocationId\n    personId\n    personName\n    projectId\n    projectName\n    role\n    kind\n    percent\n    startDate\n    endDate\n    title\n    evidenceKind\n    competencies {\n      key\n      name\n      areaName\n    }\n    goals {\n      id\n      title\n    }\n  }\n": typeof types.StaffingEvidenceOfferFieldsFragmentDoc,
    "\n  query StaffingEvidenceOffers($personId: ID) {\n    staffingEvidenceOffers(personId: $personId) {\n      ...StaffingEvidenceOfferFields\n    }\n  }\n": typeof types.StaffingEvidenceOffersDocument,
    "\n  mutation UpdateEvidence($id: ID!, $input: UpdateEvidenceInput!) {\n    updateEvidence(id: $id, input: $input) {\n      ...EvidenceFields\n    }\n  }\n": typeof types.UpdateEvidenceDocument,
    "\n  query CompareLevels($from: String!, $to: String!) {\n    compareLevels(from: $from, to: $to) {\n      ...LevelComparisonDetail\n    }\n  }\n": typeof types.CompareLevelsDocument,
    "\n  fragment FrameworkDetail on Framework {\n    name\n    description\n    version\n    belowExpectations {\n      name\n      summary\n    }\n    tracks {\n      key\n      name\n      levels {\n        ...FrameworkLevelFields\n      }\n    }\n    areas {\n      key\n      name\n      description\n      retired\n      competencies {\n        key\n        name\n        description\n        retired\n        expectations {\n          levelKey\n          text\n        }\n      }\n    }\n  }\n": typeof types.FrameworkDetailFragmentDoc,
    "\n  fragment FrameworkLevelFields on FrameworkLevel {\n    key\n    name\n    summary\n    retired\n    trackKey\n  }\n": typeof types.FrameworkLevelFieldsFragmentDoc,
    "\n  fragment FrameworkProblemFields on FrameworkProblem {\n    path\n    message\n  }\n": typeof types.FrameworkProblemFieldsFragmentDoc,
    "\n  query Framework {\n    framework {\n      ...FrameworkDetail\n    }\n  }\n": typeof types.FrameworkDocument,
    "\n  fragment FrameworkYamlProblemFields on FrameworkYamlProblem {\n    line\n    path\n    message\n  }\n": typeof types.FrameworkYamlProblemFieldsFragmentDoc,
    "\n  query FrameworkYaml {\n    frameworkYaml\n  }\n": typeof types.FrameworkYamlDocument,
    "\n  mutation ImportFramework($yaml: String!, $version: Int!) {\n    importFramework(yaml: $yaml, version: $version) {\n      framework {\n        ...FrameworkDetail\n      }\n      problems {\n        ...FrameworkYamlProblemFields\n      }\n    }\n  }\n": typeof types.ImportFrameworkDocument,
    "\n  fragment LevelComparisonDetail on LevelComparison {\n    from {\n      ...FrameworkLevelFields\n    }\n    to {\n      ...FrameworkLevelFields\n    }\n    rows {\n      areaKey\n      areaName\n      competencyKey\n      competencyName\n      fromText\n      toText\n      changed\n    }\n    changedCount\n  }\n": typeof types.LevelComparisonDetailFragmentDoc,
    "\n  mutation UpdateFramework($version: Int!, $input: FrameworkInput!) {\n    updateFramework(version: $version, input: $input) {\n      framework {\n        ...FrameworkDetail\n      }\n      problems {\n        ...FrameworkProblemFields\n      }\n    }\n  }\n": typeof types.UpdateFrameworkDocument,
    "\n  mutation CheckInGoal($goalId: ID!, $input: GoalCheckInInput!) {\n    checkInGoal(goalId: $goalId, input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.CheckInGoalDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  fragment GoalCheckInFields on GoalCheckIn {\n    id\n    date\n    progress\n    confidence\n    note\n    authorName\n  }\n": typeof types.GoalCheckInFieldsFragmentDoc,
    "\n  fragment GoalFields on Goal {\n    id\n    personId\n    title\n    description\n    status\n    version\n    startDate\n    targetLevelKey\n    targetLevelName\n    evidenceCount\n    dueQuarter {\n      key\n      label\n    }\n    competencies {\n      key\n      name\n      areaName\n    }\n    milestones {\n      id\n      title\n      done\n    }\n    health {\n      state\n      progress\n      expectedProgress\n      reason\n      stale\n      daysSinceCheckIn\n      lastCheckInDate\n    }\n    checkIns {\n      ...GoalCheckInFields\n    }\n  }\n": typeof types.GoalFieldsFragmentDoc,
    "\n  query GoalFormOptions($personId: ID!) {\n    person(id: $personId) {\n      id\n      track\n      levelKey\n    }\n    organization {\n      id\n      currentQuarter {\n        fiscalYear\n        quarter\n        label\n      }\n    }\n    framework {\n      ...FrameworkDetail\n    }\n  }\n": typeof types.GoalFormOptionsDocument,
    "\n  query Goals($personId: ID!) {\n    goals(personId: $personId) {\n      ...GoalFields\n    }\n  }\n": typeof types.GoalsDocument,
    "\n  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {\n    setMilestoneDone(milestoneId: $milestoneId, done: $done) {\n      ...GoalFields\n    }\n  }\n": typeof types.SetMilestoneDoneDocument,
    "\n  mutation UpdateGoal($id: ID!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    competencyKey\n    quarter\n    source\n    rating\n    ratingName\n    ratingPosition\n    comment\n    authorName\n    updatedAt\n    version\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  fragment CompetencyAssessmentFields on CompetencyAssessment {\n    competencyKey\n    competencyName\n    competencyDescription\n    areaKey\n    areaName\n    expectation\n    nextExpectation\n    self {\n      ...AssessmentFields\n    }\n    manager {\n      ...AssessmentFields\n    }\n    previousSelf {\n      ...AssessmentFields\n    }\n    previousManager {\n      ...AssessmentFields\n    }\n    disagreement\n    gap\n  }\n": typeof types.CompetencyAssessmentFieldsFragmentDoc,
    "\n  fragment PersonGrowthFields on PersonGrowth {\n    personId\n    quarter {\n      ...QuarterFields\n    }\n    previousQuarter {\n      ...QuarterFields\n    }\n    quarters {\n      ...QuarterFields\n    }\n    level {\n      ...RatingRungFields\n    }\n    scale {\n      ...RatingRungFields\n    }\n    competencies {\n      ...CompetencyAssessmentFields\n    }\n    managerRatingsShared\n    managerRatingsVisible\n    canSelfAssess\n    canManagerAssess\n    writable\n    selfCount\n    managerCount\n    disagreementCount\n    readiness {\n      nextLevelKey\n      nextLevelName\n      met\n      total\n      share\n    }\n    readinessThrough {\n      key\n      label\n    }\n  }\n": typeof types.PersonGrowthFieldsFragmentDoc,
    "\n  query PersonGrowth($personId: ID!, $quarter: String) {\n    personGrowth(personId: $personId, quarter: $quarter) {\n      ...PersonGrowthFields\n    }\n  }\n": typeof types.PersonGrowthDocument,
    "\n  fragment QuarterFields on Quarter {\n    key\n    label\n    start\n    end\n  }\n": typeof types.QuarterFieldsFragmentDoc,
    "\n  fragment RatingRungFields on RatingRung {\n    position\n    key\n    name\n    summary\n    retired\n  }\n": typeof types.RatingRungFieldsFragmentDoc,
    "\n  mutation SaveAssessments($input: SaveAssessmentsInput!) {\n    saveAssessments(input: $input) {\n      ...PersonGrowthFields\n    }\n  }\n": typeof types.SaveAssessmentsDocument,
    "\n  mutation ShareManagerRatings($personId: ID!, $quarter: String!, $shared: Boolean!) {\n    shareManagerRatings(personId: $personId, quarter: $quarter, shared: $shared) {\n      personId\n      quarter\n      shared\n      sharedAt\n    }\n  }\n": typeof types.ShareManagerRatingsDocument,
    "\n  query AdminOverview {\n    organization {\n      id\n      name\n    }\n    people {\n      id\n      active\n    }\n    teams {\n      id\n    }\n    users {\n      id\n      active\n    }\n  }\n": typeof types.AdminOverviewDocument,
    "\n  fragment HomeGrowthOverview on GrowthOverview {\n    quarter {\n      key\n      label\n    }\n    goalsNeedingAttention {\n      goalId\n      title\n      reason\n      stale\n      person {\n        id\n        name\n      }\n    }\n    teams {\n      team {\n        id\n        name\n      }\n      people\n      goalsNeedingAttention\n      selfRatingsMissing\n      managerRatingsMissing\n      unsharedRatings\n    }\n    missingAssessments {\n      selfMissing\n      managerMissing\n      total\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HomeGrowthOverviewFragmentDoc,
    "\n  query HomeGrowthOverview {\n    growthOverview {\n      ...HomeGrowthOverview\n    }\n  }\n": typeof types.HomeGrowthOverviewDocument,
    "\n  query ManagerOverview($personId: ID!) {\n    person(id: $personId) {\n      id\n      directReports {\n        ...PersonSummary\n      }\n    }\n  }\n": typeof types.ManagerOverviewDocument,
    "\n  query MyNotifications {\n    myNotifications(limit: 20) {\n      unread\n      items {\n        id\n        kind\n        text\n        link\n        createdAt\n        read\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids, limit: 20) {\n      unread\n      items {\n        id\n        kind\n        text\n        link\n        createdAt\n        read\n      }\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n    }\n  }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      path\n      createdAt\n    }\n  }\n": typeof types.RegenerateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    version\n    status\n    adHoc\n    scheduledAt\n    durationMinutes\n    completedAt\n    mood\n    canSetMood\n    hasPrivateNote\n    series {\n      id\n      kind\n      participant\n      lead {\n        id\n        name\n      }\n      partner {\n        id\n        name\n        title\n      }\n      otherPerson {\n        id\n        name\n      }\n    }\n    points {\n      id\n      text\n      position\n      discussed\n      tags\n      suggestionKey\n      author {\n        id\n        name\n      }\n      carriedFrom {\n        meetingId\n        scheduledAt\n      }\n    }\n    actionItems {\n      id\n      text\n      dueDate\n      done\n      overdue\n      owner {\n        id\n        name\n      }\n      carriedFrom {\n        meetingId\n        scheduledAt\n      }\n    }\n    checkIns {\n      goalId\n      goalTitle\n      progress\n      confidence\n      note\n      date\n      authorName\n    }\n    previousMeeting {\n      id\n      scheduledAt\n      discussedPoints\n      notesExcerpt\n      actionItems {\n        id\n        text\n        done\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  mutation AddTalkingPoint($meetingId: ID!, $input: TalkingPointInput!) {\n    addTalkingPoint(meetingId: $meetingId, input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.AddTalkingPointDocument,
    "\n  mutation RemoveTalkingPoint($id: ID!) {\n    removeTalkingPoint(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RemoveTalkingPointDocument,
    "\n  mutation MoveTalkingPoint($id: ID!, $position: Int!) {\n    moveTalkingPoint(id: $id, position: $position) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MoveTalkingPointDocument,
    "\n  mutation MarkTalkingPointDiscussed($id: ID!, $discussed: Boolean!) {\n    markTalkingPointDiscussed(id: $id, discussed: $discussed) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MarkTalkingPointDiscussedDocument,
    "\n  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {\n    addActionItem(meetingId: $meetingId, input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  mutation CompleteActionItem($id: ID!, $done: Boolean!) {\n    completeActionItem(id: $id, done: $done) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CompleteActionItemDocument,
    "\n  mutation RemoveActionItem($id: ID!) {\n    removeActionItem(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RemoveActionItemDocument,
    "\n  mutation SetMeetingMood($meetingId: ID!, $mood: Int) {\n    setMeetingMood(meetingId: $meetingId, mood: $mood) {\n      ...MeetingFields\n    }\n  }\n": typeof types.SetMeetingMoodDocument,
    "\n  mutation CompleteMeeting($id: ID!, $version: Int!) {\n    completeMeeting(id: $id, version: $version) {\n      id\n      scheduledAt\n    }\n  }\n": typeof types.CompleteMeetingDocument,
    "\n  query MyPrivateNote($meetingId: ID!) {\n    myPrivateNote(meetingId: $meetingId) {\n      meetingId\n      body\n      version\n    }\n  }\n": typeof types.MyPrivateNoteDocument,
    "\n  mutation SavePrivateNote($meetingId: ID!, $body: String!, $version: Int!) {\n    savePrivateNote(meetingId: $meetingId, body: $body, version: $version) {\n      meetingId\n      body\n      version\n    }\n  }\n": typeof types.SavePrivateNoteDocument,
    "\n  mutation RescheduleMeeting($id: ID!, $scheduledAt: DateTime!, $version: Int!, $durationMinutes: Int) {\n    rescheduleMeeting(id: $id, scheduledAt: $scheduledAt, version: $version, durationMinutes: $durationMinutes) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RescheduleMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!, $version: Int!) {\n    cancelMeeting(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation ScheduleAdHocMeeting($seriesId: ID!, $scheduledAt: DateTime!, $durationMinutes: Int!) {\n    scheduleAdHocMeeting(seriesId: $seriesId, scheduledAt: $scheduledAt, durationMinutes: $durationMinutes) {\n      id\n    }\n  }\n": typeof types.ScheduleAdHocMeetingDocument,
    "\n  fragment SeriesFields on OneOnOneSeries {\n    id\n    kind\n    cadence\n    weekday\n    startTime\n    timeZone\n    durationMinutes\n    status\n    participant\n    version\n    lead {\n      id\n      name\n    }\n    partner {\n      id\n      name\n      title\n    }\n    otherPerson {\n      id\n      name\n      title\n    }\n    lastHeld {\n      id\n      scheduledAt\n    }\n    nextMeeting {\n      id\n      scheduledAt\n    }\n    cadenceFigures {\n      expected\n      held\n      kept\n    }\n    openActionItemCount\n    latestMood\n  }\n": typeof types.SeriesFieldsFragmentDoc,
    "\n  query OneOnOnes {\n    oneOnOnes {\n      ...SeriesFields\n    }\n  }\n": typeof types.OneOnOnesDocument,
    "\n  query CadenceByManager {\n    cadenceByManager {\n      manager {\n        id\n        name\n      }\n      seriesCount\n      expected\n      held\n      kept\n    }\n  }\n": typeof types.CadenceByManagerDocument,
    "\n  query MyOpenActionItems {\n    myOpenActionItems {\n      id\n      text\n      dueDate\n      overdue\n      meetingId\n      otherPerson {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyOpenActionItemsDocument,
    "\n  query OneOnOneSeriesDetail($id: ID!) {\n    oneOnOneSeries(id: $id) {\n      id\n      kind\n      cadence\n      weekday\n      startTime\n      timeZone\n      durationMinutes\n      status\n      participant\n      version\n      lead {\n        id\n        name\n      }\n      partner {\n        id\n        name\n        title\n      }\n      otherPerson {\n        id\n        name\n        title\n      }\n      cadenceFigures {\n        expected\n        held\n        kept\n      }\n      nextMeeting {\n        id\n        scheduledAt\n      }\n      meetings {\n        id\n        scheduledAt\n        status\n        adHoc\n        mood\n      }\n      moodTrend {\n        meetingId\n        scheduledAt\n        mood\n      }\n    }\n  }\n": typeof types.OneOnOneSeriesDetailDocument,
    "\n  query OneOnOneSearch($seriesId: ID!, $text: String, $tag: String) {\n    oneOnOneSearch(seriesId: $seriesId, text: $text, tag: $tag) {\n      kind\n      meetingId\n      scheduledAt\n      tags\n      text\n    }\n  }\n": typeof types.OneOnOneSearchDocument,
    "\n  fragment SeriesSchedule on OneOnOneSeriesDetail {\n    id\n    cadence\n    weekday\n    startTime\n    timeZone\n    durationMinutes\n    status\n    version\n    nextMeeting {\n      id\n      scheduledAt\n    }\n  }\n": typeof types.SeriesScheduleFragmentDoc,
    "\n  mutation StartOneOnOneSeries($input: StartOneOnOneSeriesInput!) {\n    startOneOnOneSeries(input: $input) {\n      id\n    }\n  }\n": typeof types.StartOneOnOneSeriesDocument,
    "\n  mutation UpdateOneOnOneSeries($id: ID!, $input: UpdateOneOnOneSeriesInput!) {\n    updateOneOnOneSeries(id: $id, input: $input) {\n      ...SeriesSchedule\n    }\n  }\n": typeof types.UpdateOneOnOneSeriesDocument,
    "\n  mutation PauseOneOnOneSeries($id: ID!, $version: Int!) {\n    pauseOneOnOneSeries(id: $id, version: $version) {\n      ...SeriesSchedule\n    }\n  }\n": typeof types.PauseOneOnOneSeriesDocument,
    "\n  mutation ResumeOneOnOneSeries($id: ID!, $version: Int!) {\n    resumeOneOnOneSeries(id: $id, version: $version) {\n      ...SeriesSchedule\n    }\n  }\n": typeof types.ResumeOneOnOneSeriesDocument,
    "\n  mutation EndOneOnOneSeries($id: ID!, $version: Int!) {\n    endOneOnOneSeries(id: $id, version: $version) {\n      ...SeriesSchedule\n    }\n  }\n": typeof types.EndOneOnOneSeriesDocument,
    "\n  query OneOnOneStartOptions {\n    people {\n      id\n      name\n      title\n      manager {\n        id\n      }\n    }\n    oneOnOneTemplates {\n      id\n      name\n      builtIn\n    }\n  }\n": typeof types.OneOnOneStartOptionsDocument,
    "\n  query MeetingSuggestions($meetingId: ID!) {\n    meetingSuggestions(meetingId: $meetingId) {\n      key\n      signal\n      text\n      reason\n      tags\n    }\n  }\n": typeof types.MeetingSuggestionsDocument,
    "\n  mutation AddSuggestedTalkingPoint($meetingId: ID!, $key: String!) {\n    addSuggestedTalkingPoint(meetingId: $meetingId, key: $key) {\n      key\n      signal\n      text\n      reason\n      tags\n    }\n  }\n": typeof types.AddSuggestedTalkingPointDocument,
    "\n  mutation DismissTalkingPointSuggestion($meetingId: ID!, $key: String!) {\n    dismissTalkingPointSuggestion(meetingId: $meetingId, key: $key) {\n      key\n      signal\n      text\n      reason\n      tags\n    }\n  }\n": typeof types.DismissTalkingPointSuggestionDocument,
    "\n  query MyRecordReads {\n    myRecordReads(limit: 50) {\n      readerName\n      kind\n      at\n      times\n    }\n  }\n": typeof types.MyRecordReadsDocument,
    "\n  query PeoplePage($filter: PeopleFilter, $offset: Int, $limit: Int) {\n    peoplePage(filter: $filter, offset: $offset, limit: $limit) {\n      totalCount\n      offset\n      limit\n      nodes {\n        ...PersonSummary\n      }\n    }\n  }\n": typeof types.PeoplePageDocument,
    "\n  query People($filter: PeopleFilter) {\n    people(filter: $filter) {\n      ...PersonSummary\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  fragment PersonDetail on Person {\n    ...PersonSummary\n    version\n    canEdit\n    canSeeDetails\n    canSeeGrowth\n    canEditGrowth\n    startDate\n    weeklyCapacityHours\n    workingDays\n    directReports {\n      ...PersonSummary\n    }\n  }\n": typeof types.PersonDetailFragmentDoc,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetail\n    }\n  }\n": typeof types.PersonDocument,
    "\n  fragment PersonSummary on Person {\n    id\n    name\n    title\n    level\n    track\n    active\n    team {\n      id\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n": typeof types.PersonSummaryFragmentDoc,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonDetail\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  fragment ReviewCycleFields on ReviewCycle {\n    id\n    quarter\n    quarterLabel\n    status\n    openedAt\n    openedByName\n    closedAt\n    closedByName\n    canClose\n    myReviewId\n    version\n    progress {\n      total\n      drafted\n      shared\n      acknowledged\n    }\n  }\n": typeof types.ReviewCycleFieldsFragmentDoc,
    "\n  fragment ReviewFields on Review {\n    id\n    cycleId\n    quarter\n    quarterLabel\n    cycleStatus\n    state\n    summary\n    strengths\n    focus\n    readiness\n    reflection\n    sharedAt\n    sharedByName\n    acknowledgedAt\n    focusGoalId\n    canWrite\n    canReflect\n    version\n    person {\n      id\n      name\n      title\n      teamName\n      managerName\n    }\n    adjustments {\n      from\n      to\n      reason\n      byName\n      at\n    }\n    packet {\n      frozen\n      highlights\n      ratings {\n        competencyKey\n        competencyName\n        areaName\n        gapToLevel\n        self {\n          nowLabel\n          change\n        }\n        manager {\n          nowLabel\n          change\n        }\n      }\n      ratingSummary {\n        rated\n        improved\n        declined\n        belowLevel\n        aboveLevel\n      }\n      goals {\n        finished {\n          id\n          title\n          progress\n        }\n        active {\n          id\n          title\n          progress\n          latestConfidence\n          checkInsThisQuarter\n        }\n        atRisk\n        dropped\n      }\n      evidence {\n        total\n        fromStaffing\n        unlinked\n        byCompetency {\n          competencyKey\n          competencyName\n          count\n        }\n        incidents {\n          title\n          role\n          severity\n        }\n      }\n      oneOnOnes {\n        held\n        expected\n        kept\n        actionItemsDone\n        actionItemsOverdue\n      }\n      time {\n        deliveryShare\n        developmentShare\n        supportShare\n        growthAlignedShare\n        developmentTarget\n        allocatedDays\n        meetsTarget\n        stretch {\n          projectName\n          goalTitles\n          from\n          to\n        }\n      }\n      readiness {\n        now\n        before\n        change\n        nextLevelName\n      }\n    }\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {\n    openReviewCycle(input: $input) {\n      ...ReviewCycleFields\n    }\n  }\n": typeof types.OpenReviewCycleDocument,
    "\n  mutation CloseReviewCycle($input: CloseReviewCycleInput!) {\n    closeReviewCycle(input: $input) {\n      ...ReviewCycleFields\n    }\n  }\n": typeof types.CloseReviewCycleDocument,
    "\n  mutation WriteReview($input: WriteReviewInput!) {\n    writeReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": typeof types.WriteReviewDocument,
    "\n  mutation ShareReview($input: ReviewVersionInput!) {\n    shareReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": typeof types.ShareReviewDocument,
    "\n  mutation ReflectOnReview($input: ReflectOnReviewInput!) {\n    reflectOnReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": typeof types.ReflectOnReviewDocument,
    "\n  mutation AcknowledgeReview($input: ReviewVersionInput!) {\n    acknowledgeReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": typeof types.AcknowledgeReviewDocument,
    "\n  mutation DraftGoalFromReviewFocus($id: ID!) {\n    draftGoalFromReviewFocus(id: $id) {\n      ...ReviewFields\n    }\n  }\n": typeof types.DraftGoalFromReviewFocusDocument,
    "\n  query ReviewCycles {\n    reviewCycles {\n      currentQuarter\n      currentQuarterLabel\n      canOpen\n      cycles {\n        ...ReviewCycleFields\n      }\n    }\n  }\n": typeof types.ReviewCyclesDocument,
    "\n  query ReviewCycle($id: ID!) {\n    reviewCycle(id: $id) {\n      ...ReviewCycleFields\n      reviews {\n        id\n        state\n        readiness\n        reflected\n        updatedAt\n        person {\n          id\n          name\n          title\n          teamName\n          managerName\n        }\n      }\n    }\n  }\n": typeof types.ReviewCycleDocument,
    "\n  query Review($id: ID!) {\n    review(id: $id) {\n      ...ReviewFields\n    }\n  }\n": typeof types.ReviewDocument,
    "\n  mutation CalibrateReviewReadiness($input: AdjustReadinessInput!) {\n    adjustReviewReadiness(input: $input) {\n      id\n      readiness\n      version\n    }\n  }\n": typeof types.CalibrateReviewReadinessDocument,
    "\n  fragment CalibrationGroupFields on CalibrationGroup {\n    key\n    name\n    people\n    above\n    meets\n    below\n    averageGap\n    againstReach\n    outlier\n    readiness {\n      notYet\n      soon\n      ready\n      unset\n    }\n  }\n": typeof types.CalibrationGroupFieldsFragmentDoc,
    "\n  fragment CalibrationReviewFields on CalibrationReview {\n    reviewId\n    version\n    readiness\n    readinessShare\n    averageGap\n    person {\n      id\n      name\n      teamName\n      managerName\n    }\n  }\n": typeof types.CalibrationReviewFieldsFragmentDoc,
    "\n  fragment ReviewCalibrationFields on ReviewCalibration {\n    cycleId\n    quarterLabel\n    canAdjust\n    reachAverageGap\n    byManager {\n      ...CalibrationGroupFields\n    }\n    byTeam {\n      ...CalibrationGroupFields\n    }\n    reviews {\n      ...CalibrationReviewFields\n    }\n  }\n": typeof types.ReviewCalibrationFieldsFragmentDoc,
    "\n  query CycleCalibration($cycleId: ID!) {\n    reviewCalibration(cycleId: $cycleId) {\n      ...ReviewCalibrationFields\n    }\n  }\n": typeof types.CycleCalibrationDocument,
    "\n  fragment TeamReportQuarterFields on TeamReportQuarter {\n    quarter\n    label\n    frozen\n    people\n    averageDevelopmentShare\n    meetingDevelopmentTarget\n    goalsFinished\n    withOneOnOnes\n    oneOnOnesKept\n    byArea {\n      areaName\n      averageGap\n      rated\n    }\n    readiness {\n      notYet\n      soon\n      ready\n      unset\n    }\n  }\n": typeof types.TeamReportQuarterFieldsFragmentDoc,
    "\n  fragment TeamReportRowFields on TeamReportRow {\n    reviewId\n    ratingsImproved\n    ratingsDeclined\n    belowLevel\n    goalsFinished\n    evidence\n    oneOnOnesHeld\n    oneOnOnesExpected\n    developmentShare\n    meetsDevelopmentTarget\n    readiness\n    readinessShare\n    readinessChange\n    person {\n      id\n      name\n      teamName\n      managerName\n    }\n  }\n": typeof types.TeamReportRowFieldsFragmentDoc,
    "\n  fragment ReviewTeamReportFields on ReviewTeamReport {\n    cycleId\n    quarterLabel\n    developmentTarget\n    highlights\n    coverageGained\n    coverageLost\n    competencyChanges {\n      competencyName\n      areaName\n      before\n      now\n      change\n    }\n    quarters {\n      ...TeamReportQuarterFields\n    }\n    people {\n      ...TeamReportRowFields\n    }\n  }\n": typeof types.ReviewTeamReportFieldsFragmentDoc,
    "\n  query CycleTeamReport($cycleId: ID!) {\n    reviewTeamReport(cycleId: $cycleId) {\n      ...ReviewTeamReportFields\n    }\n  }\n": typeof types.CycleTeamReportDocument,
    "\n  mutation AddProjectNeed($projectId: ID!, $input: ProjectNeedInput!) {\n    addProjectNeed(projectId: $projectId, input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.AddProjectNeedDocument,
    "\n  mutation AddTimeOff($input: CreateTimeOffInput!) {\n    addTimeOff(input: $input) {\n      ...TimeOffFields\n    }\n  }\n": typeof types.AddTimeOffDocument,
    "\n  fragment AllocationFields on Allocation {\n    id\n    personId\n    projectId\n    projectName\n    needId\n    kind\n    percent\n    startDate\n    endDate\n    status\n    note\n    version\n    scenarioChange\n    replacesId\n    growthAligned\n    stretchGoals {\n      id\n      title\n    }\n  }\n": typeof types.AllocationFieldsFragmentDoc,
    "\n  mutation AssignHolidayCalendar($personId: ID!, $calendarId: ID) {\n    assignHolidayCalendar(personId: $personId, calendarId: $calendarId) {\n      id\n      holidayCalendarId\n      holidayCalendarName\n    }\n  }\n": typeof types.AssignHolidayCalendarDocument,
    "\n  fragment BalanceFiguresFields on BalanceFigures {\n    capacityDays\n    allocatedShare\n    tentativeShare\n    deliveryShare\n    developmentShare\n    supportShare\n    growthAlignedShare\n    developmentShortfall\n    overAllocatedWeeks\n  }\n": typeof types.BalanceFiguresFieldsFragmentDoc,
    "\n  mutation CreateAllocation($input: CreateAllocationInput!) {\n    createAllocation(input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      overAllocatedWeeks {\n        week\n        monday\n        allocatedPercent\n      }\n      warning\n    }\n  }\n": typeof types.CreateAllocationDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation DeleteAllocation($id: ID!, $version: Int!) {\n    deleteAllocation(id: $id, version: $version)\n  }\n": typeof types.DeleteAllocationDocument,
    "\n  mutation DeleteTimeOff($id: ID!, $version: Int!) {\n    deleteTimeOff(id: $id, version: $version)\n  }\n": typeof types.DeleteTimeOffDocument,
    "\n  query HolidayCalendars {\n    holidayCalendars {\n      id\n      name\n      holidayCount\n    }\n  }\n": typeof types.HolidayCalendarsDocument,
    "\n  query MyNextWeeks($personId: ID!, $from: LocalDate!, $weeks: Int!) {\n    staffingTimeline(from: $from, weeks: $weeks, personId: $personId) {\n      from\n      to\n      weeks {\n        key\n      }\n      rows {\n        person {\n          id\n        }\n        load {\n          allocatedShare\n          overAllocated\n          away\n        }\n        allocations {\n          ...AllocationFields\n        }\n      }\n    }\n  }\n": typeof types.MyNextWeeksDocument,
    "\n  query NeedSuggestions($needId: ID!) {\n    needSuggestions(needId: $needId) {\n      needId\n      role\n      projectName\n      percent\n      openPercent\n      suggestions {\n        person {\n          id\n          name\n          title\n          teamName\n        }\n        score\n        capacityFit\n        competencyFit\n        growthValue\n        stretchGoal {\n          id\n          title\n        }\n        meets\n        below\n        grows\n        explanation\n      }\n    }\n  }\n": typeof types.NeedSuggestionsDocument,
    "\n  query PastScenarios {\n    scenarios(includeClosed: true) {\n      ...ScenarioFields\n    }\n  }\n": typeof types.PastScenariosDocument,
    "\n  query PersonTime($personId: ID!, $from: LocalDate!, $weeks: Int!, $teamId: ID) {\n    staffingTimeline(from: $from, weeks: $weeks, personId: $personId) {\n      from\n      to\n      rows {\n        canAllocate\n        person {\n          id\n          name\n          workingDays\n          holidayCalendarId\n          holidayCalendarName\n        }\n        allocations {\n          ...AllocationFields\n        }\n        timeOff {\n          ...TimeOffFields\n        }\n      }\n    }\n    staffingBalance(teamId: $teamId) {\n      developmentTarget\n      quarter {\n        key\n        label\n      }\n      people {\n        person {\n          id\n        }\n        figures {\n          ...BalanceFiguresFields\n        }\n        drought {\n          from\n          to\n          weeks\n        }\n      }\n    }\n  }\n": typeof types.PersonTimeDocument,
    "\n  query PlanExport($from: LocalDate!, $weeks: Int!, $teamId: ID, $offset: Int, $limit: Int) {\n    staffingTimeline(from: $from, weeks: $weeks, teamId: $teamId, offset: $offset, limit: $limit) {\n      totalCount\n      offset\n      rows {\n        person {\n          id\n          name\n        }\n        allocations {\n          id\n          projectName\n          kind\n          percent\n          startDate\n          endDate\n          status\n        }\n      }\n    }\n  }\n": typeof types.PlanExportDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    name\n    kind\n    status\n    priority\n    startDate\n    endDate\n    teamId\n    teamName\n    description\n    canEdit\n    version\n    needs {\n      ...ProjectNeedFields\n    }\n    roster {\n      ...RosterEntryFields\n    }\n  }\n": typeof types.ProjectFieldsFragmentDoc,
    "\n  fragment ProjectNeedFields on ProjectNeed {\n    id\n    projectId\n    role\n    percent\n    openPercent\n    startDate\n    endDate\n    version\n    competencies {\n      key\n      name\n      areaName\n      minLevelKey\n      minLevelName\n    }\n    filledBy {\n      ...RosterEntryFields\n    }\n  }\n": typeof types.ProjectNeedFieldsFragmentDoc,
    "\n  query ProjectOptions {\n    projects(filter: { statuses: [ACTIVE, PROPOSED] }) {\n      id\n      name\n      kind\n      status\n      startDate\n      endDate\n      needs {\n        id\n        role\n        percent\n        openPercent\n        startDate\n        endDate\n      }\n    }\n  }\n": typeof types.ProjectOptionsDocument,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  query Projects($filter: ProjectFilter) {\n    projects(filter: $filter) {\n      ...ProjectFields\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  mutation RemoveProjectNeed($id: ID!) {\n    removeProjectNeed(id: $id) {\n      ...ProjectFields\n    }\n  }\n": typeof types.RemoveProjectNeedDocument,
    "\n  fragment RosterEntryFields on RosterEntry {\n    allocationId\n    personId\n    personName\n    needId\n    kind\n    percent\n    startDate\n    endDate\n    status\n  }\n": typeof types.RosterEntryFieldsFragmentDoc,
    "\n  fragment PlanFiguresFields on PlanFiguresModel {\n    overAllocatedPersonWeeks\n    overAllocated {\n      person {\n        id\n        name\n      }\n      weeks\n      peakPercent\n    }\n    allocatedShare\n    developmentShare\n    developmentShortfall\n    growthAlignedShare\n    demandPercent\n    openPercent\n    unfilledShare\n    unfilledNeeds {\n      needId\n      projectId\n      projectName\n      role\n      percent\n      openPercent\n    }\n  }\n": typeof types.PlanFiguresFieldsFragmentDoc,
    "\n  query ScenarioComparison($id: ID!) {\n    scenarioComparison(id: $id) {\n      scenario {\n        ...ScenarioFields\n      }\n      from\n      to\n      weeks\n      people\n      developmentTarget\n      plan {\n        ...PlanFiguresFields\n      }\n      withScenario {\n        ...PlanFiguresFields\n      }\n      deltas {\n        overAllocatedPersonWeeks\n        developmentShare\n        unfilledShare\n        openPercent\n        growthAlignedShare\n      }\n      changes {\n        kind\n        personId\n        personName\n        allocation {\n          id\n          projectName\n          kind\n          percent\n          startDate\n          endDate\n        }\n        was {\n          projectName\n          percent\n          startDate\n          endDate\n        }\n        conflict\n      }\n    }\n  }\n": typeof types.ScenarioComparisonDocument,
    "\n  fragment ScenarioFields on Scenario {\n    id\n    name\n    status\n    version\n    author\n    added\n    changed\n    removed\n    updatedAt\n    closedAt\n  }\n": typeof types.ScenarioFieldsFragmentDoc,
    "\n  mutation CreateScenario($input: CreateScenarioInput!) {\n    createScenario(input: $input) {\n      ...ScenarioFields\n    }\n  }\n": typeof types.CreateScenarioDocument,
    "\n  mutation RenameScenario($id: ID!, $input: RenameScenarioInput!) {\n    renameScenario(id: $id, input: $input) {\n      ...ScenarioFields\n    }\n  }\n": typeof types.RenameScenarioDocument,
    "\n  mutation ApplyScenario($id: ID!, $version: Int!) {\n    applyScenario(id: $id, version: $version) {\n      ...ScenarioFields\n    }\n  }\n": typeof types.ApplyScenarioDocument,
    "\n  mutation DiscardScenario($id: ID!, $version: Int!) {\n    discardScenario(id: $id, version: $version) {\n      ...ScenarioFields\n    }\n  }\n": typeof types.DiscardScenarioDocument,
    "\n  mutation AddScenarioAllocation($scenarioId: ID!, $input: CreateAllocationInput!) {\n    addScenarioAllocation(scenarioId: $scenarioId, input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      warning\n    }\n  }\n": typeof types.AddScenarioAllocationDocument,
    "\n  mutation ChangeScenarioAllocation($scenarioId: ID!, $id: ID!, $input: UpdateAllocationInput!) {\n    changeScenarioAllocation(scenarioId: $scenarioId, id: $id, input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      warning\n    }\n  }\n": typeof types.ChangeScenarioAllocationDocument,
    "\n  mutation RemoveScenarioAllocation($scenarioId: ID!, $id: ID!, $version: Int!) {\n    removeScenarioAllocation(scenarioId: $scenarioId, id: $id, version: $version)\n  }\n": typeof types.RemoveScenarioAllocationDocument,
    "\n  mutation RestoreScenarioAllocation($scenarioId: ID!, $id: ID!) {\n    restoreScenarioAllocation(scenarioId: $scenarioId, id: $id)\n  }\n": typeof types.RestoreScenarioAllocationDocument,
    "\n  query StaffingScenarios {\n    scenarios {\n      ...ScenarioFields\n    }\n  }\n": typeof types.StaffingScenariosDocument,
    "\n  query SkillCoverage($teamId: ID) {\n    skillCoverage(teamId: $teamId) {\n      thin {\n        competencyKey\n        name\n        holders {\n          id\n          name\n        }\n        projects {\n          id\n          name\n        }\n      }\n      risks {\n        projectId\n        projectName\n        competencyKey\n        name\n        restsOn {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SkillCoverageDocument,
    "\n  query StaffingBalance($quarter: String, $teamId: ID) {\n    organization {\n      id\n      currentQuarter {\n        fiscalYear\n        quarter\n        label\n      }\n    }\n    staffingBalance(quarter: $quarter, teamId: $teamId) {\n      developmentTarget\n      quarter {\n        key\n        label\n        start\n        end\n      }\n      total {\n        ...BalanceFiguresFields\n      }\n      teams {\n        teamId\n        teamName\n        people\n        figures {\n          ...BalanceFiguresFields\n        }\n      }\n      people {\n        person {\n          id\n          name\n          title\n          teamId\n          teamName\n        }\n        figures {\n          ...BalanceFiguresFields\n        }\n        drought {\n          from\n          to\n          weeks\n        }\n      }\n    }\n  }\n": typeof types.StaffingBalanceDocument,
    "\n  query StaffingTimeline(\n    $from: LocalDate!\n    $weeks: Int!\n    $teamId: ID\n    $personId: ID\n    $projectId: ID\n    $kind: WorkKind\n    $offset: Int\n    $limit: Int\n    $scenarioId: ID\n  ) {\n    staffingTimeline(\n      from: $from\n      weeks: $weeks\n      teamId: $teamId\n      personId: $personId\n      projectId: $projectId\n      kind: $kind\n      offset: $offset\n      limit: $limit\n      scenarioId: $scenarioId\n    ) {\n      from\n      to\n      totalCount\n      offset\n      limit\n      weeks {\n        key\n        monday\n      }\n      openNeeds {\n        id\n        projectId\n        projectName\n        role\n        percent\n        openPercent\n        startDate\n        endDate\n      }\n      rows {\n        canAllocate\n        person {\n          id\n          name\n          title\n          teamId\n          teamName\n          workingDays\n        }\n        load {\n          workingDays\n          capacityDays\n          allocatedShare\n          tentativeShare\n          deliveryShare\n          developmentShare\n          supportShare\n          overAllocated\n          idle\n          away\n        }\n        allocations {\n          ...AllocationFields\n        }\n        timeOff {\n          ...TimeOffFields\n        }\n      }\n    }\n  }\n": typeof types.StaffingTimelineDocument,
    "\n  fragment TimeOffFields on TimeOff {\n    id\n    personId\n    startDate\n    endDate\n    percent\n    category\n    note\n    version\n  }\n": typeof types.TimeOffFieldsFragmentDoc,
    "\n  mutation UpdateAllocation($id: ID!, $input: UpdateAllocationInput!) {\n    updateAllocation(id: $id, input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      overAllocatedWeeks {\n        week\n        monday\n        allocatedPercent\n      }\n      warning\n    }\n  }\n": typeof types.UpdateAllocationDocument,
    "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation UpdateProjectNeed($id: ID!, $input: UpdateProjectNeedInput!) {\n    updateProjectNeed(id: $id, input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.UpdateProjectNeedDocument,
    "\n  mutation UpdateTimeOff($id: ID!, $input: UpdateTimeOffInput!) {\n    updateTimeOff(id: $id, input: $input) {\n      ...TimeOffFields\n    }\n  }\n": typeof types.UpdateTimeOffDocument,
    "\n  fragment TeamGrowthCompetencyDetail on CompetencyDetail {\n    personId\n    quarter {\n      key\n      label\n    }\n    competencyKey\n    competencyName\n    competencyDescription\n    areaName\n    expectation\n    self {\n      ...TeamGrowthDetailRating\n    }\n    manager {\n      ...TeamGrowthDetailRating\n    }\n    evidence {\n      id\n      date\n      kind\n      title\n      link\n      impact\n    }\n  }\n": typeof types.TeamGrowthCompetencyDetailFragmentDoc,
    "\n  query TeamGrowthCompetencyDetail($personId: ID!, $competencyKey: String!, $quarter: String) {\n    competencyDetail(personId: $personId, competencyKey: $competencyKey, quarter: $quarter) {\n      ...TeamGrowthCompetencyDetail\n    }\n  }\n": typeof types.TeamGrowthCompetencyDetailDocument,
    "\n  fragment TeamGrowthDetailRating on Assessment {\n    id\n    rating\n    ratingName\n    comment\n    authorName\n    updatedAt\n  }\n": typeof types.TeamGrowthDetailRatingFragmentDoc,
    "\n  fragment TeamGrowthFields on TeamGrowth {\n    totalPeople\n    quarter {\n      key\n      label\n    }\n    quarters {\n      key\n      label\n    }\n    gapRange {\n      min\n      max\n    }\n    competencies {\n      key\n      name\n      areaKey\n      areaName\n    }\n    rows {\n      person {\n        id\n        name\n        title\n        level\n        team {\n          id\n          name\n        }\n      }\n      cells {\n        competencyKey\n        rating\n        ratingName\n        source\n        gap\n        disagreement\n      }\n      belowCount\n      disagreementCount\n      selfRatedCount\n      managerRatedCount\n      managerRatingsShared\n      readiness {\n        nextLevelName\n        met\n        total\n        share\n      }\n    }\n  }\n": typeof types.TeamGrowthFieldsFragmentDoc,
    "\n  query TeamGrowth($teamId: ID, $quarter: String) {\n    teamGrowth(teamId: $teamId, quarter: $quarter) {\n      ...TeamGrowthFields\n    }\n  }\n": typeof types.TeamGrowthDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamSummary\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      ...TeamSummary\n      children {\n        id\n        name\n      }\n      members {\n        ...PersonSummary\n      }\n    }\n  }\n": typeof types.TeamDocument,
    "\n  fragment TeamSummary on Team {\n    id\n    name\n    version\n    canEdit\n    lead {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    leadName\n    memberCount\n  }\n": typeof types.TeamSummaryFragmentDoc,
    "\n  query Teams {\n    teams {\n      ...TeamSummary\n    }\n  }\n": typeof types.TeamsDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      ...TeamSummary\n    }\n  }\n": typeof types.UpdateTeamDocument,
};
const documents: Documents = {
    "\n  mutation AddHoliday($input: HolidayInput!) {\n    addHoliday(input: $input) {\n      ...HolidayCalendarFields\n    }\n  }\n": types.AddHolidayDocument,
    "\n  query AdminHolidayCalendars {\n    holidayCalendars {\n      ...HolidayCalendarFields\n    }\n  }\n": types.AdminHolidayCalendarsDocument,
    "\n  query AdminOneOnOneTemplates {\n    oneOnOneTemplates {\n      ...TemplateFields\n    }\n  }\n": types.AdminOneOnOneTemplatesDocument,
    "\n  fragment AdminUser on User {\n    id\n    email\n    role\n    active\n    lastSignInAt\n    person {\n      id\n      name\n    }\n  }\n": types.AdminUserFragmentDoc,
    "\n  query AuditLog($limit: Int!) {\n    auditLog(limit: $limit) {\n      id\n      at\n      action\n      actorEmail\n      targetType\n      targetId\n      targetLabel\n      detail\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ChangeUserRole($userId: ID!, $role: Role!) {\n    changeUserRole(userId: $userId, role: $role) {\n      ...AdminUser\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation CreateHolidayCalendar($input: CreateHolidayCalendarInput!) {\n    createHolidayCalendar(input: $input) {\n      ...HolidayCalendarFields\n    }\n  }\n": types.CreateHolidayCalendarDocument,
    "\n  mutation CreateOneOnOneTemplate($input: OneOnOneTemplateInput!) {\n    createOneOnOneTemplate(input: $input) {\n      ...TemplateFields\n    }\n  }\n": types.CreateOneOnOneTemplateDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUser\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation DeleteHolidayCalendar($id: ID!) {\n    deleteHolidayCalendar(id: $id)\n  }\n": types.DeleteHolidayCalendarDocument,
    "\n  mutation DeleteOneOnOneTemplate($id: ID!, $version: Int!) {\n    deleteOneOnOneTemplate(id: $id, version: $version)\n  }\n": types.DeleteOneOnOneTemplateDocument,
    "\n  fragment HolidayCalendarFields on HolidayCalendar {\n    id\n    name\n    holidayCount\n    peopleCount\n    years\n    version\n  }\n": types.HolidayCalendarFieldsFragmentDoc,
    "\n  query Holidays($calendarId: ID!, $year: Int) {\n    holidays(calendarId: $calendarId, year: $year) {\n      date\n      name\n    }\n  }\n": types.HolidaysDocument,
    "\n  mutation ImportHolidays($input: ImportHolidaysInput!) {\n    importHolidays(input: $input) {\n      calendar {\n        ...HolidayCalendarFields\n      }\n      imported {\n        date\n        name\n      }\n      skipped {\n        name\n        date\n        reason\n      }\n      fromYear\n      toYear\n    }\n  }\n": types.ImportHolidaysDocument,
    "\n  query Organization {\n    organization {\n      ...OrganizationWithSettings\n    }\n  }\n": types.OrganizationDocument,
    "\n  fragment OrganizationWithSettings on Organization {\n    id\n    name\n    version\n    fiscalYearStartLocked\n    settings {\n      fiscalQuarterStartMonth\n      defaultWeeklyCapacityHours\n      targetDevelopmentShare\n      staleGoalDays\n      overAllocation\n      idleBelow\n    }\n  }\n": types.OrganizationWithSettingsFragmentDoc,
    "\n  mutation RemoveHoliday($calendarId: ID!, $date: LocalDate!) {\n    removeHoliday(calendarId: $calendarId, date: $date) {\n      ...HolidayCalendarFields\n    }\n  }\n": types.RemoveHolidayDocument,
    "\n  mutation RenameHolidayCalendar($input: RenameHolidayCalendarInput!) {\n    renameHolidayCalendar(input: $input) {\n      ...HolidayCalendarFields\n    }\n  }\n": types.RenameHolidayCalendarDocument,
    "\n  fragment TemplateFields on OneOnOneTemplate {\n    id\n    name\n    points\n    builtIn\n    version\n  }\n": types.TemplateFieldsFragmentDoc,
    "\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      ...OrganizationWithSettings\n    }\n  }\n": types.UpdateOrganizationSettingsDocument,
    "\n  mutation UpdateOneOnOneTemplate($id: ID!, $version: Int!, $input: OneOnOneTemplateInput!) {\n    updateOneOnOneTemplate(id: $id, version: $version, input: $input) {\n      ...TemplateFields\n    }\n  }\n": types.UpdateOneOnOneTemplateDocument,
    "\n  query Users {\n    users {\n      ...AdminUser\n    }\n  }\n": types.UsersDocument,
    "\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    active\n    person {\n      id\n      name\n      title\n      level\n      track\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation AcceptStaffingEvidence($input: AcceptStaffingEvidenceInput!) {\n    acceptStaffingEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n": types.AcceptStaffingEvidenceDocument,
    "\n  mutation AddEvidence($input: CreateEvidenceInput!) {\n    addEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n": types.AddEvidenceDocument,
    "\n  mutation DeleteEvidence($id: ID!) {\n    deleteEvidence(id: $id)\n  }\n": types.DeleteEvidenceDocument,
    "\n  mutation DismissStaffingEvidence($allocationId: ID!) {\n    dismissStaffingEvidence(allocationId: $allocationId)\n  }\n": types.DismissStaffingEvidenceDocument,
    "\n  fragment EvidenceFields on Evidence {\n    id\n    personId\n    date\n    kind\n    title\n    link\n    impact\n    incidentRole\n    incidentSeverity\n    learningFormat\n    createdByName\n    allocationId\n    version\n    competencies {\n      key\n      name\n      areaName\n    }\n    goals {\n      id\n      title\n    }\n  }\n": types.EvidenceFieldsFragmentDoc,
    "\n  query Evidence($personId: ID!, $competencyKey: String) {\n    evidence(personId: $personId, competencyKey: $competencyKey) {\n      ...EvidenceFields\n    }\n  }\n": types.EvidenceDocument,
    "\n  fragment StaffingEvidenceOfferFields on StaffingEvidenceOffer {\n    allocationId\n    personId\n    personName\n    projectId\n    projectName\n    role\n    kind\n    percent\n    startDate\n    endDate\n    title\n    evidenceKind\n    competencies {\n      key\n      name\n      areaName\n    }\n    goals {\n      id\n      title\n    }\n  }\n": types.StaffingEvidenceOfferFieldsFragmentDoc,
    "\n  query StaffingEvidenceOffers($personId: ID) {\n    staffingEvidenceOffers(personId: $personId) {\n      ...StaffingEvidenceOfferFields\n    }\n  }\n": types.StaffingEvidenceOffersDocument,
    "\n  mutation UpdateEvidence($id: ID!, $input: UpdateEvidenceInput!) {\n    updateEvidence(id: $id, input: $input) {\n      ...EvidenceFields\n    }\n  }\n": types.UpdateEvidenceDocument,
    "\n  query CompareLevels($from: String!, $to: String!) {\n    compareLevels(from: $from, to: $to) {\n      ...LevelComparisonDetail\n    }\n  }\n": types.CompareLevelsDocument,
    "\n  fragment FrameworkDetail on Framework {\n    name\n    description\n    version\n    belowExpectations {\n      name\n      summary\n    }\n    tracks {\n      key\n      name\n      levels {\n        ...FrameworkLevelFields\n      }\n    }\n    areas {\n      key\n      name\n      description\n      retired\n      competencies {\n        key\n        name\n        description\n        retired\n        expectations {\n          levelKey\n          text\n        }\n      }\n    }\n  }\n": types.FrameworkDetailFragmentDoc,
    "\n  fragment FrameworkLevelFields on FrameworkLevel {\n    key\n    name\n    summary\n    retired\n    trackKey\n  }\n": types.FrameworkLevelFieldsFragmentDoc,
    "\n  fragment FrameworkProblemFields on FrameworkProblem {\n    path\n    message\n  }\n": types.FrameworkProblemFieldsFragmentDoc,
    "\n  query Framework {\n    framework {\n      ...FrameworkDetail\n    }\n  }\n": types.FrameworkDocument,
    "\n  fragment FrameworkYamlProblemFields on FrameworkYamlProblem {\n    line\n    path\n    message\n  }\n": types.FrameworkYamlProblemFieldsFragmentDoc,
    "\n  query FrameworkYaml {\n    frameworkYaml\n  }\n": types.FrameworkYamlDocument,
    "\n  mutation ImportFramework($yaml: String!, $version: Int!) {\n    importFramework(yaml: $yaml, version: $version) {\n      framework {\n        ...FrameworkDetail\n      }\n      problems {\n        ...FrameworkYamlProblemFields\n      }\n    }\n  }\n": types.ImportFrameworkDocument,
    "\n  fragment LevelComparisonDetail on LevelComparison {\n    from {\n      ...FrameworkLevelFields\n    }\n    to {\n      ...FrameworkLevelFields\n    }\n    rows {\n      areaKey\n      areaName\n      competencyKey\n      competencyName\n      fromText\n      toText\n      changed\n    }\n    changedCount\n  }\n": types.LevelComparisonDetailFragmentDoc,
    "\n  mutation UpdateFramework($version: Int!, $input: FrameworkInput!) {\n    updateFramework(version: $version, input: $input) {\n      framework {\n        ...FrameworkDetail\n      }\n      problems {\n        ...FrameworkProblemFields\n      }\n    }\n  }\n": types.UpdateFrameworkDocument,
    "\n  mutation CheckInGoal($goalId: ID!, $input: GoalCheckInInput!) {\n    checkInGoal(goalId: $goalId, input: $input) {\n      ...GoalFields\n    }\n  }\n": types.CheckInGoalDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n": types.CreateGoalDocument,
    "\n  fragment GoalCheckInFields on GoalCheckIn {\n    id\n    date\n    progress\n    confidence\n    note\n    authorName\n  }\n": types.GoalCheckInFieldsFragmentDoc,
    "\n  fragment GoalFields on Goal {\n    id\n    personId\n    title\n    description\n    status\n    version\n    startDate\n    targetLevelKey\n    targetLevelName\n    evidenceCount\n    dueQuarter {\n      key\n      label\n    }\n    competencies {\n      key\n      name\n      areaName\n    }\n    milestones {\n      id\n      title\n      done\n    }\n    health {\n      state\n      progress\n      expectedProgress\n      reason\n      stale\n      daysSinceCheckIn\n      lastCheckInDate\n    }\n    checkIns {\n      ...GoalCheckInFields\n    }\n  }\n": types.GoalFieldsFragmentDoc,
    "\n  query GoalFormOptions($personId: ID!) {\n    person(id: $personId) {\n      id\n      track\n      levelKey\n    }\n    organization {\n      id\n      currentQuarter {\n        fiscalYear\n        quarter\n        label\n      }\n    }\n    framework {\n      ...FrameworkDetail\n    }\n  }\n": types.GoalFormOptionsDocument,
    "\n  query Goals($personId: ID!) {\n    goals(personId: $personId) {\n      ...GoalFields\n    }\n  }\n": types.GoalsDocument,
    "\n  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {\n    setMilestoneDone(milestoneId: $milestoneId, done: $done) {\n      ...GoalFields\n    }\n  }\n": types.SetMilestoneDoneDocument,
    "\n  mutation UpdateGoal($id: ID!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, input: $input) {\n      ...GoalFields\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    competencyKey\n    quarter\n    source\n    rating\n    ratingName\n    ratingPosition\n    comment\n    authorName\n    updatedAt\n    version\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  fragment CompetencyAssessmentFields on CompetencyAssessment {\n    competencyKey\n    competencyName\n    competencyDescription\n    areaKey\n    areaName\n    expectation\n    nextExpectation\n    self {\n      ...AssessmentFields\n    }\n    manager {\n      ...AssessmentFields\n    }\n    previousSelf {\n      ...AssessmentFields\n    }\n    previousManager {\n      ...AssessmentFields\n    }\n    disagreement\n    gap\n  }\n": types.CompetencyAssessmentFieldsFragmentDoc,
    "\n  fragment PersonGrowthFields on PersonGrowth {\n    personId\n    quarter {\n      ...QuarterFields\n    }\n    previousQuarter {\n      ...QuarterFields\n    }\n    quarters {\n      ...QuarterFields\n    }\n    level {\n      ...RatingRungFields\n    }\n    scale {\n      ...RatingRungFields\n    }\n    competencies {\n      ...CompetencyAssessmentFields\n    }\n    managerRatingsShared\n    managerRatingsVisible\n    canSelfAssess\n    canManagerAssess\n    writable\n    selfCount\n    managerCount\n    disagreementCount\n    readiness {\n      nextLevelKey\n      nextLevelName\n      met\n      total\n      share\n    }\n    readinessThrough {\n      key\n      label\n    }\n  }\n": types.PersonGrowthFieldsFragmentDoc,
    "\n  query PersonGrowth($personId: ID!, $quarter: String) {\n    personGrowth(personId: $personId, quarter: $quarter) {\n      ...PersonGrowthFields\n    }\n  }\n": types.PersonGrowthDocument,
    "\n  fragment QuarterFields on Quarter {\n    key\n    label\n    start\n    end\n  }\n": types.QuarterFieldsFragmentDoc,
    "\n  fragment RatingRungFields on RatingRung {\n    position\n    key\n    name\n    summary\n    retired\n  }\n": types.RatingRungFieldsFragmentDoc,
    "\n  mutation SaveAssessments($input: SaveAssessmentsInput!) {\n    saveAssessments(input: $input) {\n      ...PersonGrowthFields\n    }\n  }\n": types.SaveAssessmentsDocument,
    "\n  mutation ShareManagerRatings($personId: ID!, $quarter: String!, $shared: Boolean!) {\n    shareManagerRatings(personId: $personId, quarter: $quarter, shared: $shared) {\n      personId\n      quarter\n      shared\n      sharedAt\n    }\n  }\n": types.ShareManagerRatingsDocument,
    "\n  query AdminOverview {\n    organization {\n      id\n      name\n    }\n    people {\n      id\n      active\n    }\n    teams {\n      id\n    }\n    users {\n      id\n      active\n    }\n  }\n": types.AdminOverviewDocument,
    "\n  fragment HomeGrowthOverview on GrowthOverview {\n    quarter {\n      key\n      label\n    }\n    goalsNeedingAttention {\n      goalId\n      title\n      reason\n      stale\n      person {\n        id\n        name\n      }\n    }\n    teams {\n      team {\n        id\n        name\n      }\n      people\n      goalsNeedingAttention\n      selfRatingsMissing\n      managerRatingsMissing\n      unsharedRatings\n    }\n    missingAssessments {\n      selfMissing\n      managerMissing\n      total\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.HomeGrowthOverviewFragmentDoc,
    "\n  query HomeGrowthOverview {\n    growthOverview {\n      ...HomeGrowthOverview\n    }\n  }\n": types.HomeGrowthOverviewDocument,
    "\n  query ManagerOverview($personId: ID!) {\n    person(id: $personId) {\n      id\n      directReports {\n        ...PersonSummary\n      }\n    }\n  }\n": types.ManagerOverviewDocument,
    "\n  query MyNotifications {\n    myNotifications(limit: 20) {\n      unread\n      items {\n        id\n        kind\n        text\n        link\n        createdAt\n        read\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids, limit: 20) {\n      unread\n      items {\n        id\n        kind\n        text\n        link\n        createdAt\n        read\n      }\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n    }\n  }\n": types.MyCalendarFeedDocument,
    "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      path\n      createdAt\n    }\n  }\n": types.RegenerateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    version\n    status\n    adHoc\n    scheduledAt\n    durationMinutes\n    completedAt\n    mood\n    canSetMood\n    hasPrivateNote\n    series {\n      id\n      kind\n      participant\n      lead {\n        id\n        name\n      }\n      partner {\n        id\n        name\n        title\n      }\n      otherPerson {\n        id\n        name\n      }\n    }\n    points {\n      id\n      text\n      position\n      discussed\n      tags\n      suggestionKey\n      author {\n        id\n        name\n      }\n      carriedFrom {\n        meetingId\n        scheduledAt\n      }\n    }\n    actionItems {\n      id\n      text\n      dueDate\n      done\n      overdue\n      owner {\n        id\n        name\n      }\n      carriedFrom {\n        meetingId\n        scheduledAt\n      }\n    }\n    checkIns {\n      goalId\n      goalTitle\n      progress\n      confidence\n      note\n      date\n      authorName\n    }\n    previousMeeting {\n      id\n      scheduledAt\n      discussedPoints\n      notesExcerpt\n      actionItems {\n        id\n        text\n        done\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.MeetingDocument,
    "\n  mutation AddTalkingPoint($meetingId: ID!, $input: TalkingPointInput!) {\n    addTalkingPoint(meetingId: $meetingId, input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.AddTalkingPointDocument,
    "\n  mutation RemoveTalkingPoint($id: ID!) {\n    removeTalkingPoint(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.RemoveTalkingPointDocument,
    "\n  mutation MoveTalkingPoint($id: ID!, $position: Int!) {\n    moveTalkingPoint(id: $id, position: $position) {\n      ...MeetingFields\n    }\n  }\n": types.MoveTalkingPointDocument,
    "\n  mutation MarkTalkingPointDiscussed($id: ID!, $discussed: Boolean!) {\n    markTalkingPointDiscussed(id: $id, discussed: $discussed) {\n      ...MeetingFields\n    }\n  }\n": types.MarkTalkingPointDiscussedDocument,
    "\n  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {\n    addActionItem(meetingId: $meetingId, input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.AddActionItemDocument,
    "\n  mutation CompleteActionItem($id: ID!, $done: Boolean!) {\n    completeActionItem(id: $id, done: $done) {\n      ...MeetingFields\n    }\n  }\n": types.CompleteActionItemDocument,
    "\n  mutation RemoveActionItem($id: ID!) {\n    removeActionItem(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.RemoveActionItemDocument,
    "\n  mutation SetMeetingMood($meetingId: ID!, $mood: Int) {\n    setMeetingMood(meetingId: $meetingId, mood: $mood) {\n      ...MeetingFields\n    }\n  }\n": types.SetMeetingMoodDocument,
    "\n  mutation CompleteMeeting($id: ID!, $version: Int!) {\n    completeMeeting(id: $id, version: $version) {\n      id\n      scheduledAt\n    }\n  }\n": types.CompleteMeetingDocument,
    "\n  query MyPrivateNote($meetingId: ID!) {\n    myPrivateNote(meetingId: $meetingId) {\n      meetingId\n      body\n      version\n    }\n  }\n": types.MyPrivateNoteDocument,
    "\n  mutation SavePrivateNote($meetingId: ID!, $body: String!, $version: Int!) {\n    savePrivateNote(meetingId: $meetingId, body: $body, version: $version) {\n      meetingId\n      body\n      version\n    }\n  }\n": types.SavePrivateNoteDocument,
    "\n  mutation RescheduleMeeting($id: ID!, $scheduledAt: DateTime!, $version: Int!, $durationMinutes: Int) {\n    rescheduleMeeting(id: $id, scheduledAt: $scheduledAt, version: $version, durationMinutes: $durationMinutes) {\n      ...MeetingFields\n    }\n  }\n": types.RescheduleMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!, $version: Int!) {\n    cancelMeeting(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation ScheduleAdHocMeeting($seriesId: ID!, $scheduledAt: DateTime!, $durationMinutes: Int!) {\n    scheduleAdHocMeeting(seriesId: $seriesId, scheduledAt: $scheduledAt, durationMinutes: $durationMinutes) {\n      id\n    }\n  }\n": types.ScheduleAdHocMeetingDocument,
    "\n  fragment SeriesFields on OneOnOneSeries {\n    id\n    kind\n    cadence\n    weekday\n    startTime\n    timeZone\n    durationMinutes\n    status\n    participant\n    version\n    lead {\n      id\n      name\n    }\n    partner {\n      id\n      name\n      title\n    }\n    otherPerson {\n      id\n      name\n      title\n    }\n    lastHeld {\n      id\n      scheduledAt\n    }\n    nextMeeting {\n      id\n      scheduledAt\n    }\n    cadenceFigures {\n      expected\n      held\n      kept\n    }\n    openActionItemCount\n    latestMood\n  }\n": types.SeriesFieldsFragmentDoc,
    "\n  query OneOnOnes {\n    oneOnOnes {\n      ...SeriesFields\n    }\n  }\n": types.OneOnOnesDocument,
    "\n  query CadenceByManager {\n    cadenceByManager {\n      manager {\n        id\n        name\n      }\n      seriesCount\n      expected\n      held\n      kept\n    }\n  }\n": types.CadenceByManagerDocument,
    "\n  query MyOpenActionItems {\n    myOpenActionItems {\n      id\n      text\n      dueDate\n      overdue\n      meetingId\n      otherPerson {\n        id\n        name\n      }\n    }\n  }\n": types.MyOpenActionItemsDocument,
    "\n  query OneOnOneSeriesDetail($id: ID!) {\n    oneOnOneSeries(id: $id) {\n      id\n      kind\n      cadence\n      weekday\n      startTime\n      timeZone\n      durationMinutes\n      status\n      participant\n      version\n      lead {\n        id\n        name\n      }\n      partner {\n        id\n        name\n        title\n      }\n      otherPerson {\n        id\n        name\n        title\n      }\n      cadenceFigures {\n        expected\n        held\n        kept\n      }\n      nextMeeting {\n        id\n        scheduledAt\n      }\n      meetings {\n        id\n        scheduledAt\n        status\n        adHoc\n        mood\n      }\n      moodTrend {\n        meetingId\n        scheduledAt\n        mood\n      }\n    }\n  }\n": types.OneOnOneSeriesDetailDocument,
    "\n  query OneOnOneSearch($seriesId: ID!, $text: String, $tag: String) {\n    oneOnOneSearch(seriesId: $seriesId, text: $text, tag: $tag) {\n      kind\n      meetingId\n      scheduledAt\n      tags\n      text\n    }\n  }\n": types.OneOnOneSearchDocument,
    "\n  fragment SeriesSchedule on OneOnOneSeriesDetail {\n    id\n    cadence\n    weekday\n    startTime\n    timeZone\n    durationMinutes\n    status\n    version\n    nextMeeting {\n      id\n      scheduledAt\n    }\n  }\n": types.SeriesScheduleFragmentDoc,
    "\n  mutation StartOneOnOneSeries($input: StartOneOnOneSeriesInput!) {\n    startOneOnOneSeries(input: $input) {\n      id\n    }\n  }\n": types.StartOneOnOneSeriesDocument,
    "\n  mutation UpdateOneOnOneSeries($id: ID!, $input: UpdateOneOnOneSeriesInput!) {\n    updateOneOnOneSeries(id: $id, input: $input) {\n      ...SeriesSchedule\n    }\n  }\n": types.UpdateOneOnOneSeriesDocument,
    "\n  mutation PauseOneOnOneSeries($id: ID!, $version: Int!) {\n    pauseOneOnOneSeries(id: $id, version: $version) {\n      ...SeriesSchedule\n    }\n  }\n": types.PauseOneOnOneSeriesDocument,
    "\n  mutation ResumeOneOnOneSeries($id: ID!, $version: Int!) {\n    resumeOneOnOneSeries(id: $id, version: $version) {\n      ...SeriesSchedule\n    }\n  }\n": types.ResumeOneOnOneSeriesDocument,
    "\n  mutation EndOneOnOneSeries($id: ID!, $version: Int!) {\n    endOneOnOneSeries(id: $id, version: $version) {\n      ...SeriesSchedule\n    }\n  }\n": types.EndOneOnOneSeriesDocument,
    "\n  query OneOnOneStartOptions {\n    people {\n      id\n      name\n      title\n      manager {\n        id\n      }\n    }\n    oneOnOneTemplates {\n      id\n      name\n      builtIn\n    }\n  }\n": types.OneOnOneStartOptionsDocument,
    "\n  query MeetingSuggestions($meetingId: ID!) {\n    meetingSuggestions(meetingId: $meetingId) {\n      key\n      signal\n      text\n      reason\n      tags\n    }\n  }\n": types.MeetingSuggestionsDocument,
    "\n  mutation AddSuggestedTalkingPoint($meetingId: ID!, $key: String!) {\n    addSuggestedTalkingPoint(meetingId: $meetingId, key: $key) {\n      key\n      signal\n      text\n      reason\n      tags\n    }\n  }\n": types.AddSuggestedTalkingPointDocument,
    "\n  mutation DismissTalkingPointSuggestion($meetingId: ID!, $key: String!) {\n    dismissTalkingPointSuggestion(meetingId: $meetingId, key: $key) {\n      key\n      signal\n      text\n      reason\n      tags\n    }\n  }\n": types.DismissTalkingPointSuggestionDocument,
    "\n  query MyRecordReads {\n    myRecordReads(limit: 50) {\n      readerName\n      kind\n      at\n      times\n    }\n  }\n": types.MyRecordReadsDocument,
    "\n  query PeoplePage($filter: PeopleFilter, $offset: Int, $limit: Int) {\n    peoplePage(filter: $filter, offset: $offset, limit: $limit) {\n      totalCount\n      offset\n      limit\n      nodes {\n        ...PersonSummary\n      }\n    }\n  }\n": types.PeoplePageDocument,
    "\n  query People($filter: PeopleFilter) {\n    people(filter: $filter) {\n      ...PersonSummary\n    }\n  }\n": types.PeopleDocument,
    "\n  fragment PersonDetail on Person {\n    ...PersonSummary\n    version\n    canEdit\n    canSeeDetails\n    canSeeGrowth\n    canEditGrowth\n    startDate\n    weeklyCapacityHours\n    workingDays\n    directReports {\n      ...PersonSummary\n    }\n  }\n": types.PersonDetailFragmentDoc,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetail\n    }\n  }\n": types.PersonDocument,
    "\n  fragment PersonSummary on Person {\n    id\n    name\n    title\n    level\n    track\n    active\n    team {\n      id\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n": types.PersonSummaryFragmentDoc,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonDetail\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  fragment ReviewCycleFields on ReviewCycle {\n    id\n    quarter\n    quarterLabel\n    status\n    openedAt\n    openedByName\n    closedAt\n    closedByName\n    canClose\n    myReviewId\n    version\n    progress {\n      total\n      drafted\n      shared\n      acknowledged\n    }\n  }\n": types.ReviewCycleFieldsFragmentDoc,
    "\n  fragment ReviewFields on Review {\n    id\n    cycleId\n    quarter\n    quarterLabel\n    cycleStatus\n    state\n    summary\n    strengths\n    focus\n    readiness\n    reflection\n    sharedAt\n    sharedByName\n    acknowledgedAt\n    focusGoalId\n    canWrite\n    canReflect\n    version\n    person {\n      id\n      name\n      title\n      teamName\n      managerName\n    }\n    adjustments {\n      from\n      to\n      reason\n      byName\n      at\n    }\n    packet {\n      frozen\n      highlights\n      ratings {\n        competencyKey\n        competencyName\n        areaName\n        gapToLevel\n        self {\n          nowLabel\n          change\n        }\n        manager {\n          nowLabel\n          change\n        }\n      }\n      ratingSummary {\n        rated\n        improved\n        declined\n        belowLevel\n        aboveLevel\n      }\n      goals {\n        finished {\n          id\n          title\n          progress\n        }\n        active {\n          id\n          title\n          progress\n          latestConfidence\n          checkInsThisQuarter\n        }\n        atRisk\n        dropped\n      }\n      evidence {\n        total\n        fromStaffing\n        unlinked\n        byCompetency {\n          competencyKey\n          competencyName\n          count\n        }\n        incidents {\n          title\n          role\n          severity\n        }\n      }\n      oneOnOnes {\n        held\n        expected\n        kept\n        actionItemsDone\n        actionItemsOverdue\n      }\n      time {\n        deliveryShare\n        developmentShare\n        supportShare\n        growthAlignedShare\n        developmentTarget\n        allocatedDays\n        meetsTarget\n        stretch {\n          projectName\n          goalTitles\n          from\n          to\n        }\n      }\n      readiness {\n        now\n        before\n        change\n        nextLevelName\n      }\n    }\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {\n    openReviewCycle(input: $input) {\n      ...ReviewCycleFields\n    }\n  }\n": types.OpenReviewCycleDocument,
    "\n  mutation CloseReviewCycle($input: CloseReviewCycleInput!) {\n    closeReviewCycle(input: $input) {\n      ...ReviewCycleFields\n    }\n  }\n": types.CloseReviewCycleDocument,
    "\n  mutation WriteReview($input: WriteReviewInput!) {\n    writeReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": types.WriteReviewDocument,
    "\n  mutation ShareReview($input: ReviewVersionInput!) {\n    shareReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": types.ShareReviewDocument,
    "\n  mutation ReflectOnReview($input: ReflectOnReviewInput!) {\n    reflectOnReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": types.ReflectOnReviewDocument,
    "\n  mutation AcknowledgeReview($input: ReviewVersionInput!) {\n    acknowledgeReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": types.AcknowledgeReviewDocument,
    "\n  mutation DraftGoalFromReviewFocus($id: ID!) {\n    draftGoalFromReviewFocus(id: $id) {\n      ...ReviewFields\n    }\n  }\n": types.DraftGoalFromReviewFocusDocument,
    "\n  query ReviewCycles {\n    reviewCycles {\n      currentQuarter\n      currentQuarterLabel\n      canOpen\n      cycles {\n        ...ReviewCycleFields\n      }\n    }\n  }\n": types.ReviewCyclesDocument,
    "\n  query ReviewCycle($id: ID!) {\n    reviewCycle(id: $id) {\n      ...ReviewCycleFields\n      reviews {\n        id\n        state\n        readiness\n        reflected\n        updatedAt\n        person {\n          id\n          name\n          title\n          teamName\n          managerName\n        }\n      }\n    }\n  }\n": types.ReviewCycleDocument,
    "\n  query Review($id: ID!) {\n    review(id: $id) {\n      ...ReviewFields\n    }\n  }\n": types.ReviewDocument,
    "\n  mutation CalibrateReviewReadiness($input: AdjustReadinessInput!) {\n    adjustReviewReadiness(input: $input) {\n      id\n      readiness\n      version\n    }\n  }\n": types.CalibrateReviewReadinessDocument,
    "\n  fragment CalibrationGroupFields on CalibrationGroup {\n    key\n    name\n    people\n    above\n    meets\n    below\n    averageGap\n    againstReach\n    outlier\n    readiness {\n      notYet\n      soon\n      ready\n      unset\n    }\n  }\n": types.CalibrationGroupFieldsFragmentDoc,
    "\n  fragment CalibrationReviewFields on CalibrationReview {\n    reviewId\n    version\n    readiness\n    readinessShare\n    averageGap\n    person {\n      id\n      name\n      teamName\n      managerName\n    }\n  }\n": types.CalibrationReviewFieldsFragmentDoc,
    "\n  fragment ReviewCalibrationFields on ReviewCalibration {\n    cycleId\n    quarterLabel\n    canAdjust\n    reachAverageGap\n    byManager {\n      ...CalibrationGroupFields\n    }\n    byTeam {\n      ...CalibrationGroupFields\n    }\n    reviews {\n      ...CalibrationReviewFields\n    }\n  }\n": types.ReviewCalibrationFieldsFragmentDoc,
    "\n  query CycleCalibration($cycleId: ID!) {\n    reviewCalibration(cycleId: $cycleId) {\n      ...ReviewCalibrationFields\n    }\n  }\n": types.CycleCalibrationDocument,
    "\n  fragment TeamReportQuarterFields on TeamReportQuarter {\n    quarter\n    label\n    frozen\n    people\n    averageDevelopmentShare\n    meetingDevelopmentTarget\n    goalsFinished\n    withOneOnOnes\n    oneOnOnesKept\n    byArea {\n      areaName\n      averageGap\n      rated\n    }\n    readiness {\n      notYet\n      soon\n      ready\n      unset\n    }\n  }\n": types.TeamReportQuarterFieldsFragmentDoc,
    "\n  fragment TeamReportRowFields on TeamReportRow {\n    reviewId\n    ratingsImproved\n    ratingsDeclined\n    belowLevel\n    goalsFinished\n    evidence\n    oneOnOnesHeld\n    oneOnOnesExpected\n    developmentShare\n    meetsDevelopmentTarget\n    readiness\n    readinessShare\n    readinessChange\n    person {\n      id\n      name\n      teamName\n      managerName\n    }\n  }\n": types.TeamReportRowFieldsFragmentDoc,
    "\n  fragment ReviewTeamReportFields on ReviewTeamReport {\n    cycleId\n    quarterLabel\n    developmentTarget\n    highlights\n    coverageGained\n    coverageLost\n    competencyChanges {\n      competencyName\n      areaName\n      before\n      now\n      change\n    }\n    quarters {\n      ...TeamReportQuarterFields\n    }\n    people {\n      ...TeamReportRowFields\n    }\n  }\n": types.ReviewTeamReportFieldsFragmentDoc,
    "\n  query CycleTeamReport($cycleId: ID!) {\n    reviewTeamReport(cycleId: $cycleId) {\n      ...ReviewTeamReportFields\n    }\n  }\n": types.CycleTeamReportDocument,
    "\n  mutation AddProjectNeed($projectId: ID!, $input: ProjectNeedInput!) {\n    addProjectNeed(projectId: $projectId, input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.AddProjectNeedDocument,
    "\n  mutation AddTimeOff($input: CreateTimeOffInput!) {\n    addTimeOff(input: $input) {\n      ...TimeOffFields\n    }\n  }\n": types.AddTimeOffDocument,
    "\n  fragment AllocationFields on Allocation {\n    id\n    personId\n    projectId\n    projectName\n    needId\n    kind\n    percent\n    startDate\n    endDate\n    status\n    note\n    version\n    scenarioChange\n    replacesId\n    growthAligned\n    stretchGoals {\n      id\n      title\n    }\n  }\n": types.AllocationFieldsFragmentDoc,
    "\n  mutation AssignHolidayCalendar($personId: ID!, $calendarId: ID) {\n    assignHolidayCalendar(personId: $personId, calendarId: $calendarId) {\n      id\n      holidayCalendarId\n      holidayCalendarName\n    }\n  }\n": types.AssignHolidayCalendarDocument,
    "\n  fragment BalanceFiguresFields on BalanceFigures {\n    capacityDays\n    allocatedShare\n    tentativeShare\n    deliveryShare\n    developmentShare\n    supportShare\n    growthAlignedShare\n    developmentShortfall\n    overAllocatedWeeks\n  }\n": types.BalanceFiguresFieldsFragmentDoc,
    "\n  mutation CreateAllocation($input: CreateAllocationInput!) {\n    createAllocation(input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      overAllocatedWeeks {\n        week\n        monday\n        allocatedPercent\n      }\n      warning\n    }\n  }\n": types.CreateAllocationDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation DeleteAllocation($id: ID!, $version: Int!) {\n    deleteAllocation(id: $id, version: $version)\n  }\n": types.DeleteAllocationDocument,
    "\n  mutation DeleteTimeOff($id: ID!, $version: Int!) {\n    deleteTimeOff(id: $id, version: $version)\n  }\n": types.DeleteTimeOffDocument,
    "\n  query HolidayCalendars {\n    holidayCalendars {\n      id\n      name\n      holidayCount\n    }\n  }\n": types.HolidayCalendarsDocument,
    "\n  query MyNextWeeks($personId: ID!, $from: LocalDate!, $weeks: Int!) {\n    staffingTimeline(from: $from, weeks: $weeks, personId: $personId) {\n      from\n      to\n      weeks {\n        key\n      }\n      rows {\n        person {\n          id\n        }\n        load {\n          allocatedShare\n          overAllocated\n          away\n        }\n        allocations {\n          ...AllocationFields\n        }\n      }\n    }\n  }\n": types.MyNextWeeksDocument,
    "\n  query NeedSuggestions($needId: ID!) {\n    needSuggestions(needId: $needId) {\n      needId\n      role\n      projectName\n      percent\n      openPercent\n      suggestions {\n        person {\n          id\n          name\n          title\n          teamName\n        }\n        score\n        capacityFit\n        competencyFit\n        growthValue\n        stretchGoal {\n          id\n          title\n        }\n        meets\n        below\n        grows\n        explanation\n      }\n    }\n  }\n": types.NeedSuggestionsDocument,
    "\n  query PastScenarios {\n    scenarios(includeClosed: true) {\n      ...ScenarioFields\n    }\n  }\n": types.PastScenariosDocument,
    "\n  query PersonTime($personId: ID!, $from: LocalDate!, $weeks: Int!, $teamId: ID) {\n    staffingTimeline(from: $from, weeks: $weeks, personId: $personId) {\n      from\n      to\n      rows {\n        canAllocate\n        person {\n          id\n          name\n          workingDays\n          holidayCalendarId\n          holidayCalendarName\n        }\n        allocations {\n          ...AllocationFields\n        }\n        timeOff {\n          ...TimeOffFields\n        }\n      }\n    }\n    staffingBalance(teamId: $teamId) {\n      developmentTarget\n      quarter {\n        key\n        label\n      }\n      people {\n        person {\n          id\n        }\n        figures {\n          ...BalanceFiguresFields\n        }\n        drought {\n          from\n          to\n          weeks\n        }\n      }\n    }\n  }\n": types.PersonTimeDocument,
    "\n  query PlanExport($from: LocalDate!, $weeks: Int!, $teamId: ID, $offset: Int, $limit: Int) {\n    staffingTimeline(from: $from, weeks: $weeks, teamId: $teamId, offset: $offset, limit: $limit) {\n      totalCount\n      offset\n      rows {\n        person {\n          id\n          name\n        }\n        allocations {\n          id\n          projectName\n          kind\n          percent\n          startDate\n          endDate\n          status\n        }\n      }\n    }\n  }\n": types.PlanExportDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    name\n    kind\n    status\n    priority\n    startDate\n    endDate\n    teamId\n    teamName\n    description\n    canEdit\n    version\n    needs {\n      ...ProjectNeedFields\n    }\n    roster {\n      ...RosterEntryFields\n    }\n  }\n": types.ProjectFieldsFragmentDoc,
    "\n  fragment ProjectNeedFields on ProjectNeed {\n    id\n    projectId\n    role\n    percent\n    openPercent\n    startDate\n    endDate\n    version\n    competencies {\n      key\n      name\n      areaName\n      minLevelKey\n      minLevelName\n    }\n    filledBy {\n      ...RosterEntryFields\n    }\n  }\n": types.ProjectNeedFieldsFragmentDoc,
    "\n  query ProjectOptions {\n    projects(filter: { statuses: [ACTIVE, PROPOSED] }) {\n      id\n      name\n      kind\n      status\n      startDate\n      endDate\n      needs {\n        id\n        role\n        percent\n        openPercent\n        startDate\n        endDate\n      }\n    }\n  }\n": types.ProjectOptionsDocument,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n    }\n  }\n": types.ProjectDocument,
    "\n  query Projects($filter: ProjectFilter) {\n    projects(filter: $filter) {\n      ...ProjectFields\n    }\n  }\n": types.ProjectsDocument,
    "\n  mutation RemoveProjectNeed($id: ID!) {\n    removeProjectNeed(id: $id) {\n      ...ProjectFields\n    }\n  }\n": types.RemoveProjectNeedDocument,
    "\n  fragment RosterEntryFields on RosterEntry {\n    allocationId\n    personId\n    personName\n    needId\n    kind\n    percent\n    startDate\n    endDate\n    status\n  }\n": types.RosterEntryFieldsFragmentDoc,
    "\n  fragment PlanFiguresFields on PlanFiguresModel {\n    overAllocatedPersonWeeks\n    overAllocated {\n      person {\n        id\n        name\n      }\n      weeks\n      peakPercent\n    }\n    allocatedShare\n    developmentShare\n    developmentShortfall\n    growthAlignedShare\n    demandPercent\n    openPercent\n    unfilledShare\n    unfilledNeeds {\n      needId\n      projectId\n      projectName\n      role\n      percent\n      openPercent\n    }\n  }\n": types.PlanFiguresFieldsFragmentDoc,
    "\n  query ScenarioComparison($id: ID!) {\n    scenarioComparison(id: $id) {\n      scenario {\n        ...ScenarioFields\n      }\n      from\n      to\n      weeks\n      people\n      developmentTarget\n      plan {\n        ...PlanFiguresFields\n      }\n      withScenario {\n        ...PlanFiguresFields\n      }\n      deltas {\n        overAllocatedPersonWeeks\n        developmentShare\n        unfilledShare\n        openPercent\n        growthAlignedShare\n      }\n      changes {\n        kind\n        personId\n        personName\n        allocation {\n          id\n          projectName\n          kind\n          percent\n          startDate\n          endDate\n        }\n        was {\n          projectName\n          percent\n          startDate\n          endDate\n        }\n        conflict\n      }\n    }\n  }\n": types.ScenarioComparisonDocument,
    "\n  fragment ScenarioFields on Scenario {\n    id\n    name\n    status\n    version\n    author\n    added\n    changed\n    removed\n    updatedAt\n    closedAt\n  }\n": types.ScenarioFieldsFragmentDoc,
    "\n  mutation CreateScenario($input: CreateScenarioInput!) {\n    createScenario(input: $input) {\n      ...ScenarioFields\n    }\n  }\n": types.CreateScenarioDocument,
    "\n  mutation RenameScenario($id: ID!, $input: RenameScenarioInput!) {\n    renameScenario(id: $id, input: $input) {\n      ...ScenarioFields\n    }\n  }\n": types.RenameScenarioDocument,
    "\n  mutation ApplyScenario($id: ID!, $version: Int!) {\n    applyScenario(id: $id, version: $version) {\n      ...ScenarioFields\n    }\n  }\n": types.ApplyScenarioDocument,
    "\n  mutation DiscardScenario($id: ID!, $version: Int!) {\n    discardScenario(id: $id, version: $version) {\n      ...ScenarioFields\n    }\n  }\n": types.DiscardScenarioDocument,
    "\n  mutation AddScenarioAllocation($scenarioId: ID!, $input: CreateAllocationInput!) {\n    addScenarioAllocation(scenarioId: $scenarioId, input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      warning\n    }\n  }\n": types.AddScenarioAllocationDocument,
    "\n  mutation ChangeScenarioAllocation($scenarioId: ID!, $id: ID!, $input: UpdateAllocationInput!) {\n    changeScenarioAllocation(scenarioId: $scenarioId, id: $id, input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      warning\n    }\n  }\n": types.ChangeScenarioAllocationDocument,
    "\n  mutation RemoveScenarioAllocation($scenarioId: ID!, $id: ID!, $version: Int!) {\n    removeScenarioAllocation(scenarioId: $scenarioId, id: $id, version: $version)\n  }\n": types.RemoveScenarioAllocationDocument,
    "\n  mutation RestoreScenarioAllocation($scenarioId: ID!, $id: ID!) {\n    restoreScenarioAllocation(scenarioId: $scenarioId, id: $id)\n  }\n": types.RestoreScenarioAllocationDocument,
    "\n  query StaffingScenarios {\n    scenarios {\n      ...ScenarioFields\n    }\n  }\n": types.StaffingScenariosDocument,
    "\n  query SkillCoverage($teamId: ID) {\n    skillCoverage(teamId: $teamId) {\n      thin {\n        competencyKey\n        name\n        holders {\n          id\n          name\n        }\n        projects {\n          id\n          name\n        }\n      }\n      risks {\n        projectId\n        projectName\n        competencyKey\n        name\n        restsOn {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SkillCoverageDocument,
    "\n  query StaffingBalance($quarter: String, $teamId: ID) {\n    organization {\n      id\n      currentQuarter {\n        fiscalYear\n        quarter\n        label\n      }\n    }\n    staffingBalance(quarter: $quarter, teamId: $teamId) {\n      developmentTarget\n      quarter {\n        key\n        label\n        start\n        end\n      }\n      total {\n        ...BalanceFiguresFields\n      }\n      teams {\n        teamId\n        teamName\n        people\n        figures {\n          ...BalanceFiguresFields\n        }\n      }\n      people {\n        person {\n          id\n          name\n          title\n          teamId\n          teamName\n        }\n        figures {\n          ...BalanceFiguresFields\n        }\n        drought {\n          from\n          to\n          weeks\n        }\n      }\n    }\n  }\n": types.StaffingBalanceDocument,
    "\n  query StaffingTimeline(\n    $from: LocalDate!\n    $weeks: Int!\n    $teamId: ID\n    $personId: ID\n    $projectId: ID\n    $kind: WorkKind\n    $offset: Int\n    $limit: Int\n    $scenarioId: ID\n  ) {\n    staffingTimeline(\n      from: $from\n      weeks: $weeks\n      teamId: $teamId\n      personId: $personId\n      projectId: $projectId\n      kind: $kind\n      offset: $offset\n      limit: $limit\n      scenarioId: $scenarioId\n    ) {\n      from\n      to\n      totalCount\n      offset\n      limit\n      weeks {\n        key\n        monday\n      }\n      openNeeds {\n        id\n        projectId\n        projectName\n        role\n        percent\n        openPercent\n        startDate\n        endDate\n      }\n      rows {\n        canAllocate\n        person {\n          id\n          name\n          title\n          teamId\n          teamName\n          workingDays\n        }\n        load {\n          workingDays\n          capacityDays\n          allocatedShare\n          tentativeShare\n          deliveryShare\n          developmentShare\n          supportShare\n          overAllocated\n          idle\n          away\n        }\n        allocations {\n          ...AllocationFields\n        }\n        timeOff {\n          ...TimeOffFields\n        }\n      }\n    }\n  }\n": types.StaffingTimelineDocument,
    "\n  fragment TimeOffFields on TimeOff {\n    id\n    personId\n    startDate\n    endDate\n    percent\n    category\n    note\n    version\n  }\n": types.TimeOffFieldsFragmentDoc,
    "\n  mutation UpdateAllocation($id: ID!, $input: UpdateAllocationInput!) {\n    updateAllocation(id: $id, input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      overAllocatedWeeks {\n        week\n        monday\n        allocatedPercent\n      }\n      warning\n    }\n  }\n": types.UpdateAllocationDocument,
    "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation UpdateProjectNeed($id: ID!, $input: UpdateProjectNeedInput!) {\n    updateProjectNeed(id: $id, input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.UpdateProjectNeedDocument,
    "\n  mutation UpdateTimeOff($id: ID!, $input: UpdateTimeOffInput!) {\n    updateTimeOff(id: $id, input: $input) {\n      ...TimeOffFields\n    }\n  }\n": types.UpdateTimeOffDocument,
    "\n  fragment TeamGrowthCompetencyDetail on CompetencyDetail {\n    personId\n    quarter {\n      key\n      label\n    }\n    competencyKey\n    competencyName\n    competencyDescription\n    areaName\n    expectation\n    self {\n      ...TeamGrowthDetailRating\n    }\n    manager {\n      ...TeamGrowthDetailRating\n    }\n    evidence {\n      id\n      date\n      kind\n      title\n      link\n      impact\n    }\n  }\n": types.TeamGrowthCompetencyDetailFragmentDoc,
    "\n  query TeamGrowthCompetencyDetail($personId: ID!, $competencyKey: String!, $quarter: String) {\n    competencyDetail(personId: $personId, competencyKey: $competencyKey, quarter: $quarter) {\n      ...TeamGrowthCompetencyDetail\n    }\n  }\n": types.TeamGrowthCompetencyDetailDocument,
    "\n  fragment TeamGrowthDetailRating on Assessment {\n    id\n    rating\n    ratingName\n    comment\n    authorName\n    updatedAt\n  }\n": types.TeamGrowthDetailRatingFragmentDoc,
    "\n  fragment TeamGrowthFields on TeamGrowth {\n    totalPeople\n    quarter {\n      key\n      label\n    }\n    quarters {\n      key\n      label\n    }\n    gapRange {\n      min\n      max\n    }\n    competencies {\n      key\n      name\n      areaKey\n      areaName\n    }\n    rows {\n      person {\n        id\n        name\n        title\n        level\n        team {\n          id\n          name\n        }\n      }\n      cells {\n        competencyKey\n        rating\n        ratingName\n        source\n        gap\n        disagreement\n      }\n      belowCount\n      disagreementCount\n      selfRatedCount\n      managerRatedCount\n      managerRatingsShared\n      readiness {\n        nextLevelName\n        met\n        total\n        share\n      }\n    }\n  }\n": types.TeamGrowthFieldsFragmentDoc,
    "\n  query TeamGrowth($teamId: ID, $quarter: String) {\n    teamGrowth(teamId: $teamId, quarter: $quarter) {\n      ...TeamGrowthFields\n    }\n  }\n": types.TeamGrowthDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamSummary\n    }\n  }\n": types.CreateTeamDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      ...TeamSummary\n      children {\n        id\n        name\n      }\n      members {\n        ...PersonSummary\n      }\n    }\n  }\n": types.TeamDocument,
    "\n  fragment TeamSummary on Team {\n    id\n    name\n    version\n    canEdit\n    lead {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    leadName\n    memberCount\n  }\n": types.TeamSummaryFragmentDoc,
    "\n  query Teams {\n    teams {\n      ...TeamSummary\n    }\n  }\n": types.TeamsDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      ...TeamSummary\n    }\n  }\n": types.UpdateTeamDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddHoliday($input: HolidayInput!) {\n    addHoliday(input: $input) {\n      ...HolidayCalendarFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddHoliday($input: HolidayInput!) {\n    addHoliday(input: $input) {\n      ...HolidayCalendarFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHolidayCalendars {\n    holidayCalendars {\n      ...HolidayCalendarFields\n    }\n  }\n"): (typeof documents)["\n  query AdminHolidayCalendars {\n    holidayCalendars {\n      ...HolidayCalendarFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOneOnOneTemplates {\n    oneOnOneTemplates {\n      ...TemplateFields\n    }\n  }\n"): (typeof documents)["\n  query AdminOneOnOneTemplates {\n    oneOnOneTemplates {\n      ...TemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUser on User {\n    id\n    email\n    role\n    active\n    lastSignInAt\n    person {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUser on User {\n    id\n    email\n    role\n    active\n    lastSignInAt\n    person {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($limit: Int!) {\n    auditLog(limit: $limit) {\n      id\n      at\n      action\n      actorEmail\n      targetType\n      targetId\n      targetLabel\n      detail\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($limit: Int!) {\n    auditLog(limit: $limit) {\n      id\n      at\n      action\n      actorEmail\n      targetType\n      targetId\n      targetLabel\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($userId: ID!, $role: Role!) {\n    changeUserRole(userId: $userId, role: $role) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($userId: ID!, $role: Role!) {\n    changeUserRole(userId: $userId, role: $role) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHolidayCalendar($input: CreateHolidayCalendarInput!) {\n    createHolidayCalendar(input: $input) {\n      ...HolidayCalendarFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHolidayCalendar($input: CreateHolidayCalendarInput!) {\n    createHolidayCalendar(input: $input) {\n      ...HolidayCalendarFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOneOnOneTemplate($input: OneOnOneTemplateInput!) {\n    createOneOnOneTemplate(input: $input) {\n      ...TemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOneOnOneTemplate($input: OneOnOneTemplateInput!) {\n    createOneOnOneTemplate(input: $input) {\n      ...TemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteHolidayCalendar($id: ID!) {\n    deleteHolidayCalendar(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteHolidayCalendar($id: ID!) {\n    deleteHolidayCalendar(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOneOnOneTemplate($id: ID!, $version: Int!) {\n    deleteOneOnOneTemplate(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteOneOnOneTemplate($id: ID!, $version: Int!) {\n    deleteOneOnOneTemplate(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HolidayCalendarFields on HolidayCalendar {\n    id\n    name\n    holidayCount\n    peopleCount\n    years\n    version\n  }\n"): (typeof documents)["\n  fragment HolidayCalendarFields on HolidayCalendar {\n    id\n    name\n    holidayCount\n    peopleCount\n    years\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Holidays($calendarId: ID!, $year: Int) {\n    holidays(calendarId: $calendarId, year: $year) {\n      date\n      name\n    }\n  }\n"): (typeof documents)["\n  query Holidays($calendarId: ID!, $year: Int) {\n    holidays(calendarId: $calendarId, year: $year) {\n      date\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportHolidays($input: ImportHolidaysInput!) {\n    importHolidays(input: $input) {\n      calendar {\n        ...HolidayCalendarFields\n      }\n      imported {\n        date\n        name\n      }\n      skipped {\n        name\n        date\n        reason\n      }\n      fromYear\n      toYear\n    }\n  }\n"): (typeof documents)["\n  mutation ImportHolidays($input: ImportHolidaysInput!) {\n    importHolidays(input: $input) {\n      calendar {\n        ...HolidayCalendarFields\n      }\n      imported {\n        date\n        name\n      }\n      skipped {\n        name\n        date\n        reason\n      }\n      fromYear\n      toYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization {\n    organization {\n      ...OrganizationWithSettings\n    }\n  }\n"): (typeof documents)["\n  query Organization {\n    organization {\n      ...OrganizationWithSettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationWithSettings on Organization {\n    id\n    name\n    version\n    fiscalYearStartLocked\n    settings {\n      fiscalQuarterStartMonth\n      defaultWeeklyCapacityHours\n      targetDevelopmentShare\n      staleGoalDays\n      overAllocation\n      idleBelow\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationWithSettings on Organization {\n    id\n    name\n    version\n    fiscalYearStartLocked\n    settings {\n      fiscalQuarterStartMonth\n      defaultWeeklyCapacityHours\n      targetDevelopmentShare\n      staleGoalDays\n      overAllocation\n      idleBelow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveHoliday($calendarId: ID!, $date: LocalDate!) {\n    removeHoliday(calendarId: $calendarId, date: $date) {\n      ...HolidayCalendarFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveHoliday($calendarId: ID!, $date: LocalDate!) {\n    removeHoliday(calendarId: $calendarId, date: $date) {\n      ...HolidayCalendarFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameHolidayCalendar($input: RenameHolidayCalendarInput!) {\n    renameHolidayCalendar(input: $input) {\n      ...HolidayCalendarFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameHolidayCalendar($input: RenameHolidayCalendarInput!) {\n    renameHolidayCalendar(input: $input) {\n      ...HolidayCalendarFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateFields on OneOnOneTemplate {\n    id\n    name\n    points\n    builtIn\n    version\n  }\n"): (typeof documents)["\n  fragment TemplateFields on OneOnOneTemplate {\n    id\n    name\n    points\n    builtIn\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      ...OrganizationWithSettings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      ...OrganizationWithSettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOneOnOneTemplate($id: ID!, $version: Int!, $input: OneOnOneTemplateInput!) {\n    updateOneOnOneTemplate(id: $id, version: $version, input: $input) {\n      ...TemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOneOnOneTemplate($id: ID!, $version: Int!, $input: OneOnOneTemplateInput!) {\n    updateOneOnOneTemplate(id: $id, version: $version, input: $input) {\n      ...TemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    active\n    person {\n      id\n      name\n      title\n      level\n      track\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    active\n    person {\n      id\n      name\n      title\n      level\n      track\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptStaffingEvidence($input: AcceptStaffingEvidenceInput!) {\n    acceptStaffingEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptStaffingEvidence($input: AcceptStaffingEvidenceInput!) {\n    acceptStaffingEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEvidence($input: CreateEvidenceInput!) {\n    addEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddEvidence($input: CreateEvidenceInput!) {\n    addEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEvidence($id: ID!) {\n    deleteEvidence(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteEvidence($id: ID!) {\n    deleteEvidence(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissStaffingEvidence($allocationId: ID!) {\n    dismissStaffingEvidence(allocationId: $allocationId)\n  }\n"): (typeof documents)["\n  mutation DismissStaffingEvidence($allocationId: ID!) {\n    dismissStaffingEvidence(allocationId: $allocationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFields on Evidence {\n    id\n    personId\n    date\n    kind\n    title\n    link\n    impact\n    incidentRole\n    incidentSeverity\n    learningFormat\n    createdByName\n    allocationId\n    version\n    competencies {\n      key\n      name\n      areaName\n    }\n    goals {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceFields on Evidence {\n    id\n    personId\n    date\n    kind\n    title\n    link\n    impact\n    incidentRole\n    incidentSeverity\n    learningFormat\n    createdByName\n    allocationId\n    version\n    competencies {\n      key\n      name\n      areaName\n    }\n    goals {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Evidence($personId: ID!, $competencyKey: String) {\n    evidence(personId: $personId, competencyKey: $competencyKey) {\n      ...EvidenceFields\n    }\n  }\n"): (typeof documents)["\n  query Evidence($personId: ID!, $competencyKey: String) {\n    evidence(personId: $personId, competencyKey: $competencyKey) {\n      ...EvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffingEvidenceOfferFields on StaffingEvidenceOffer {\n    allocationId\n    personId\n    personName\n    projectId\n    projectName\n    role\n    kind\n    percent\n    startDate\n    endDate\n    title\n    evidenceKind\n    competencies {\n      key\n      name\n      areaName\n    }\n    goals {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment StaffingEvidenceOfferFields on StaffingEvidenceOffer {\n    allocationId\n    personId\n    personName\n    projectId\n    projectName\n    role\n    kind\n    percent\n    startDate\n    endDate\n    title\n    evidenceKind\n    competencies {\n      key\n      name\n      areaName\n    }\n    goals {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffingEvidenceOffers($personId: ID) {\n    staffingEvidenceOffers(personId: $personId) {\n      ...StaffingEvidenceOfferFields\n    }\n  }\n"): (typeof documents)["\n  query StaffingEvidenceOffers($personId: ID) {\n    staffingEvidenceOffers(personId: $personId) {\n      ...StaffingEvidenceOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvidence($id: ID!, $input: UpdateEvidenceInput!) {\n    updateEvidence(id: $id, input: $input) {\n      ...EvidenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvidence($id: ID!, $input: UpdateEvidenceInput!) {\n    updateEvidence(id: $id, input: $input) {\n      ...EvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareLevels($from: String!, $to: String!) {\n    compareLevels(from: $from, to: $to) {\n      ...LevelComparisonDetail\n    }\n  }\n"): (typeof documents)["\n  query CompareLevels($from: String!, $to: String!) {\n    compareLevels(from: $from, to: $to) {\n      ...LevelComparisonDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FrameworkDetail on Framework {\n    name\n    description\n    version\n    belowExpectations {\n      name\n      summary\n    }\n    tracks {\n      key\n      name\n      levels {\n        ...FrameworkLevelFields\n      }\n    }\n    areas {\n      key\n      name\n      description\n      retired\n      competencies {\n        key\n        name\n        description\n        retired\n        expectations {\n          levelKey\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FrameworkDetail on Framework {\n    name\n    description\n    version\n    belowExpectations {\n      name\n      summary\n    }\n    tracks {\n      key\n      name\n      levels {\n        ...FrameworkLevelFields\n      }\n    }\n    areas {\n      key\n      name\n      description\n      retired\n      competencies {\n        key\n        name\n        description\n        retired\n        expectations {\n          levelKey\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FrameworkLevelFields on FrameworkLevel {\n    key\n    name\n    summary\n    retired\n    trackKey\n  }\n"): (typeof documents)["\n  fragment FrameworkLevelFields on FrameworkLevel {\n    key\n    name\n    summary\n    retired\n    trackKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FrameworkProblemFields on FrameworkProblem {\n    path\n    message\n  }\n"): (typeof documents)["\n  fragment FrameworkProblemFields on FrameworkProblem {\n    path\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Framework {\n    framework {\n      ...FrameworkDetail\n    }\n  }\n"): (typeof documents)["\n  query Framework {\n    framework {\n      ...FrameworkDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FrameworkYamlProblemFields on FrameworkYamlProblem {\n    line\n    path\n    message\n  }\n"): (typeof documents)["\n  fragment FrameworkYamlProblemFields on FrameworkYamlProblem {\n    line\n    path\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkYaml {\n    frameworkYaml\n  }\n"): (typeof documents)["\n  query FrameworkYaml {\n    frameworkYaml\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFramework($yaml: String!, $version: Int!) {\n    importFramework(yaml: $yaml, version: $version) {\n      framework {\n        ...FrameworkDetail\n      }\n      problems {\n        ...FrameworkYamlProblemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFramework($yaml: String!, $version: Int!) {\n    importFramework(yaml: $yaml, version: $version) {\n      framework {\n        ...FrameworkDetail\n      }\n      problems {\n        ...FrameworkYamlProblemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LevelComparisonDetail on LevelComparison {\n    from {\n      ...FrameworkLevelFields\n    }\n    to {\n      ...FrameworkLevelFields\n    }\n    rows {\n      areaKey\n      areaName\n      competencyKey\n      competencyName\n      fromText\n      toText\n      changed\n    }\n    changedCount\n  }\n"): (typeof documents)["\n  fragment LevelComparisonDetail on LevelComparison {\n    from {\n      ...FrameworkLevelFields\n    }\n    to {\n      ...FrameworkLevelFields\n    }\n    rows {\n      areaKey\n      areaName\n      competencyKey\n      competencyName\n      fromText\n      toText\n      changed\n    }\n    changedCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFramework($version: Int!, $input: FrameworkInput!) {\n    updateFramework(version: $version, input: $input) {\n      framework {\n        ...FrameworkDetail\n      }\n      problems {\n        ...FrameworkProblemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFramework($version: Int!, $input: FrameworkInput!) {\n    updateFramework(version: $version, input: $input) {\n      framework {\n        ...FrameworkDetail\n      }\n      problems {\n        ...FrameworkProblemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInGoal($goalId: ID!, $input: GoalCheckInInput!) {\n    checkInGoal(goalId: $goalId, input: $input) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInGoal($goalId: ID!, $input: GoalCheckInInput!) {\n    checkInGoal(goalId: $goalId, input: $input) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalCheckInFields on GoalCheckIn {\n    id\n    date\n    progress\n    confidence\n    note\n    authorName\n  }\n"): (typeof documents)["\n  fragment GoalCheckInFields on GoalCheckIn {\n    id\n    date\n    progress\n    confidence\n    note\n    authorName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalFields on Goal {\n    id\n    personId\n    title\n    description\n    status\n    version\n    startDate\n    targetLevelKey\n    targetLevelName\n    evidenceCount\n    dueQuarter {\n      key\n      label\n    }\n    competencies {\n      key\n      name\n      areaName\n    }\n    milestones {\n      id\n      title\n      done\n    }\n    health {\n      state\n      progress\n      expectedProgress\n      reason\n      stale\n      daysSinceCheckIn\n      lastCheckInDate\n    }\n    checkIns {\n      ...GoalCheckInFields\n    }\n  }\n"): (typeof documents)["\n  fragment GoalFields on Goal {\n    id\n    personId\n    title\n    description\n    status\n    version\n    startDate\n    targetLevelKey\n    targetLevelName\n    evidenceCount\n    dueQuarter {\n      key\n      label\n    }\n    competencies {\n      key\n      name\n      areaName\n    }\n    milestones {\n      id\n      title\n      done\n    }\n    health {\n      state\n      progress\n      expectedProgress\n      reason\n      stale\n      daysSinceCheckIn\n      lastCheckInDate\n    }\n    checkIns {\n      ...GoalCheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalFormOptions($personId: ID!) {\n    person(id: $personId) {\n      id\n      track\n      levelKey\n    }\n    organization {\n      id\n      currentQuarter {\n        fiscalYear\n        quarter\n        label\n      }\n    }\n    framework {\n      ...FrameworkDetail\n    }\n  }\n"): (typeof documents)["\n  query GoalFormOptions($personId: ID!) {\n    person(id: $personId) {\n      id\n      track\n      levelKey\n    }\n    organization {\n      id\n      currentQuarter {\n        fiscalYear\n        quarter\n        label\n      }\n    }\n    framework {\n      ...FrameworkDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Goals($personId: ID!) {\n    goals(personId: $personId) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  query Goals($personId: ID!) {\n    goals(personId: $personId) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {\n    setMilestoneDone(milestoneId: $milestoneId, done: $done) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {\n    setMilestoneDone(milestoneId: $milestoneId, done: $done) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($id: ID!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, input: $input) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($id: ID!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, input: $input) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    id\n    competencyKey\n    quarter\n    source\n    rating\n    ratingName\n    ratingPosition\n    comment\n    authorName\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment AssessmentFields on Assessment {\n    id\n    competencyKey\n    quarter\n    source\n    rating\n    ratingName\n    ratingPosition\n    comment\n    authorName\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompetencyAssessmentFields on CompetencyAssessment {\n    competencyKey\n    competencyName\n    competencyDescription\n    areaKey\n    areaName\n    expectation\n    nextExpectation\n    self {\n      ...AssessmentFields\n    }\n    manager {\n      ...AssessmentFields\n    }\n    previousSelf {\n      ...AssessmentFields\n    }\n    previousManager {\n      ...AssessmentFields\n    }\n    disagreement\n    gap\n  }\n"): (typeof documents)["\n  fragment CompetencyAssessmentFields on CompetencyAssessment {\n    competencyKey\n    competencyName\n    competencyDescription\n    areaKey\n    areaName\n    expectation\n    nextExpectation\n    self {\n      ...AssessmentFields\n    }\n    manager {\n      ...AssessmentFields\n    }\n    previousSelf {\n      ...AssessmentFields\n    }\n    previousManager {\n      ...AssessmentFields\n    }\n    disagreement\n    gap\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonGrowthFields on PersonGrowth {\n    personId\n    quarter {\n      ...QuarterFields\n    }\n    previousQuarter {\n      ...QuarterFields\n    }\n    quarters {\n      ...QuarterFields\n    }\n    level {\n      ...RatingRungFields\n    }\n    scale {\n      ...RatingRungFields\n    }\n    competencies {\n      ...CompetencyAssessmentFields\n    }\n    managerRatingsShared\n    managerRatingsVisible\n    canSelfAssess\n    canManagerAssess\n    writable\n    selfCount\n    managerCount\n    disagreementCount\n    readiness {\n      nextLevelKey\n      nextLevelName\n      met\n      total\n      share\n    }\n    readinessThrough {\n      key\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment PersonGrowthFields on PersonGrowth {\n    personId\n    quarter {\n      ...QuarterFields\n    }\n    previousQuarter {\n      ...QuarterFields\n    }\n    quarters {\n      ...QuarterFields\n    }\n    level {\n      ...RatingRungFields\n    }\n    scale {\n      ...RatingRungFields\n    }\n    competencies {\n      ...CompetencyAssessmentFields\n    }\n    managerRatingsShared\n    managerRatingsVisible\n    canSelfAssess\n    canManagerAssess\n    writable\n    selfCount\n    managerCount\n    disagreementCount\n    readiness {\n      nextLevelKey\n      nextLevelName\n      met\n      total\n      share\n    }\n    readinessThrough {\n      key\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonGrowth($personId: ID!, $quarter: String) {\n    personGrowth(personId: $personId, quarter: $quarter) {\n      ...PersonGrowthFields\n    }\n  }\n"): (typeof documents)["\n  query PersonGrowth($personId: ID!, $quarter: String) {\n    personGrowth(personId: $personId, quarter: $quarter) {\n      ...PersonGrowthFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuarterFields on Quarter {\n    key\n    label\n    start\n    end\n  }\n"): (typeof documents)["\n  fragment QuarterFields on Quarter {\n    key\n    label\n    start\n    end\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatingRungFields on RatingRung {\n    position\n    key\n    name\n    summary\n    retired\n  }\n"): (typeof documents)["\n  fragment RatingRungFields on RatingRung {\n    position\n    key\n    name\n    summary\n    retired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAssessments($input: SaveAssessmentsInput!) {\n    saveAssessments(input: $input) {\n      ...PersonGrowthFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAssessments($input: SaveAssessmentsInput!) {\n    saveAssessments(input: $input) {\n      ...PersonGrowthFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareManagerRatings($personId: ID!, $quarter: String!, $shared: Boolean!) {\n    shareManagerRatings(personId: $personId, quarter: $quarter, shared: $shared) {\n      personId\n      quarter\n      shared\n      sharedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ShareManagerRatings($personId: ID!, $quarter: String!, $shared: Boolean!) {\n    shareManagerRatings(personId: $personId, quarter: $quarter, shared: $shared) {\n      personId\n      quarter\n      shared\n      sharedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOverview {\n    organization {\n      id\n      name\n    }\n    people {\n      id\n      active\n    }\n    teams {\n      id\n    }\n    users {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  query AdminOverview {\n    organization {\n      id\n      name\n    }\n    people {\n      id\n      active\n    }\n    teams {\n      id\n    }\n    users {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeGrowthOverview on GrowthOverview {\n    quarter {\n      key\n      label\n    }\n    goalsNeedingAttention {\n      goalId\n      title\n      reason\n      stale\n      person {\n        id\n        name\n      }\n    }\n    teams {\n      team {\n        id\n        name\n      }\n      people\n      goalsNeedingAttention\n      selfRatingsMissing\n      managerRatingsMissing\n      unsharedRatings\n    }\n    missingAssessments {\n      selfMissing\n      managerMissing\n      total\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HomeGrowthOverview on GrowthOverview {\n    quarter {\n      key\n      label\n    }\n    goalsNeedingAttention {\n      goalId\n      title\n      reason\n      stale\n      person {\n        id\n        name\n      }\n    }\n    teams {\n      team {\n        id\n        name\n      }\n      people\n      goalsNeedingAttention\n      selfRatingsMissing\n      managerRatingsMissing\n      unsharedRatings\n    }\n    missingAssessments {\n      selfMissing\n      managerMissing\n      total\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeGrowthOverview {\n    growthOverview {\n      ...HomeGrowthOverview\n    }\n  }\n"): (typeof documents)["\n  query HomeGrowthOverview {\n    growthOverview {\n      ...HomeGrowthOverview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerOverview($personId: ID!) {\n    person(id: $personId) {\n      id\n      directReports {\n        ...PersonSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerOverview($personId: ID!) {\n    person(id: $personId) {\n      id\n      directReports {\n        ...PersonSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    myNotifications(limit: 20) {\n      unread\n      items {\n        id\n        kind\n        text\n        link\n        createdAt\n        read\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications {\n    myNotifications(limit: 20) {\n      unread\n      items {\n        id\n        kind\n        text\n        link\n        createdAt\n        read\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids, limit: 20) {\n      unread\n      items {\n        id\n        kind\n        text\n        link\n        createdAt\n        read\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids, limit: 20) {\n      unread\n      items {\n        id\n        kind\n        text\n        link\n        createdAt\n        read\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyCalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      path\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      path\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    id\n    version\n    status\n    adHoc\n    scheduledAt\n    durationMinutes\n    completedAt\n    mood\n    canSetMood\n    hasPrivateNote\n    series {\n      id\n      kind\n      participant\n      lead {\n        id\n        name\n      }\n      partner {\n        id\n        name\n        title\n      }\n      otherPerson {\n        id\n        name\n      }\n    }\n    points {\n      id\n      text\n      position\n      discussed\n      tags\n      suggestionKey\n      author {\n        id\n        name\n      }\n      carriedFrom {\n        meetingId\n        scheduledAt\n      }\n    }\n    actionItems {\n      id\n      text\n      dueDate\n      done\n      overdue\n      owner {\n        id\n        name\n      }\n      carriedFrom {\n        meetingId\n        scheduledAt\n      }\n    }\n    checkIns {\n      goalId\n      goalTitle\n      progress\n      confidence\n      note\n      date\n      authorName\n    }\n    previousMeeting {\n      id\n      scheduledAt\n      discussedPoints\n      notesExcerpt\n      actionItems {\n        id\n        text\n        done\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingFields on Meeting {\n    id\n    version\n    status\n    adHoc\n    scheduledAt\n    durationMinutes\n    completedAt\n    mood\n    canSetMood\n    hasPrivateNote\n    series {\n      id\n      kind\n      participant\n      lead {\n        id\n        name\n      }\n      partner {\n        id\n        name\n        title\n      }\n      otherPerson {\n        id\n        name\n      }\n    }\n    points {\n      id\n      text\n      position\n      discussed\n      tags\n      suggestionKey\n      author {\n        id\n        name\n      }\n      carriedFrom {\n        meetingId\n        scheduledAt\n      }\n    }\n    actionItems {\n      id\n      text\n      dueDate\n      done\n      overdue\n      owner {\n        id\n        name\n      }\n      carriedFrom {\n        meetingId\n        scheduledAt\n      }\n    }\n    checkIns {\n      goalId\n      goalTitle\n      progress\n      confidence\n      note\n      date\n      authorName\n    }\n    previousMeeting {\n      id\n      scheduledAt\n      discussedPoints\n      notesExcerpt\n      actionItems {\n        id\n        text\n        done\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTalkingPoint($meetingId: ID!, $input: TalkingPointInput!) {\n    addTalkingPoint(meetingId: $meetingId, input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddTalkingPoint($meetingId: ID!, $input: TalkingPointInput!) {\n    addTalkingPoint(meetingId: $meetingId, input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTalkingPoint($id: ID!) {\n    removeTalkingPoint(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTalkingPoint($id: ID!) {\n    removeTalkingPoint(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveTalkingPoint($id: ID!, $position: Int!) {\n    moveTalkingPoint(id: $id, position: $position) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveTalkingPoint($id: ID!, $position: Int!) {\n    moveTalkingPoint(id: $id, position: $position) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkTalkingPointDiscussed($id: ID!, $discussed: Boolean!) {\n    markTalkingPointDiscussed(id: $id, discussed: $discussed) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkTalkingPointDiscussed($id: ID!, $discussed: Boolean!) {\n    markTalkingPointDiscussed(id: $id, discussed: $discussed) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {\n    addActionItem(meetingId: $meetingId, input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {\n    addActionItem(meetingId: $meetingId, input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteActionItem($id: ID!, $done: Boolean!) {\n    completeActionItem(id: $id, done: $done) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteActionItem($id: ID!, $done: Boolean!) {\n    completeActionItem(id: $id, done: $done) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveActionItem($id: ID!) {\n    removeActionItem(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveActionItem($id: ID!) {\n    removeActionItem(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeetingMood($meetingId: ID!, $mood: Int) {\n    setMeetingMood(meetingId: $meetingId, mood: $mood) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMeetingMood($meetingId: ID!, $mood: Int) {\n    setMeetingMood(meetingId: $meetingId, mood: $mood) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMeeting($id: ID!, $version: Int!) {\n    completeMeeting(id: $id, version: $version) {\n      id\n      scheduledAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMeeting($id: ID!, $version: Int!) {\n    completeMeeting(id: $id, version: $version) {\n      id\n      scheduledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPrivateNote($meetingId: ID!) {\n    myPrivateNote(meetingId: $meetingId) {\n      meetingId\n      body\n      version\n    }\n  }\n"): (typeof documents)["\n  query MyPrivateNote($meetingId: ID!) {\n    myPrivateNote(meetingId: $meetingId) {\n      meetingId\n      body\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePrivateNote($meetingId: ID!, $body: String!, $version: Int!) {\n    savePrivateNote(meetingId: $meetingId, body: $body, version: $version) {\n      meetingId\n      body\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SavePrivateNote($meetingId: ID!, $body: String!, $version: Int!) {\n    savePrivateNote(meetingId: $meetingId, body: $body, version: $version) {\n      meetingId\n      body\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleMeeting($id: ID!, $scheduledAt: DateTime!, $version: Int!, $durationMinutes: Int) {\n    rescheduleMeeting(id: $id, scheduledAt: $scheduledAt, version: $version, durationMinutes: $durationMinutes) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleMeeting($id: ID!, $scheduledAt: DateTime!, $version: Int!, $durationMinutes: Int) {\n    rescheduleMeeting(id: $id, scheduledAt: $scheduledAt, version: $version, durationMinutes: $durationMinutes) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($id: ID!, $version: Int!) {\n    cancelMeeting(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($id: ID!, $version: Int!) {\n    cancelMeeting(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleAdHocMeeting($seriesId: ID!, $scheduledAt: DateTime!, $durationMinutes: Int!) {\n    scheduleAdHocMeeting(seriesId: $seriesId, scheduledAt: $scheduledAt, durationMinutes: $durationMinutes) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleAdHocMeeting($seriesId: ID!, $scheduledAt: DateTime!, $durationMinutes: Int!) {\n    scheduleAdHocMeeting(seriesId: $seriesId, scheduledAt: $scheduledAt, durationMinutes: $durationMinutes) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesFields on OneOnOneSeries {\n    id\n    kind\n    cadence\n    weekday\n    startTime\n    timeZone\n    durationMinutes\n    status\n    participant\n    version\n    lead {\n      id\n      name\n    }\n    partner {\n      id\n      name\n      title\n    }\n    otherPerson {\n      id\n      name\n      title\n    }\n    lastHeld {\n      id\n      scheduledAt\n    }\n    nextMeeting {\n      id\n      scheduledAt\n    }\n    cadenceFigures {\n      expected\n      held\n      kept\n    }\n    openActionItemCount\n    latestMood\n  }\n"): (typeof documents)["\n  fragment SeriesFields on OneOnOneSeries {\n    id\n    kind\n    cadence\n    weekday\n    startTime\n    timeZone\n    durationMinutes\n    status\n    participant\n    version\n    lead {\n      id\n      name\n    }\n    partner {\n      id\n      name\n      title\n    }\n    otherPerson {\n      id\n      name\n      title\n    }\n    lastHeld {\n      id\n      scheduledAt\n    }\n    nextMeeting {\n      id\n      scheduledAt\n    }\n    cadenceFigures {\n      expected\n      held\n      kept\n    }\n    openActionItemCount\n    latestMood\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneOnOnes {\n    oneOnOnes {\n      ...SeriesFields\n    }\n  }\n"): (typeof documents)["\n  query OneOnOnes {\n    oneOnOnes {\n      ...SeriesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadenceByManager {\n    cadenceByManager {\n      manager {\n        id\n        name\n      }\n      seriesCount\n      expected\n      held\n      kept\n    }\n  }\n"): (typeof documents)["\n  query CadenceByManager {\n    cadenceByManager {\n      manager {\n        id\n        name\n      }\n      seriesCount\n      expected\n      held\n      kept\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOpenActionItems {\n    myOpenActionItems {\n      id\n      text\n      dueDate\n      overdue\n      meetingId\n      otherPerson {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOpenActionItems {\n    myOpenActionItems {\n      id\n      text\n      dueDate\n      overdue\n      meetingId\n      otherPerson {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneOnOneSeriesDetail($id: ID!) {\n    oneOnOneSeries(id: $id) {\n      id\n      kind\n      cadence\n      weekday\n      startTime\n      timeZone\n      durationMinutes\n      status\n      participant\n      version\n      lead {\n        id\n        name\n      }\n      partner {\n        id\n        name\n        title\n      }\n      otherPerson {\n        id\n        name\n        title\n      }\n      cadenceFigures {\n        expected\n        held\n        kept\n      }\n      nextMeeting {\n        id\n        scheduledAt\n      }\n      meetings {\n        id\n        scheduledAt\n        status\n        adHoc\n        mood\n      }\n      moodTrend {\n        meetingId\n        scheduledAt\n        mood\n      }\n    }\n  }\n"): (typeof documents)["\n  query OneOnOneSeriesDetail($id: ID!) {\n    oneOnOneSeries(id: $id) {\n      id\n      kind\n      cadence\n      weekday\n      startTime\n      timeZone\n      durationMinutes\n      status\n      participant\n      version\n      lead {\n        id\n        name\n      }\n      partner {\n        id\n        name\n        title\n      }\n      otherPerson {\n        id\n        name\n        title\n      }\n      cadenceFigures {\n        expected\n        held\n        kept\n      }\n      nextMeeting {\n        id\n        scheduledAt\n      }\n      meetings {\n        id\n        scheduledAt\n        status\n        adHoc\n        mood\n      }\n      moodTrend {\n        meetingId\n        scheduledAt\n        mood\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneOnOneSearch($seriesId: ID!, $text: String, $tag: String) {\n    oneOnOneSearch(seriesId: $seriesId, text: $text, tag: $tag) {\n      kind\n      meetingId\n      scheduledAt\n      tags\n      text\n    }\n  }\n"): (typeof documents)["\n  query OneOnOneSearch($seriesId: ID!, $text: String, $tag: String) {\n    oneOnOneSearch(seriesId: $seriesId, text: $text, tag: $tag) {\n      kind\n      meetingId\n      scheduledAt\n      tags\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesSchedule on OneOnOneSeriesDetail {\n    id\n    cadence\n    weekday\n    startTime\n    timeZone\n    durationMinutes\n    status\n    version\n    nextMeeting {\n      id\n      scheduledAt\n    }\n  }\n"): (typeof documents)["\n  fragment SeriesSchedule on OneOnOneSeriesDetail {\n    id\n    cadence\n    weekday\n    startTime\n    timeZone\n    durationMinutes\n    status\n    version\n    nextMeeting {\n      id\n      scheduledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartOneOnOneSeries($input: StartOneOnOneSeriesInput!) {\n    startOneOnOneSeries(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartOneOnOneSeries($input: StartOneOnOneSeriesInput!) {\n    startOneOnOneSeries(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOneOnOneSeries($id: ID!, $input: UpdateOneOnOneSeriesInput!) {\n    updateOneOnOneSeries(id: $id, input: $input) {\n      ...SeriesSchedule\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOneOnOneSeries($id: ID!, $input: UpdateOneOnOneSeriesInput!) {\n    updateOneOnOneSeries(id: $id, input: $input) {\n      ...SeriesSchedule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseOneOnOneSeries($id: ID!, $version: Int!) {\n    pauseOneOnOneSeries(id: $id, version: $version) {\n      ...SeriesSchedule\n    }\n  }\n"): (typeof documents)["\n  mutation PauseOneOnOneSeries($id: ID!, $version: Int!) {\n    pauseOneOnOneSeries(id: $id, version: $version) {\n      ...SeriesSchedule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeOneOnOneSeries($id: ID!, $version: Int!) {\n    resumeOneOnOneSeries(id: $id, version: $version) {\n      ...SeriesSchedule\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeOneOnOneSeries($id: ID!, $version: Int!) {\n    resumeOneOnOneSeries(id: $id, version: $version) {\n      ...SeriesSchedule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOneOnOneSeries($id: ID!, $version: Int!) {\n    endOneOnOneSeries(id: $id, version: $version) {\n      ...SeriesSchedule\n    }\n  }\n"): (typeof documents)["\n  mutation EndOneOnOneSeries($id: ID!, $version: Int!) {\n    endOneOnOneSeries(id: $id, version: $version) {\n      ...SeriesSchedule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneOnOneStartOptions {\n    people {\n      id\n      name\n      title\n      manager {\n        id\n      }\n    }\n    oneOnOneTemplates {\n      id\n      name\n      builtIn\n    }\n  }\n"): (typeof documents)["\n  query OneOnOneStartOptions {\n    people {\n      id\n      name\n      title\n      manager {\n        id\n      }\n    }\n    oneOnOneTemplates {\n      id\n      name\n      builtIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSuggestions($meetingId: ID!) {\n    meetingSuggestions(meetingId: $meetingId) {\n      key\n      signal\n      text\n      reason\n      tags\n    }\n  }\n"): (typeof documents)["\n  query MeetingSuggestions($meetingId: ID!) {\n    meetingSuggestions(meetingId: $meetingId) {\n      key\n      signal\n      text\n      reason\n      tags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSuggestedTalkingPoint($meetingId: ID!, $key: String!) {\n    addSuggestedTalkingPoint(meetingId: $meetingId, key: $key) {\n      key\n      signal\n      text\n      reason\n      tags\n    }\n  }\n"): (typeof documents)["\n  mutation AddSuggestedTalkingPoint($meetingId: ID!, $key: String!) {\n    addSuggestedTalkingPoint(meetingId: $meetingId, key: $key) {\n      key\n      signal\n      text\n      reason\n      tags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissTalkingPointSuggestion($meetingId: ID!, $key: String!) {\n    dismissTalkingPointSuggestion(meetingId: $meetingId, key: $key) {\n      key\n      signal\n      text\n      reason\n      tags\n    }\n  }\n"): (typeof documents)["\n  mutation DismissTalkingPointSuggestion($meetingId: ID!, $key: String!) {\n    dismissTalkingPointSuggestion(meetingId: $meetingId, key: $key) {\n      key\n      signal\n      text\n      reason\n      tags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRecordReads {\n    myRecordReads(limit: 50) {\n      readerName\n      kind\n      at\n      times\n    }\n  }\n"): (typeof documents)["\n  query MyRecordReads {\n    myRecordReads(limit: 50) {\n      readerName\n      kind\n      at\n      times\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePage($filter: PeopleFilter, $offset: Int, $limit: Int) {\n    peoplePage(filter: $filter, offset: $offset, limit: $limit) {\n      totalCount\n      offset\n      limit\n      nodes {\n        ...PersonSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeoplePage($filter: PeopleFilter, $offset: Int, $limit: Int) {\n    peoplePage(filter: $filter, offset: $offset, limit: $limit) {\n      totalCount\n      offset\n      limit\n      nodes {\n        ...PersonSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($filter: PeopleFilter) {\n    people(filter: $filter) {\n      ...PersonSummary\n    }\n  }\n"): (typeof documents)["\n  query People($filter: PeopleFilter) {\n    people(filter: $filter) {\n      ...PersonSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonDetail on Person {\n    ...PersonSummary\n    version\n    canEdit\n    canSeeDetails\n    canSeeGrowth\n    canEditGrowth\n    startDate\n    weeklyCapacityHours\n    workingDays\n    directReports {\n      ...PersonSummary\n    }\n  }\n"): (typeof documents)["\n  fragment PersonDetail on Person {\n    ...PersonSummary\n    version\n    canEdit\n    canSeeDetails\n    canSeeGrowth\n    canEditGrowth\n    startDate\n    weeklyCapacityHours\n    workingDays\n    directReports {\n      ...PersonSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetail\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonSummary on Person {\n    id\n    name\n    title\n    level\n    track\n    active\n    team {\n      id\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonSummary on Person {\n    id\n    name\n    title\n    level\n    track\n    active\n    team {\n      id\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewCycleFields on ReviewCycle {\n    id\n    quarter\n    quarterLabel\n    status\n    openedAt\n    openedByName\n    closedAt\n    closedByName\n    canClose\n    myReviewId\n    version\n    progress {\n      total\n      drafted\n      shared\n      acknowledged\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewCycleFields on ReviewCycle {\n    id\n    quarter\n    quarterLabel\n    status\n    openedAt\n    openedByName\n    closedAt\n    closedByName\n    canClose\n    myReviewId\n    version\n    progress {\n      total\n      drafted\n      shared\n      acknowledged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on Review {\n    id\n    cycleId\n    quarter\n    quarterLabel\n    cycleStatus\n    state\n    summary\n    strengths\n    focus\n    readiness\n    reflection\n    sharedAt\n    sharedByName\n    acknowledgedAt\n    focusGoalId\n    canWrite\n    canReflect\n    version\n    person {\n      id\n      name\n      title\n      teamName\n      managerName\n    }\n    adjustments {\n      from\n      to\n      reason\n      byName\n      at\n    }\n    packet {\n      frozen\n      highlights\n      ratings {\n        competencyKey\n        competencyName\n        areaName\n        gapToLevel\n        self {\n          nowLabel\n          change\n        }\n        manager {\n          nowLabel\n          change\n        }\n      }\n      ratingSummary {\n        rated\n        improved\n        declined\n        belowLevel\n        aboveLevel\n      }\n      goals {\n        finished {\n          id\n          title\n          progress\n        }\n        active {\n          id\n          title\n          progress\n          latestConfidence\n          checkInsThisQuarter\n        }\n        atRisk\n        dropped\n      }\n      evidence {\n        total\n        fromStaffing\n        unlinked\n        byCompetency {\n          competencyKey\n          competencyName\n          count\n        }\n        incidents {\n          title\n          role\n          severity\n        }\n      }\n      oneOnOnes {\n        held\n        expected\n        kept\n        actionItemsDone\n        actionItemsOverdue\n      }\n      time {\n        deliveryShare\n        developmentShare\n        supportShare\n        growthAlignedShare\n        developmentTarget\n        allocatedDays\n        meetsTarget\n        stretch {\n          projectName\n          goalTitles\n          from\n          to\n        }\n      }\n      readiness {\n        now\n        before\n        change\n        nextLevelName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewFields on Review {\n    id\n    cycleId\n    quarter\n    quarterLabel\n    cycleStatus\n    state\n    summary\n    strengths\n    focus\n    readiness\n    reflection\n    sharedAt\n    sharedByName\n    acknowledgedAt\n    focusGoalId\n    canWrite\n    canReflect\n    version\n    person {\n      id\n      name\n      title\n      teamName\n      managerName\n    }\n    adjustments {\n      from\n      to\n      reason\n      byName\n      at\n    }\n    packet {\n      frozen\n      highlights\n      ratings {\n        competencyKey\n        competencyName\n        areaName\n        gapToLevel\n        self {\n          nowLabel\n          change\n        }\n        manager {\n          nowLabel\n          change\n        }\n      }\n      ratingSummary {\n        rated\n        improved\n        declined\n        belowLevel\n        aboveLevel\n      }\n      goals {\n        finished {\n          id\n          title\n          progress\n        }\n        active {\n          id\n          title\n          progress\n          latestConfidence\n          checkInsThisQuarter\n        }\n        atRisk\n        dropped\n      }\n      evidence {\n        total\n        fromStaffing\n        unlinked\n        byCompetency {\n          competencyKey\n          competencyName\n          count\n        }\n        incidents {\n          title\n          role\n          severity\n        }\n      }\n      oneOnOnes {\n        held\n        expected\n        kept\n        actionItemsDone\n        actionItemsOverdue\n      }\n      time {\n        deliveryShare\n        developmentShare\n        supportShare\n        growthAlignedShare\n        developmentTarget\n        allocatedDays\n        meetsTarget\n        stretch {\n          projectName\n          goalTitles\n          from\n          to\n        }\n      }\n      readiness {\n        now\n        before\n        change\n        nextLevelName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {\n    openReviewCycle(input: $input) {\n      ...ReviewCycleFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {\n    openReviewCycle(input: $input) {\n      ...ReviewCycleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseReviewCycle($input: CloseReviewCycleInput!) {\n    closeReviewCycle(input: $input) {\n      ...ReviewCycleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseReviewCycle($input: CloseReviewCycleInput!) {\n    closeReviewCycle(input: $input) {\n      ...ReviewCycleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteReview($input: WriteReviewInput!) {\n    writeReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation WriteReview($input: WriteReviewInput!) {\n    writeReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareReview($input: ReviewVersionInput!) {\n    shareReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareReview($input: ReviewVersionInput!) {\n    shareReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReflectOnReview($input: ReflectOnReviewInput!) {\n    reflectOnReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReflectOnReview($input: ReflectOnReviewInput!) {\n    reflectOnReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeReview($input: ReviewVersionInput!) {\n    acknowledgeReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeReview($input: ReviewVersionInput!) {\n    acknowledgeReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftGoalFromReviewFocus($id: ID!) {\n    draftGoalFromReviewFocus(id: $id) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation DraftGoalFromReviewFocus($id: ID!) {\n    draftGoalFromReviewFocus(id: $id) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCycles {\n    reviewCycles {\n      currentQuarter\n      currentQuarterLabel\n      canOpen\n      cycles {\n        ...ReviewCycleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewCycles {\n    reviewCycles {\n      currentQuarter\n      currentQuarterLabel\n      canOpen\n      cycles {\n        ...ReviewCycleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCycle($id: ID!) {\n    reviewCycle(id: $id) {\n      ...ReviewCycleFields\n      reviews {\n        id\n        state\n        readiness\n        reflected\n        updatedAt\n        person {\n          id\n          name\n          title\n          teamName\n          managerName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewCycle($id: ID!) {\n    reviewCycle(id: $id) {\n      ...ReviewCycleFields\n      reviews {\n        id\n        state\n        readiness\n        reflected\n        updatedAt\n        person {\n          id\n          name\n          title\n          teamName\n          managerName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Review($id: ID!) {\n    review(id: $id) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  query Review($id: ID!) {\n    review(id: $id) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalibrateReviewReadiness($input: AdjustReadinessInput!) {\n    adjustReviewReadiness(input: $input) {\n      id\n      readiness\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CalibrateReviewReadiness($input: AdjustReadinessInput!) {\n    adjustReviewReadiness(input: $input) {\n      id\n      readiness\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalibrationGroupFields on CalibrationGroup {\n    key\n    name\n    people\n    above\n    meets\n    below\n    averageGap\n    againstReach\n    outlier\n    readiness {\n      notYet\n      soon\n      ready\n      unset\n    }\n  }\n"): (typeof documents)["\n  fragment CalibrationGroupFields on CalibrationGroup {\n    key\n    name\n    people\n    above\n    meets\n    below\n    averageGap\n    againstReach\n    outlier\n    readiness {\n      notYet\n      soon\n      ready\n      unset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalibrationReviewFields on CalibrationReview {\n    reviewId\n    version\n    readiness\n    readinessShare\n    averageGap\n    person {\n      id\n      name\n      teamName\n      managerName\n    }\n  }\n"): (typeof documents)["\n  fragment CalibrationReviewFields on CalibrationReview {\n    reviewId\n    version\n    readiness\n    readinessShare\n    averageGap\n    person {\n      id\n      name\n      teamName\n      managerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewCalibrationFields on ReviewCalibration {\n    cycleId\n    quarterLabel\n    canAdjust\n    reachAverageGap\n    byManager {\n      ...CalibrationGroupFields\n    }\n    byTeam {\n      ...CalibrationGroupFields\n    }\n    reviews {\n      ...CalibrationReviewFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewCalibrationFields on ReviewCalibration {\n    cycleId\n    quarterLabel\n    canAdjust\n    reachAverageGap\n    byManager {\n      ...CalibrationGroupFields\n    }\n    byTeam {\n      ...CalibrationGroupFields\n    }\n    reviews {\n      ...CalibrationReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleCalibration($cycleId: ID!) {\n    reviewCalibration(cycleId: $cycleId) {\n      ...ReviewCalibrationFields\n    }\n  }\n"): (typeof documents)["\n  query CycleCalibration($cycleId: ID!) {\n    reviewCalibration(cycleId: $cycleId) {\n      ...ReviewCalibrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamReportQuarterFields on TeamReportQuarter {\n    quarter\n    label\n    frozen\n    people\n    averageDevelopmentShare\n    meetingDevelopmentTarget\n    goalsFinished\n    withOneOnOnes\n    oneOnOnesKept\n    byArea {\n      areaName\n      averageGap\n      rated\n    }\n    readiness {\n      notYet\n      soon\n      ready\n      unset\n    }\n  }\n"): (typeof documents)["\n  fragment TeamReportQuarterFields on TeamReportQuarter {\n    quarter\n    label\n    frozen\n    people\n    averageDevelopmentShare\n    meetingDevelopmentTarget\n    goalsFinished\n    withOneOnOnes\n    oneOnOnesKept\n    byArea {\n      areaName\n      averageGap\n      rated\n    }\n    readiness {\n      notYet\n      soon\n      ready\n      unset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamReportRowFields on TeamReportRow {\n    reviewId\n    ratingsImproved\n    ratingsDeclined\n    belowLevel\n    goalsFinished\n    evidence\n    oneOnOnesHeld\n    oneOnOnesExpected\n    developmentShare\n    meetsDevelopmentTarget\n    readiness\n    readinessShare\n    readinessChange\n    person {\n      id\n      name\n      teamName\n      managerName\n    }\n  }\n"): (typeof documents)["\n  fragment TeamReportRowFields on TeamReportRow {\n    reviewId\n    ratingsImproved\n    ratingsDeclined\n    belowLevel\n    goalsFinished\n    evidence\n    oneOnOnesHeld\n    oneOnOnesExpected\n    developmentShare\n    meetsDevelopmentTarget\n    readiness\n    readinessShare\n    readinessChange\n    person {\n      id\n      name\n      teamName\n      managerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewTeamReportFields on ReviewTeamReport {\n    cycleId\n    quarterLabel\n    developmentTarget\n    highlights\n    coverageGained\n    coverageLost\n    competencyChanges {\n      competencyName\n      areaName\n      before\n      now\n      change\n    }\n    quarters {\n      ...TeamReportQuarterFields\n    }\n    people {\n      ...TeamReportRowFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewTeamReportFields on ReviewTeamReport {\n    cycleId\n    quarterLabel\n    developmentTarget\n    highlights\n    coverageGained\n    coverageLost\n    competencyChanges {\n      competencyName\n      areaName\n      before\n      now\n      change\n    }\n    quarters {\n      ...TeamReportQuarterFields\n    }\n    people {\n      ...TeamReportRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleTeamReport($cycleId: ID!) {\n    reviewTeamReport(cycleId: $cycleId) {\n      ...ReviewTeamReportFields\n    }\n  }\n"): (typeof documents)["\n  query CycleTeamReport($cycleId: ID!) {\n    reviewTeamReport(cycleId: $cycleId) {\n      ...ReviewTeamReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProjectNeed($projectId: ID!, $input: ProjectNeedInput!) {\n    addProjectNeed(projectId: $projectId, input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddProjectNeed($projectId: ID!, $input: ProjectNeedInput!) {\n    addProjectNeed(projectId: $projectId, input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTimeOff($input: CreateTimeOffInput!) {\n    addTimeOff(input: $input) {\n      ...TimeOffFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddTimeOff($input: CreateTimeOffInput!) {\n    addTimeOff(input: $input) {\n      ...TimeOffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllocationFields on Allocation {\n    id\n    personId\n    projectId\n    projectName\n    needId\n    kind\n    percent\n    startDate\n    endDate\n    status\n    note\n    version\n    scenarioChange\n    replacesId\n    growthAligned\n    stretchGoals {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment AllocationFields on Allocation {\n    id\n    personId\n    projectId\n    projectName\n    needId\n    kind\n    percent\n    startDate\n    endDate\n    status\n    note\n    version\n    scenarioChange\n    replacesId\n    growthAligned\n    stretchGoals {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignHolidayCalendar($personId: ID!, $calendarId: ID) {\n    assignHolidayCalendar(personId: $personId, calendarId: $calendarId) {\n      id\n      holidayCalendarId\n      holidayCalendarName\n    }\n  }\n"): (typeof documents)["\n  mutation AssignHolidayCalendar($personId: ID!, $calendarId: ID) {\n    assignHolidayCalendar(personId: $personId, calendarId: $calendarId) {\n      id\n      holidayCalendarId\n      holidayCalendarName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BalanceFiguresFields on BalanceFigures {\n    capacityDays\n    allocatedShare\n    tentativeShare\n    deliveryShare\n    developmentShare\n    supportShare\n    growthAlignedShare\n    developmentShortfall\n    overAllocatedWeeks\n  }\n"): (typeof documents)["\n  fragment BalanceFiguresFields on BalanceFigures {\n    capacityDays\n    allocatedShare\n    tentativeShare\n    deliveryShare\n    developmentShare\n    supportShare\n    growthAlignedShare\n    developmentShortfall\n    overAllocatedWeeks\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAllocation($input: CreateAllocationInput!) {\n    createAllocation(input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      overAllocatedWeeks {\n        week\n        monday\n        allocatedPercent\n      }\n      warning\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAllocation($input: CreateAllocationInput!) {\n    createAllocation(input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      overAllocatedWeeks {\n        week\n        monday\n        allocatedPercent\n      }\n      warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAllocation($id: ID!, $version: Int!) {\n    deleteAllocation(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteAllocation($id: ID!, $version: Int!) {\n    deleteAllocation(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTimeOff($id: ID!, $version: Int!) {\n    deleteTimeOff(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteTimeOff($id: ID!, $version: Int!) {\n    deleteTimeOff(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HolidayCalendars {\n    holidayCalendars {\n      id\n      name\n      holidayCount\n    }\n  }\n"): (typeof documents)["\n  query HolidayCalendars {\n    holidayCalendars {\n      id\n      name\n      holidayCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNextWeeks($personId: ID!, $from: LocalDate!, $weeks: Int!) {\n    staffingTimeline(from: $from, weeks: $weeks, personId: $personId) {\n      from\n      to\n      weeks {\n        key\n      }\n      rows {\n        person {\n          id\n        }\n        load {\n          allocatedShare\n          overAllocated\n          away\n        }\n        allocations {\n          ...AllocationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNextWeeks($personId: ID!, $from: LocalDate!, $weeks: Int!) {\n    staffingTimeline(from: $from, weeks: $weeks, personId: $personId) {\n      from\n      to\n      weeks {\n        key\n      }\n      rows {\n        person {\n          id\n        }\n        load {\n          allocatedShare\n          overAllocated\n          away\n        }\n        allocations {\n          ...AllocationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedSuggestions($needId: ID!) {\n    needSuggestions(needId: $needId) {\n      needId\n      role\n      projectName\n      percent\n      openPercent\n      suggestions {\n        person {\n          id\n          name\n          title\n          teamName\n        }\n        score\n        capacityFit\n        competencyFit\n        growthValue\n        stretchGoal {\n          id\n          title\n        }\n        meets\n        below\n        grows\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedSuggestions($needId: ID!) {\n    needSuggestions(needId: $needId) {\n      needId\n      role\n      projectName\n      percent\n      openPercent\n      suggestions {\n        person {\n          id\n          name\n          title\n          teamName\n        }\n        score\n        capacityFit\n        competencyFit\n        growthValue\n        stretchGoal {\n          id\n          title\n        }\n        meets\n        below\n        grows\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PastScenarios {\n    scenarios(includeClosed: true) {\n      ...ScenarioFields\n    }\n  }\n"): (typeof documents)["\n  query PastScenarios {\n    scenarios(includeClosed: true) {\n      ...ScenarioFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonTime($personId: ID!, $from: LocalDate!, $weeks: Int!, $teamId: ID) {\n    staffingTimeline(from: $from, weeks: $weeks, personId: $personId) {\n      from\n      to\n      rows {\n        canAllocate\n        person {\n          id\n          name\n          workingDays\n          holidayCalendarId\n          holidayCalendarName\n        }\n        allocations {\n          ...AllocationFields\n        }\n        timeOff {\n          ...TimeOffFields\n        }\n      }\n    }\n    staffingBalance(teamId: $teamId) {\n      developmentTarget\n      quarter {\n        key\n        label\n      }\n      people {\n        person {\n          id\n        }\n        figures {\n          ...BalanceFiguresFields\n        }\n        drought {\n          from\n          to\n          weeks\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonTime($personId: ID!, $from: LocalDate!, $weeks: Int!, $teamId: ID) {\n    staffingTimeline(from: $from, weeks: $weeks, personId: $personId) {\n      from\n      to\n      rows {\n        canAllocate\n        person {\n          id\n          name\n          workingDays\n          holidayCalendarId\n          holidayCalendarName\n        }\n        allocations {\n          ...AllocationFields\n        }\n        timeOff {\n          ...TimeOffFields\n        }\n      }\n    }\n    staffingBalance(teamId: $teamId) {\n      developmentTarget\n      quarter {\n        key\n        label\n      }\n      people {\n        person {\n          id\n        }\n        figures {\n          ...BalanceFiguresFields\n        }\n        drought {\n          from\n          to\n          weeks\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanExport($from: LocalDate!, $weeks: Int!, $teamId: ID, $offset: Int, $limit: Int) {\n    staffingTimeline(from: $from, weeks: $weeks, teamId: $teamId, offset: $offset, limit: $limit) {\n      totalCount\n      offset\n      rows {\n        person {\n          id\n          name\n        }\n        allocations {\n          id\n          projectName\n          kind\n          percent\n          startDate\n          endDate\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanExport($from: LocalDate!, $weeks: Int!, $teamId: ID, $offset: Int, $limit: Int) {\n    staffingTimeline(from: $from, weeks: $weeks, teamId: $teamId, offset: $offset, limit: $limit) {\n      totalCount\n      offset\n      rows {\n        person {\n          id\n          name\n        }\n        allocations {\n          id\n          projectName\n          kind\n          percent\n          startDate\n          endDate\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFields on Project {\n    id\n    name\n    kind\n    status\n    priority\n    startDate\n    endDate\n    teamId\n    teamName\n    description\n    canEdit\n    version\n    needs {\n      ...ProjectNeedFields\n    }\n    roster {\n      ...RosterEntryFields\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectFields on Project {\n    id\n    name\n    kind\n    status\n    priority\n    startDate\n    endDate\n    teamId\n    teamName\n    description\n    canEdit\n    version\n    needs {\n      ...ProjectNeedFields\n    }\n    roster {\n      ...RosterEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectNeedFields on ProjectNeed {\n    id\n    projectId\n    role\n    percent\n    openPercent\n    startDate\n    endDate\n    version\n    competencies {\n      key\n      name\n      areaName\n      minLevelKey\n      minLevelName\n    }\n    filledBy {\n      ...RosterEntryFields\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectNeedFields on ProjectNeed {\n    id\n    projectId\n    role\n    percent\n    openPercent\n    startDate\n    endDate\n    version\n    competencies {\n      key\n      name\n      areaName\n      minLevelKey\n      minLevelName\n    }\n    filledBy {\n      ...RosterEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectOptions {\n    projects(filter: { statuses: [ACTIVE, PROPOSED] }) {\n      id\n      name\n      kind\n      status\n      startDate\n      endDate\n      needs {\n        id\n        role\n        percent\n        openPercent\n        startDate\n        endDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectOptions {\n    projects(filter: { statuses: [ACTIVE, PROPOSED] }) {\n      id\n      name\n      kind\n      status\n      startDate\n      endDate\n      needs {\n        id\n        role\n        percent\n        openPercent\n        startDate\n        endDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($filter: ProjectFilter) {\n    projects(filter: $filter) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  query Projects($filter: ProjectFilter) {\n    projects(filter: $filter) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProjectNeed($id: ID!) {\n    removeProjectNeed(id: $id) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveProjectNeed($id: ID!) {\n    removeProjectNeed(id: $id) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterEntryFields on RosterEntry {\n    allocationId\n    personId\n    personName\n    needId\n    kind\n    percent\n    startDate\n    endDate\n    status\n  }\n"): (typeof documents)["\n  fragment RosterEntryFields on RosterEntry {\n    allocationId\n    personId\n    personName\n    needId\n    kind\n    percent\n    startDate\n    endDate\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFiguresFields on PlanFiguresModel {\n    overAllocatedPersonWeeks\n    overAllocated {\n      person {\n        id\n        name\n      }\n      weeks\n      peakPercent\n    }\n    allocatedShare\n    developmentShare\n    developmentShortfall\n    growthAlignedShare\n    demandPercent\n    openPercent\n    unfilledShare\n    unfilledNeeds {\n      needId\n      projectId\n      projectName\n      role\n      percent\n      openPercent\n    }\n  }\n"): (typeof documents)["\n  fragment PlanFiguresFields on PlanFiguresModel {\n    overAllocatedPersonWeeks\n    overAllocated {\n      person {\n        id\n        name\n      }\n      weeks\n      peakPercent\n    }\n    allocatedShare\n    developmentShare\n    developmentShortfall\n    growthAlignedShare\n    demandPercent\n    openPercent\n    unfilledShare\n    unfilledNeeds {\n      needId\n      projectId\n      projectName\n      role\n      percent\n      openPercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenarioComparison($id: ID!) {\n    scenarioComparison(id: $id) {\n      scenario {\n        ...ScenarioFields\n      }\n      from\n      to\n      weeks\n      people\n      developmentTarget\n      plan {\n        ...PlanFiguresFields\n      }\n      withScenario {\n        ...PlanFiguresFields\n      }\n      deltas {\n        overAllocatedPersonWeeks\n        developmentShare\n        unfilledShare\n        openPercent\n        growthAlignedShare\n      }\n      changes {\n        kind\n        personId\n        personName\n        allocation {\n          id\n          projectName\n          kind\n          percent\n          startDate\n          endDate\n        }\n        was {\n          projectName\n          percent\n          startDate\n          endDate\n        }\n        conflict\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScenarioComparison($id: ID!) {\n    scenarioComparison(id: $id) {\n      scenario {\n        ...ScenarioFields\n      }\n      from\n      to\n      weeks\n      people\n      developmentTarget\n      plan {\n        ...PlanFiguresFields\n      }\n      withScenario {\n        ...PlanFiguresFields\n      }\n      deltas {\n        overAllocatedPersonWeeks\n        developmentShare\n        unfilledShare\n        openPercent\n        growthAlignedShare\n      }\n      changes {\n        kind\n        personId\n        personName\n        allocation {\n          id\n          projectName\n          kind\n          percent\n          startDate\n          endDate\n        }\n        was {\n          projectName\n          percent\n          startDate\n          endDate\n        }\n        conflict\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioFields on Scenario {\n    id\n    name\n    status\n    version\n    author\n    added\n    changed\n    removed\n    updatedAt\n    closedAt\n  }\n"): (typeof documents)["\n  fragment ScenarioFields on Scenario {\n    id\n    name\n    status\n    version\n    author\n    added\n    changed\n    removed\n    updatedAt\n    closedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScenario($input: CreateScenarioInput!) {\n    createScenario(input: $input) {\n      ...ScenarioFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateScenario($input: CreateScenarioInput!) {\n    createScenario(input: $input) {\n      ...ScenarioFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameScenario($id: ID!, $input: RenameScenarioInput!) {\n    renameScenario(id: $id, input: $input) {\n      ...ScenarioFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameScenario($id: ID!, $input: RenameScenarioInput!) {\n    renameScenario(id: $id, input: $input) {\n      ...ScenarioFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyScenario($id: ID!, $version: Int!) {\n    applyScenario(id: $id, version: $version) {\n      ...ScenarioFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyScenario($id: ID!, $version: Int!) {\n    applyScenario(id: $id, version: $version) {\n      ...ScenarioFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardScenario($id: ID!, $version: Int!) {\n    discardScenario(id: $id, version: $version) {\n      ...ScenarioFields\n    }\n  }\n"): (typeof documents)["\n  mutation DiscardScenario($id: ID!, $version: Int!) {\n    discardScenario(id: $id, version: $version) {\n      ...ScenarioFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddScenarioAllocation($scenarioId: ID!, $input: CreateAllocationInput!) {\n    addScenarioAllocation(scenarioId: $scenarioId, input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      warning\n    }\n  }\n"): (typeof documents)["\n  mutation AddScenarioAllocation($scenarioId: ID!, $input: CreateAllocationInput!) {\n    addScenarioAllocation(scenarioId: $scenarioId, input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeScenarioAllocation($scenarioId: ID!, $id: ID!, $input: UpdateAllocationInput!) {\n    changeScenarioAllocation(scenarioId: $scenarioId, id: $id, input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      warning\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeScenarioAllocation($scenarioId: ID!, $id: ID!, $input: UpdateAllocationInput!) {\n    changeScenarioAllocation(scenarioId: $scenarioId, id: $id, input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveScenarioAllocation($scenarioId: ID!, $id: ID!, $version: Int!) {\n    removeScenarioAllocation(scenarioId: $scenarioId, id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveScenarioAllocation($scenarioId: ID!, $id: ID!, $version: Int!) {\n    removeScenarioAllocation(scenarioId: $scenarioId, id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreScenarioAllocation($scenarioId: ID!, $id: ID!) {\n    restoreScenarioAllocation(scenarioId: $scenarioId, id: $id)\n  }\n"): (typeof documents)["\n  mutation RestoreScenarioAllocation($scenarioId: ID!, $id: ID!) {\n    restoreScenarioAllocation(scenarioId: $scenarioId, id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffingScenarios {\n    scenarios {\n      ...ScenarioFields\n    }\n  }\n"): (typeof documents)["\n  query StaffingScenarios {\n    scenarios {\n      ...ScenarioFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillCoverage($teamId: ID) {\n    skillCoverage(teamId: $teamId) {\n      thin {\n        competencyKey\n        name\n        holders {\n          id\n          name\n        }\n        projects {\n          id\n          name\n        }\n      }\n      risks {\n        projectId\n        projectName\n        competencyKey\n        name\n        restsOn {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SkillCoverage($teamId: ID) {\n    skillCoverage(teamId: $teamId) {\n      thin {\n        competencyKey\n        name\n        holders {\n          id\n          name\n        }\n        projects {\n          id\n          name\n        }\n      }\n      risks {\n        projectId\n        projectName\n        competencyKey\n        name\n        restsOn {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffingBalance($quarter: String, $teamId: ID) {\n    organization {\n      id\n      currentQuarter {\n        fiscalYear\n        quarter\n        label\n      }\n    }\n    staffingBalance(quarter: $quarter, teamId: $teamId) {\n      developmentTarget\n      quarter {\n        key\n        label\n        start\n        end\n      }\n      total {\n        ...BalanceFiguresFields\n      }\n      teams {\n        teamId\n        teamName\n        people\n        figures {\n          ...BalanceFiguresFields\n        }\n      }\n      people {\n        person {\n          id\n          name\n          title\n          teamId\n          teamName\n        }\n        figures {\n          ...BalanceFiguresFields\n        }\n        drought {\n          from\n          to\n          weeks\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffingBalance($quarter: String, $teamId: ID) {\n    organization {\n      id\n      currentQuarter {\n        fiscalYear\n        quarter\n        label\n      }\n    }\n    staffingBalance(quarter: $quarter, teamId: $teamId) {\n      developmentTarget\n      quarter {\n        key\n        label\n        start\n        end\n      }\n      total {\n        ...BalanceFiguresFields\n      }\n      teams {\n        teamId\n        teamName\n        people\n        figures {\n          ...BalanceFiguresFields\n        }\n      }\n      people {\n        person {\n          id\n          name\n          title\n          teamId\n          teamName\n        }\n        figures {\n          ...BalanceFiguresFields\n        }\n        drought {\n          from\n          to\n          weeks\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffingTimeline(\n    $from: LocalDate!\n    $weeks: Int!\n    $teamId: ID\n    $personId: ID\n    $projectId: ID\n    $kind: WorkKind\n    $offset: Int\n    $limit: Int\n    $scenarioId: ID\n  ) {\n    staffingTimeline(\n      from: $from\n      weeks: $weeks\n      teamId: $teamId\n      personId: $personId\n      projectId: $projectId\n      kind: $kind\n      offset: $offset\n      limit: $limit\n      scenarioId: $scenarioId\n    ) {\n      from\n      to\n      totalCount\n      offset\n      limit\n      weeks {\n        key\n        monday\n      }\n      openNeeds {\n        id\n        projectId\n        projectName\n        role\n        percent\n        openPercent\n        startDate\n        endDate\n      }\n      rows {\n        canAllocate\n        person {\n          id\n          name\n          title\n          teamId\n          teamName\n          workingDays\n        }\n        load {\n          workingDays\n          capacityDays\n          allocatedShare\n          tentativeShare\n          deliveryShare\n          developmentShare\n          supportShare\n          overAllocated\n          idle\n          away\n        }\n        allocations {\n          ...AllocationFields\n        }\n        timeOff {\n          ...TimeOffFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffingTimeline(\n    $from: LocalDate!\n    $weeks: Int!\n    $teamId: ID\n    $personId: ID\n    $projectId: ID\n    $kind: WorkKind\n    $offset: Int\n    $limit: Int\n    $scenarioId: ID\n  ) {\n    staffingTimeline(\n      from: $from\n      weeks: $weeks\n      teamId: $teamId\n      personId: $personId\n      projectId: $projectId\n      kind: $kind\n      offset: $offset\n      limit: $limit\n      scenarioId: $scenarioId\n    ) {\n      from\n      to\n      totalCount\n      offset\n      limit\n      weeks {\n        key\n        monday\n      }\n      openNeeds {\n        id\n        projectId\n        projectName\n        role\n        percent\n        openPercent\n        startDate\n        endDate\n      }\n      rows {\n        canAllocate\n        person {\n          id\n          name\n          title\n          teamId\n          teamName\n          workingDays\n        }\n        load {\n          workingDays\n          capacityDays\n          allocatedShare\n          tentativeShare\n          deliveryShare\n          developmentShare\n          supportShare\n          overAllocated\n          idle\n          away\n        }\n        allocations {\n          ...AllocationFields\n        }\n        timeOff {\n          ...TimeOffFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimeOffFields on TimeOff {\n    id\n    personId\n    startDate\n    endDate\n    percent\n    category\n    note\n    version\n  }\n"): (typeof documents)["\n  fragment TimeOffFields on TimeOff {\n    id\n    personId\n    startDate\n    endDate\n    percent\n    category\n    note\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAllocation($id: ID!, $input: UpdateAllocationInput!) {\n    updateAllocation(id: $id, input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      overAllocatedWeeks {\n        week\n        monday\n        allocatedPercent\n      }\n      warning\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAllocation($id: ID!, $input: UpdateAllocationInput!) {\n    updateAllocation(id: $id, input: $input) {\n      allocation {\n        ...AllocationFields\n      }\n      overAllocatedWeeks {\n        week\n        monday\n        allocatedPercent\n      }\n      warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProjectNeed($id: ID!, $input: UpdateProjectNeedInput!) {\n    updateProjectNeed(id: $id, input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProjectNeed($id: ID!, $input: UpdateProjectNeedInput!) {\n    updateProjectNeed(id: $id, input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTimeOff($id: ID!, $input: UpdateTimeOffInput!) {\n    updateTimeOff(id: $id, input: $input) {\n      ...TimeOffFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTimeOff($id: ID!, $input: UpdateTimeOffInput!) {\n    updateTimeOff(id: $id, input: $input) {\n      ...TimeOffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamGrowthCompetencyDetail on CompetencyDetail {\n    personId\n    quarter {\n      key\n      label\n    }\n    competencyKey\n    competencyName\n    competencyDescription\n    areaName\n    expectation\n    self {\n      ...TeamGrowthDetailRating\n    }\n    manager {\n      ...TeamGrowthDetailRating\n    }\n    evidence {\n      id\n      date\n      kind\n      title\n      link\n      impact\n    }\n  }\n"): (typeof documents)["\n  fragment TeamGrowthCompetencyDetail on CompetencyDetail {\n    personId\n    quarter {\n      key\n      label\n    }\n    competencyKey\n    competencyName\n    competencyDescription\n    areaName\n    expectation\n    self {\n      ...TeamGrowthDetailRating\n    }\n    manager {\n      ...TeamGrowthDetailRating\n    }\n    evidence {\n      id\n      date\n      kind\n      title\n      link\n      impact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamGrowthCompetencyDetail($personId: ID!, $competencyKey: String!, $quarter: String) {\n    competencyDetail(personId: $personId, competencyKey: $competencyKey, quarter: $quarter) {\n      ...TeamGrowthCompetencyDetail\n    }\n  }\n"): (typeof documents)["\n  query TeamGrowthCompetencyDetail($personId: ID!, $competencyKey: String!, $quarter: String) {\n    competencyDetail(personId: $personId, competencyKey: $competencyKey, quarter: $quarter) {\n      ...TeamGrowthCompetencyDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamGrowthDetailRating on Assessment {\n    id\n    rating\n    ratingName\n    comment\n    authorName\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment TeamGrowthDetailRating on Assessment {\n    id\n    rating\n    ratingName\n    comment\n    authorName\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamGrowthFields on TeamGrowth {\n    totalPeople\n    quarter {\n      key\n      label\n    }\n    quarters {\n      key\n      label\n    }\n    gapRange {\n      min\n      max\n    }\n    competencies {\n      key\n      name\n      areaKey\n      areaName\n    }\n    rows {\n      person {\n        id\n        name\n        title\n        level\n        team {\n          id\n          name\n        }\n      }\n      cells {\n        competencyKey\n        rating\n        ratingName\n        source\n        gap\n        disagreement\n      }\n      belowCount\n      disagreementCount\n      selfRatedCount\n      managerRatedCount\n      managerRatingsShared\n      readiness {\n        nextLevelName\n        met\n        total\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TeamGrowthFields on TeamGrowth {\n    totalPeople\n    quarter {\n      key\n      label\n    }\n    quarters {\n      key\n      label\n    }\n    gapRange {\n      min\n      max\n    }\n    competencies {\n      key\n      name\n      areaKey\n      areaName\n    }\n    rows {\n      person {\n        id\n        name\n        title\n        level\n        team {\n          id\n          name\n        }\n      }\n      cells {\n        competencyKey\n        rating\n        ratingName\n        source\n        gap\n        disagreement\n      }\n      belowCount\n      disagreementCount\n      selfRatedCount\n      managerRatedCount\n      managerRatingsShared\n      readiness {\n        nextLevelName\n        met\n        total\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamGrowth($teamId: ID, $quarter: String) {\n    teamGrowth(teamId: $teamId, quarter: $quarter) {\n      ...TeamGrowthFields\n    }\n  }\n"): (typeof documents)["\n  query TeamGrowth($teamId: ID, $quarter: String) {\n    teamGrowth(teamId: $teamId, quarter: $quarter) {\n      ...TeamGrowthFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team($id: ID!) {\n    team(id: $id) {\n      ...TeamSummary\n      children {\n        id\n        name\n      }\n      members {\n        ...PersonSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query Team($id: ID!) {\n    team(id: $id) {\n      ...TeamSummary\n      children {\n        id\n        name\n      }\n      members {\n        ...PersonSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamSummary on Team {\n    id\n    name\n    version\n    canEdit\n    lead {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    leadName\n    memberCount\n  }\n"): (typeof documents)["\n  fragment TeamSummary on Team {\n    id\n    name\n    version\n    canEdit\n    lead {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    leadName\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams {\n    teams {\n      ...TeamSummary\n    }\n  }\n"): (typeof documents)["\n  query Teams {\n    teams {\n      ...TeamSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      ...TeamSummary\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      ...TeamSummary\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;