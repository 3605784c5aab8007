import { Module } from '@nestjs/common';
import { AuditRepository } from './audit/audit.repository';
import { AuditResolver } from './audit/audit.resolver';
import { AuditService } from './audit/audit.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { SessionRepository } from './auth/session.repository';
import { SignInThrottle } from './auth/sign-in-throttle';
import { OrganizationsRepository } from './organizations/organizations.repository';
import { OrganizationsResolver } from './organizations/organizations.resolver';
import { OrganizationsService } from './organizations/organizations.service';
import { QuarterClockService } from './organizations/quarter-clock.service';
import { PeopleRepository } from './people/people.repository';
import { PeopleResolver } from './people/people.resolver';
import { PeopleService } from './people/people.service';
import { RecordReadsRepository } from './record-reads/record-reads.repository';
import { RecordReadsResolver } from './record-reads/record-reads.resolver';
import { RecordReadsService } from './record-reads/record-reads.service';
import { TeamsRepository } from './teams/teams.repository';
import { TeamsResolver } from './teams/teams.resolver';
import { TeamsService } from './teams/teams.service';
import { UsersRepository } from './users/users.repository';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

const repositories = [
  AuditRepository,
  OrganizationsRepository,
  PeopleRepository,
  RecordReadsRepository,
  SessionRepository,
  SignInThrottle,
  TeamsRepository,
  UsersRepository,
];
const services = [
  AuditService,
  AuthService,
  OrganizationsService,
  PeopleService,
  QuarterClockService,
  RecordReadsService,
  TeamsService,
  UsersService,
];
export const DIRECTORY_RESOLVERS = [
  AuditResolver,
  AuthResolver,
  OrganizationsResolver,
  PeopleResolver,
  RecordReadsResolver,
  TeamsResolver,
  UsersResolver,
];

/**
 * The organization's directory: accounts, sign-in, people, teams, settings, the audit log and the
 * log of who read whose records.
 * These features resolve each other's fields (a person's team, a team's lead), so they share
 * one module; later features get modules of their own and import what this one exports.
 */
@Module({
  providers: [...repositories, ...services, ...DIRECTORY_RESOLVERS],
  // The GraphQL context (transport, not a feature) looks the request's session up itself.
  exports: [...services, SessionRepository],
})
export class DirectoryModule {}
