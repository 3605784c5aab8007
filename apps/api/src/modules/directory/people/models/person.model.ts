import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Track } from '../../../../common/enums';

/** Who reads a person's details, as the schema says it. */
export const PERSON_DETAIL =
  'A personal detail: null unless the viewer is the person, a manager they report to (directly or not), someone who reports to them, or an admin.';

@ObjectType({
  description:
    'A member of the organization. Everyone signed in reads the directory entry (name, title, track, team, manager, reports); the level, start date, capacity and account are personal, and growth records belong to the person and their manager chain.',
})
export class Person {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() title: string;
  @Field(() => Track) track: Track;
  /** Resolved by PeopleResolver: personal. */
  levelKey: string;
  startDate: string | null;
  weeklyCapacityHours: number;
  workingDays: number[];
  @Field({ description: 'Still in the organization; lists leave inactive people out unless asked.' }) active: boolean;
  @Field(() => Int, { description: 'Send it back on update; a stale version is refused.' }) version: number;
  teamId: string | null;
  managerId: string | null;
}

@ObjectType({ description: 'A page of people, sorted by name, and how many match in all.' })
export class PeoplePage {
  @Field(() => [Person]) nodes: Person[];
  @Field(() => Int) totalCount: number;
  @Field(() => Int, { description: 'How many matching people come before this page.' }) offset: number;
  @Field(() => Int) limit: number;
}
