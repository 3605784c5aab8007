import { AuditEventEntity } from '../modules/directory/audit/audit-event.entity';
import { FrameworkEntity } from '../modules/frameworks/framework.entity';
import { OrganizationEntity } from '../modules/directory/organizations/organization.entity';
import { PersonEntity } from '../modules/directory/people/person.entity';
import { TeamEntity } from '../modules/directory/teams/team.entity';
import { UserEntity } from '../modules/directory/users/user.entity';

export const ENTITIES = [OrganizationEntity, TeamEntity, PersonEntity, UserEntity, AuditEventEntity, FrameworkEntity];
