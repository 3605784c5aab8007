import { Module } from '@nestjs/common';
import { DirectoryModule } from '../../directory/directory.module';
import { GrowthModule } from '../../growth/growth.module';
import { StaffingModule } from '../../staffing/staffing.module';
import { SuggestionsRepository } from './suggestions.repository';
import { SuggestionsResolver } from './suggestions.resolver';
import { SuggestionsService } from './suggestions.service';

export const SUGGESTION_RESOLVERS = [SuggestionsResolver];

/** Suggested talking points: reads growth and staffing through their services. */
@Module({
  imports: [DirectoryModule, GrowthModule, StaffingModule],
  providers: [SuggestionsRepository, SuggestionsService, ...SUGGESTION_RESOLVERS],
})
export class SuggestionsModule {}
