import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory.module';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentsService } from './assessments.service';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceService } from './evidence.service';
import { GoalsRepository } from './goals.repository';
import { GoalsService } from './goals.service';
import { GrowthResolver } from './growth.resolver';
import { TeamGrowthService } from './team-growth.service';

export const GROWTH_RESOLVERS = [GrowthResolver];

/** Growth: assessments, goals with milestones and check-ins, evidence, and the team heatmap. */
@Module({
  imports: [DirectoryModule],
  providers: [
    AssessmentsRepository,
    GoalsRepository,
    EvidenceRepository,
    AssessmentsService,
    GoalsService,
    EvidenceService,
    TeamGrowthService,
    ...GROWTH_RESOLVERS,
  ],
})
export class GrowthModule {}
