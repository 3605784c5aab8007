import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Something Trellis tells the viewer: an upcoming one-on-one, an action item given or due.' })
export class Notification {
  @Field(() => ID) id!: string;

  @Field({ description: 'meeting_prep, action_assigned or action_due.' })
  kind!: string;

  @Field() text!: string;

  @Field(() => String, { nullable: true, description: 'Where in the app it leads.' })
  link!: string | null;

  @Field() createdAt!: Date;

  @Field() read!: boolean;
}

@ObjectType({ description: 'The viewer’s latest notifications, and how many are unread.' })
export class NotificationList {
  @Field(() => Int) unread!: number;

  @Field(() => [Notification], { description: 'Newest first.' })
  items!: Notification[];
}
