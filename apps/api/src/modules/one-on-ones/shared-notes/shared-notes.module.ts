import { Module } from '@nestjs/common';
import { SessionContexts } from '../../../context/session-context';
import { DirectoryModule } from '../../directory/directory.module';
import { OneOnOnesModule } from '../one-on-ones.module';
import { SharedNotesRepository } from './shared-notes.repository';
import { SharedNotesServer } from './shared-notes.server';
import { SharedNotesService } from './shared-notes.service';

/** No GraphQL of its own: the notes are edited over the WebSocket of SharedNotesServer. */
export const SHARED_NOTES_RESOLVERS = [];

/**
 * The live shared notes of one-on-ones (Hocuspocus on the API's port, stored in PostgreSQL).
 * Exports SharedNotesService for the plain text of the notes (search, summaries, reviews).
 */
@Module({
  imports: [DirectoryModule, OneOnOnesModule],
  providers: [SessionContexts, SharedNotesRepository, SharedNotesService, SharedNotesServer],
  exports: [SharedNotesService],
})
export class SharedNotesModule {}
