/** Pure rules and maths of Trellis: no framework, database or UI code. */
export { dayNumber, daysBetween, fiscalQuarterOf } from './calendar/fiscal-quarter';
export type { FiscalQuarter } from './calendar/fiscal-quarter';
export { BELOW_EXPECTATIONS_KEY, KEY_MAX_LENGTH, KEY_PATTERN } from './framework/types';
export type {
  Area,
  BelowExpectationsRung,
  Competency,
  Framework,
  FrameworkIssue,
  FrameworkYamlError,
  Level,
  ParseFrameworkResult,
  Track,
} from './framework/types';
export { defaultFramework } from './framework/default-framework';
export { frameworkToYaml, MAX_FRAMEWORK_YAML_LENGTH, parseFrameworkYaml } from './framework/framework-yaml';
export { DEFAULT_BELOW_EXPECTATIONS, FRAMEWORK_FORMAT_VERSION } from './framework/read-framework';
export { validateFramework } from './framework/validate-framework';
export {
  activeCompetencies,
  compareLevels,
  findLevel,
  FrameworkLookupError,
  levelIndex,
  nextLevel,
  ratingScale,
} from './framework/levels';
export type {
  ActiveCompetency,
  AreaComparison,
  ComparedLevel,
  CompetencyComparison,
  LevelComparison,
  RatingRung,
} from './framework/levels';
export {
  nextQuarterKey,
  parseQuarterKey,
  previousQuarterKey,
  quarterKey,
  quarterKeyOf,
  quarterOfKey,
} from './calendar/quarter-key';
export { competencyGap, latestRatings, ratingPosition, ratingsDisagree } from './growth/ratings';
export type { AssessmentSource, PersonLevel, RatingRecord } from './growth/ratings';
export { promotionReadiness } from './growth/readiness';
export type { PromotionReadiness, ReadinessGap } from './growth/readiness';
export { possibleGaps, teamHeatmap } from './growth/heatmap';
export type { GapRange, Heatmap, HeatmapCell, HeatmapCompetency, HeatmapRow } from './growth/heatmap';
export { DEFAULT_STALE_GOAL_DAYS, goalHealth, goalPace, needsAttention } from './growth/goal-health';
export type {
  CheckInConfidence,
  GoalCheckInFact,
  GoalHealth,
  GoalHealthInput,
  GoalHealthState,
  GoalPace,
  GoalStatus,
} from './growth/goal-health';
export { addDays, dateOfDayNumber, isoWeekday, isoWeekOf, isoWeeksBetween, mondayOf } from './calendar/local-date';
export type { IsoWeek, Weekday } from './calendar/local-date';
export {
  balanceOf,
  DEFAULT_IDLE_BELOW,
  DEFAULT_WORKING_DAYS,
  emptyTotals,
  overAllocatedPeriods,
  personTotals,
  planCalendar,
  sumTotals,
} from './staffing/capacity';
export type {
  AllocationFact,
  AllocationStatus,
  Balance,
  BalanceOptions,
  Bucketing,
  Period,
  PersonPlan,
  PlanCalendar,
  TimeOffFact,
  TimeTotals,
  WorkingTime,
  WorkKind,
} from './staffing/capacity';
export { DEFAULT_DROUGHT_WEEKS, developmentDrought } from './staffing/development-budget';
export type { DevelopmentDrought } from './staffing/development-budget';
export { rankCandidates } from './staffing/suggestions';
export type { CandidateFacts, NeedFacts, Suggestion } from './staffing/suggestions';
export { skillCoverage } from './staffing/coverage';
export type { CompetencyCoverage, Coverage, Holder, ProjectRisk, ProjectStaff, Requirement } from './staffing/coverage';
export { figureDeltas, planFigures } from './staffing/scenario-figures';
export type {
  FigureDeltas,
  NeedFill,
  OverAllocatedPerson,
  PersonWeeks,
  PlanFigureOptions,
  PlanFigures,
} from './staffing/scenario-figures';
export { carryOver, movePoint } from './one-on-ones/carry-over';
export type {
  CarryActionItem,
  CarryOverInput,
  CarryOverResult,
  CarryPoint,
  MovedPoint,
} from './one-on-ones/carry-over';
export {
  followingMeetingDate,
  isValidStartTime,
  isValidTimeZone,
  localDateTime,
  nextMeetingAt,
  timeZoneOffsetMinutes,
  zonedInstant,
} from './one-on-ones/schedule';
export type { Cadence, SeriesSchedule } from './one-on-ones/schedule';
export { cadenceKept, KEPT_SHARE, PERIOD_DAYS, sumCadence } from './one-on-ones/cadence';
export type { CadenceFigures, CadenceInput } from './one-on-ones/cadence';
export { BUILT_IN_TEMPLATE_PREFIX, BUILT_IN_TEMPLATES, builtInTemplate } from './one-on-ones/templates';
export type { OneOnOneTemplateDefinition } from './one-on-ones/templates';
export { SELF_ASSESSMENT_WINDOW_DAYS, suggestTalkingPoints } from './one-on-ones/talking-points';
export type {
  ActionItemFact,
  DisagreementFact,
  DroughtFact,
  OverAllocationFact,
  SelfAssessmentFact,
  StaleGoalFact,
  StretchFact,
  SuggestedTalkingPoint,
  TalkingPointFacts,
  TalkingPointSignal,
} from './one-on-ones/talking-points';
export { AT_RISK_CONFIDENCES, DEVELOPMENT_TARGET_SLACK, reviewPacket, teamReviewFigures } from './reviews/packet';
export type {
  CompetencyEvidence,
  PacketActionItemFact,
  PacketEvidence,
  PacketEvidenceFact,
  PacketGoal,
  PacketGoalFact,
  PacketGoals,
  PacketIncident,
  PacketInput,
  PacketOneOnOnes,
  PacketRatingRow,
  PacketReadiness,
  PacketStretch,
  PacketTime,
  RatingChange,
  RatingSummary,
  ReviewPacket,
  TeamReviewFigures,
} from './reviews/packet';
export { calibration, LENIENCY_THRESHOLD, MIN_RATINGS_FOR_OUTLIER, packetGaps } from './reviews/calibration';
export type {
  Calibration,
  CalibrationFact,
  CalibrationGroup,
  ReadinessCall,
  ReadinessCounts,
} from './reviews/calibration';
export { teamReport } from './reviews/team-report';
export type {
  AreaAverage,
  CompetencyChange,
  TeamReport,
  TeamReportPerson,
  TeamReportQuarter,
  TeamReportQuarterInput,
} from './reviews/team-report';
