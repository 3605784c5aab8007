import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { isUuid } from '../../../common/validation';
import { inTenantTransaction } from '../../../database/tenant-transaction';
import { notesPlainText } from './plain-text';
import { SharedNotesRepository } from './shared-notes.repository';

/**
 * The shared notes of a meeting as stored: the Yjs document the live editor works on, and its
 * plain text for search, the previous meeting's summary and reviews. Loading and storing are
 * called by the collaboration server once it has checked the connection's access; `plainTextOf`
 * by features that have checked the viewer may read those meetings.
 */
@Injectable()
export class SharedNotesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly notes: SharedNotesRepository,
  ) {}

  /** The stored document of a meeting (a Yjs update), or null when nobody has written yet. */
  load(orgId: string, meetingId: string): Promise<Uint8Array | null> {
    return inTenantTransaction(this.dataSource, 'trellis_app', orgId, (db) =>
      this.notes.document(db, orgId, meetingId),
    );
  }

  /**
   * Stores the document and its plain text in one transaction of the meeting's organization. What
   * is stored already is merged in (row locked), so a process whose copy lags behind another's
   * (several API processes) never drops what the other stored. Returns the plain text stored.
   */
  store(orgId: string, meetingId: string, doc: Y.Doc): Promise<string> {
    return inTenantTransaction(this.dataSource, 'trellis_app', orgId, async (db) => {
      const stored = await this.notes.document(db, orgId, meetingId, true);
      const merged = new Y.Doc();
      try {
        if (stored) Y.applyUpdate(merged, stored);
        Y.applyUpdate(merged, Y.encodeStateAsUpdate(doc));
        const plainText = notesPlainText(merged);
        await this.notes.save(db, orgId, meetingId, Y.encodeStateAsUpdate(merged), plainText);
        return plainText;
      } finally {
        merged.destroy();
      }
    });
  }

  /**
   * The plain text of each meeting's shared notes that has any, by meeting id, in the
   * transaction's organization. The caller has checked that the viewer may read these meetings.
   */
  async plainTextOf(db: EntityManager, meetingIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.notes.plainTexts(
      db,
      meetingIds.filter((id) => isUuid(id)),
    );
    return new Map(rows.map((row) => [row.meetingId, row.plainText]));
  }
}
