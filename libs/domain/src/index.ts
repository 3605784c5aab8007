/** Pure rules and maths of Trellis: no framework, database or UI code. */
export { daysBetween, fiscalQuarterOf } from './calendar/fiscal-quarter';
export type { FiscalQuarter } from './calendar/fiscal-quarter';
