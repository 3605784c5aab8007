import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../../common/enums';

@ObjectType({ description: 'An account that signs in.' })
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => Role) role: Role;
  @Field() active: boolean;
  @Field(() => Date, { nullable: true }) lastSignInAt: Date | null;
  personId: string | null;
}
