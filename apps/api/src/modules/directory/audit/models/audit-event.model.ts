import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Who did what, and when. Never holds passwords or tokens.' })
export class AuditEvent {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field() action: string;
  @Field(() => String, { nullable: true }) actorEmail: string | null;
  @Field(() => String, { nullable: true }) targetType: string | null;
  @Field(() => String, { nullable: true }) targetId: string | null;
  @Field(() => String, { nullable: true }) targetLabel: string | null;
  @Field(() => String, { nullable: true, description: 'JSON with the details of the event.' })
  detail: string | null;
}
