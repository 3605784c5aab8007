import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { AssessmentsRepository } from './assessments/assessments.repository';
import { AssessmentsResolver } from './assessments/assessments.resolver';
import { AssessmentsService } from './assessments/assessments.service';
import { EvidenceRepository } from './evidence/evidence.repository';
import { EvidenceResolver } from './evidence/evidence.resolver';
import { EvidenceService } from './evidence/evidence.service';
import { GoalMeetingLinks } from './goals/goal-meeting-links';
import { GoalsRepository } from './goals/goals.repository';
import { GoalsResolver } from './goals/goals.resolver';
import { GoalsService } from './goals/goals.service';
import { TeamGrowthResolver } from './team-growth/team-growth.resolver';
import { TeamGrowthService } from './team-growth/team-growth.service';

export const GROWTH_RESOLVERS = [AssessmentsResolver, GoalsResolver, EvidenceResolver, TeamGrowthResolver];

/** Growth: assessments, goals with milestones and check-ins, evidence, and the team heatmap. */
@Module({
  imports: [DirectoryModule],
  providers: [
    AssessmentsRepository,
    GoalsRepository,
    EvidenceRepository,
    AssessmentsService,
    GoalsService,
    GoalMeetingLinks,
    EvidenceService,
    TeamGrowthService,
    ...GROWTH_RESOLVERS,
  ],
  exports: [AssessmentsService, GoalsService, GoalMeetingLinks, EvidenceService, TeamGrowthService],
})
export class GrowthModule {}
