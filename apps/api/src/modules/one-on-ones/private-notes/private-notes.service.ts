import { Injectable } from '@nestjs/common';
import { badInput, conflict, forbidden } from '../../../common/errors';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { PrivateNote } from '../models/one-on-ones.model';
import { SeriesPair } from '../series/series-pair';
import { PrivateNotesRepository } from './private-notes.repository';

export const PRIVATE_NOTE_MAX = 20_000;

/**
 * Private notes: one per author and meeting, read and written by their author alone. There is no
 * override: not the other side, not the author's manager chain, not an admin. The service only
 * ever asks for the viewer's own note, and the database's row policy admits nothing else.
 */
@Injectable()
export class PrivateNotesService {
  constructor(
    private readonly notes: PrivateNotesRepository,
    private readonly pairs: SeriesPair,
    private readonly audit: AuditService,
  ) {}

  /** The viewer's note on a meeting they take part in; an empty note (version 0) before the first save. */
  async mine(ctx: RequestContext, meetingId: string): Promise<PrivateNote> {
    const meeting = await this.pairs.readableMeeting(ctx, meetingId);
    if (!(await ctx.policy()).canKeepPrivateNote(meeting))
      throw forbidden('Private notes are kept by the two people of a one-on-one.');
    const [row] = await this.notes.mine(ctx.db, ctx.orgId, [meetingId], ctx.requireViewer().userId);
    return row ?? { meetingId, body: '', version: 0, updatedAt: null };
  }

  /** Which of these meetings the viewer has a private note on. */
  async mineOn(ctx: RequestContext, meetingIds: readonly string[]): Promise<Set<string>> {
    if (meetingIds.length === 0) return new Set();
    const rows = await this.notes.mine(ctx.db, ctx.orgId, meetingIds, ctx.requireViewer().userId);
    return new Set(rows.filter((r) => r.body.length > 0).map((r) => r.meetingId));
  }

  /**
   * Autosave: `version` is the version the editor last saw (0 before the first save). A stale
   * version is a CONFLICT, never an overwrite.
   */
  async save(ctx: RequestContext, meetingId: string, body: string, version: number): Promise<PrivateNote> {
    const meeting = await this.pairs.readableMeeting(ctx, meetingId);
    if (!(await ctx.policy()).canKeepPrivateNote(meeting))
      throw forbidden('Private notes are kept by the two people of a one-on-one.');
    if ([...body].length > PRIVATE_NOTE_MAX)
      throw badInput('body', `A private note holds at most ${PRIVATE_NOTE_MAX} characters.`);
    if (!Number.isInteger(version) || version < 0) throw badInput('version', 'version is 0 before the first save.');
    const userId = ctx.requireViewer().userId;
    const saved =
      version === 0
        ? await this.notes.insert(ctx.db, ctx.orgId, meetingId, userId, body)
        : await this.notes.update(ctx.db, ctx.orgId, meetingId, userId, version, body);
    if (!saved) {
      throw conflict(
        'Your private note was saved from somewhere else (another tab?) since this one loaded. Reload it first.',
      );
    }
    // The log says that a note was started, and on whose meeting: never what it says. Autosaves
    // after the first are not logged one by one.
    if (version === 0) await this.audit.record(ctx, 'private_note_saved', await this.pairs.label(ctx, meeting));
    return this.mine(ctx, meetingId);
  }
}
