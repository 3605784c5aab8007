/** Pure rules and maths of Trellis: no framework, database or UI code. */
export { daysBetween, fiscalQuarterOf } from './calendar/fiscal-quarter';
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
