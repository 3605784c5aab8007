import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { MeetingsRepository } from './meetings/meetings.repository';
import { OneOnOnesService } from './one-on-ones.service';

export const ONE_ON_ONE_RESOLVERS = [];

/**
 * One-on-ones: series, meetings, agendas, action items, private notes. Other parts of the
 * feature (live shared notes, suggestions, the calendar feed) import this module and call
 * OneOnOnesService.
 */
@Module({
  imports: [DirectoryModule],
  providers: [MeetingsRepository, OneOnOnesService, ...ONE_ON_ONE_RESOLVERS],
  exports: [OneOnOnesService],
})
export class OneOnOnesModule {}
