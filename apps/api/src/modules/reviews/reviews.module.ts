import { Module } from '@nestjs/common';
import { SessionContexts } from '../../context/session-context';
import { DirectoryModule } from '../directory/directory.module';
import { GrowthModule } from '../growth/growth.module';
import { StaffingModule } from '../staffing/staffing.module';
import { ReviewHistorySeeder } from './demo/review-history.seeder';
import { ReviewExportController } from './export/review-export.controller';
import { ReviewReportsService } from './report/review-reports.service';
import { PacketRepository } from './packet/packet.repository';
import { PacketService } from './packet/packet.service';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

export const REVIEW_RESOLVERS = [ReviewsResolver];

/** Quarterly reviews: cycles, reviews, their packets (from growth, staffing and one-on-ones), closing. */
@Module({
  imports: [DirectoryModule, GrowthModule, StaffingModule],
  controllers: [ReviewExportController],
  providers: [
    SessionContexts,
    ReviewHistorySeeder,
    ReviewsRepository,
    PacketRepository,
    PacketService,
    ReviewsService,
    ReviewReportsService,
    ...REVIEW_RESOLVERS,
  ],
})
export class ReviewsModule {}

export { ReviewHistorySeeder };
