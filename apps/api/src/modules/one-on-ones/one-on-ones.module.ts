import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { GrowthModule } from '../growth/growth.module';
import { MeetingsRepository } from './meetings/meetings.repository';
import { MeetingsService } from './meetings/meetings.service';
import { OneOnOnesResolver } from './one-on-ones.resolver';
import { OneOnOnesService } from './one-on-ones.service';
import { OverviewService } from './overview/overview.service';
import { PrivateNotesRepository } from './private-notes/private-notes.repository';
import { PrivateNotesService } from './private-notes/private-notes.service';
import { SeriesPair } from './series/series-pair';
import { SeriesRepository } from './series/series.repository';
import { SeriesService } from './series/series.service';

export const ONE_ON_ONE_RESOLVERS = [OneOnOnesResolver];

/**
 * One-on-ones: series, meetings, agendas, action items, private notes, and the reads over them.
 * Other parts of the feature (live shared notes, suggestions, the calendar feed) import this
 * module and call OneOnOnesService. Goal check-ins are growth's: called through GoalsService.
 */
@Module({
  imports: [DirectoryModule, GrowthModule],
  providers: [
    MeetingsRepository,
    SeriesRepository,
    PrivateNotesRepository,
    SeriesPair,
    SeriesService,
    MeetingsService,
    PrivateNotesService,
    OverviewService,
    OneOnOnesService,
    ...ONE_ON_ONE_RESOLVERS,
  ],
  exports: [OneOnOnesService],
})
export class OneOnOnesModule {}
