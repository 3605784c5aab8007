export type TrackValue = 'individual_contributor' | 'management';

/** A person as the people repository returns it; other features read people in this shape. */
export interface PersonRow {
  id: string;
  orgId: string;
  name: string;
  title: string;
  track: TrackValue;
  level: string;
  teamId: string | null;
  managerId: string | null;
  startDate: string | null;
  weeklyCapacityHours: number;
  /** ISO weekdays the person works (1 is Monday): a four-day week leaves one out. */
  workingDays: number[];
  active: boolean;
  version: number;
}
