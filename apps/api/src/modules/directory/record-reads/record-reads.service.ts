import { Injectable } from '@nestjs/common';
import { badInput, forbidden } from '../../../common/errors';
import { RequestContext } from '../../../context/request-context';
import { RecordKind, RecordReadsRepository } from './record-reads.repository';
import { RecordRead, RecordReadKind } from './models/record-read.model';

/**
 * Who read whose records: features call `record` when they show a person's sensitive records
 * (assessments, one-on-one notes); the person, and nobody else, sees the list. Only the kind of
 * record is kept, never its content; a person's reads of their own records are not kept.
 */
@Injectable()
export class RecordReadsService {
  constructor(private readonly reads: RecordReadsRepository) {}

  async record(
    ctx: RequestContext,
    kind: RecordKind,
    subjectIds: readonly string[],
    recordId: string | null = null,
  ): Promise<void> {
    const viewer = ctx.viewer;
    if (!viewer) return;
    await this.reads.record(
      ctx.db,
      viewer.orgId,
      { userId: viewer.userId, personId: viewer.personId },
      kind,
      subjectIds,
      recordId,
    );
  }

  async mine(ctx: RequestContext, limit: number): Promise<RecordRead[]> {
    const viewer = ctx.requireViewer();
    if (!viewer.personId || !(await ctx.policy()).canReadRecordReads(viewer.personId)) {
      throw forbidden('Only an account linked to a person has records that others read.');
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > 200)
      throw badInput('limit', 'limit must be between 1 and 200.');
    const rows = await this.reads.readsOf(ctx.db, viewer.orgId, viewer.personId, viewer.userId, limit);
    return rows.map((r) => ({ ...r, kind: r.kind as RecordReadKind }));
  }
}
