import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { FrameworkEntity } from '../modules/frameworks/framework.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { PersonEntity } from '../modules/people/person.entity';
import { TeamEntity } from '../modules/teams/team.entity';
import { UserEntity } from '../modules/users/user.entity';

export const ENTITIES = [OrganizationEntity, TeamEntity, PersonEntity, UserEntity, AuditEventEntity, FrameworkEntity];
