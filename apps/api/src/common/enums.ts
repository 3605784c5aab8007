import { registerEnumType } from '@nestjs/graphql';

/** GraphQL shows the keys; the database stores the values. */
export enum Role {
  ADMIN = 'admin',
  MANAGER = 'manager',
  MEMBER = 'member',
}
registerEnumType(Role, { name: 'Role', description: 'What a user may do in their organization.' });

export enum Track {
  INDIVIDUAL_CONTRIBUTOR = 'individual_contributor',
  MANAGEMENT = 'management',
}
registerEnumType(Track, { name: 'Track', description: 'The career track a person is on.' });
