/** One person's week, as the timeline draws it. */
export interface WeekFigures {
  week: string;
  workingDays: number;
  capacityDays: number;
  allocatedShare: number;
  tentativeShare: number;
  deliveryShare: number;
  developmentShare: number;
  supportShare: number;
  overAllocated: boolean;
  idle: boolean;
  away: boolean;
}

/** The API's parallel lists of a person's weeks (`TimelineRow.load`), one entry per week. */
export type WeekSeries = { [K in Exclude<keyof WeekFigures, 'week'>]: WeekFigures[K][] };

/** The weeks of a row as one object each, keyed by the timeline's week keys. */
export function weeksOfSeries(
  load: { [K in keyof WeekSeries]: readonly WeekFigures[K][] },
  keys: readonly string[],
): WeekFigures[] {
  return keys.map((week, i) => ({
    week,
    workingDays: load.workingDays[i],
    capacityDays: load.capacityDays[i],
    allocatedShare: load.allocatedShare[i],
    tentativeShare: load.tentativeShare[i],
    deliveryShare: load.deliveryShare[i],
    developmentShare: load.developmentShare[i],
    supportShare: load.supportShare[i],
    overAllocated: load.overAllocated[i],
    idle: load.idle[i],
    away: load.away[i],
  }));
}

/** The other way round: parallel lists from week objects (for specs and builders). */
export function seriesOfWeeks(weeks: readonly WeekFigures[]): WeekSeries {
  return {
    workingDays: weeks.map((w) => w.workingDays),
    capacityDays: weeks.map((w) => w.capacityDays),
    allocatedShare: weeks.map((w) => w.allocatedShare),
    tentativeShare: weeks.map((w) => w.tentativeShare),
    deliveryShare: weeks.map((w) => w.deliveryShare),
    developmentShare: weeks.map((w) => w.developmentShare),
    supportShare: weeks.map((w) => w.supportShare),
    overAllocated: weeks.map((w) => w.overAllocated),
    idle: weeks.map((w) => w.idle),
    away: weeks.map((w) => w.away),
  };
}
