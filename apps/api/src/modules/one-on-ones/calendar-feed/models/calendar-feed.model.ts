import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The viewer’s calendar feed of upcoming one-on-ones.' })
export class CalendarFeed {
  @Field({ description: 'Whether a feed URL exists (its secret is shown only when it is made).' })
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the current URL was made.' })
  createdAt!: Date | null;
}

@ObjectType({ description: 'A new calendar feed URL: shown once, it replaces (and revokes) the previous one.' })
export class CalendarFeedLink {
  @Field({ description: 'The path of the feed on this server, e.g. /calendar/…ics; the client prefixes its origin.' })
  path!: string;

  @Field(() => Date)
  createdAt!: Date;
}
