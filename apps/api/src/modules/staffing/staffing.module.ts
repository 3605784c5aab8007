import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { GrowthModule } from '../growth/growth.module';
import { AllocationsRepository } from './allocations/allocations.repository';
import { AllocationsResolver } from './allocations/allocations.resolver';
import { AllocationsService } from './allocations/allocations.service';
import { CoverageResolver } from './skill-coverage/coverage.resolver';
import { CoverageService } from './skill-coverage/coverage.service';
import { CalendarsRepository } from './calendars/calendars.repository';
import { CalendarsResolver } from './calendars/calendars.resolver';
import { CalendarsService } from './calendars/calendars.service';
import { ProjectsRepository } from './projects/projects.repository';
import { ProjectsResolver } from './projects/projects.resolver';
import { ProjectsService } from './projects/projects.service';
import { ScenariosRepository } from './scenarios/scenarios.repository';
import { ScenariosResolver } from './scenarios/scenarios.resolver';
import { ScenariosService } from './scenarios/scenarios.service';
import { StaffingHistoryRepository } from './staffing-history/staffing-history.repository';
import { StaffingHistoryResolver } from './staffing-history/staffing-history.resolver';
import { StaffingHistoryService } from './staffing-history/staffing-history.service';
import { SuggestionsResolver } from './suggestions/suggestions.resolver';
import { SuggestionsService } from './suggestions/suggestions.service';
import { TimeOffRepository } from './time-off/time-off.repository';
import { TimeOffResolver } from './time-off/time-off.resolver';
import { TimeOffService } from './time-off/time-off.service';
import { CapacityService } from './timeline/capacity.service';
import { TimelineRepository } from './timeline/timeline.repository';
import { TimelineResolver } from './timeline/timeline.resolver';
import { TimelineService } from './timeline/timeline.service';

export const STAFFING_RESOLVERS = [
  ProjectsResolver,
  AllocationsResolver,
  TimeOffResolver,
  TimelineResolver,
  SuggestionsResolver,
  CoverageResolver,
  CalendarsResolver,
  ScenariosResolver,
  StaffingHistoryResolver,
];

/** Staffing: projects and their needs, allocations, time off, and the capacity figures on them. */
@Module({
  imports: [DirectoryModule, GrowthModule],
  providers: [
    ProjectsRepository,
    AllocationsRepository,
    TimeOffRepository,
    TimelineRepository,
    ProjectsService,
    AllocationsService,
    TimeOffService,
    CapacityService,
    TimelineService,
    SuggestionsService,
    CoverageService,
    CalendarsRepository,
    CalendarsService,
    ScenariosRepository,
    ScenariosService,
    StaffingHistoryRepository,
    StaffingHistoryService,
    ...STAFFING_RESOLVERS,
  ],
  exports: [ProjectsService, TimelineService, CapacityService],
})
export class StaffingModule {}
