import { Inject, Injectable } from '@nestjs/common';
import { previousQuarterKey } from '@trellis/domain';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Viewer } from '../../../authz/viewer';
import { RequestContext } from '../../../context/request-context';
import { TenantTransaction } from '../../../database/tenant-transaction';
import { ReviewsService } from '../reviews.service';

/** Readiness as a manager would put it from the share of the next level met. */
const readinessOf = (share: number | null) =>
  share === null ? null : share >= 0.8 ? 'ready' : share >= 0.5 ? 'soon' : 'not_yet';

/**
 * The demo's history: last quarter's review cycle, written, shared, acknowledged and closed through
 * the service (so its snapshot is computed exactly as a real closing computes it), for the quarter
 * comparisons to have something to compare. Run once, right after the demo is seeded.
 */
@Injectable()
export class ReviewHistorySeeder {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly reviews: ReviewsService,
  ) {}

  async closeLastQuarter(orgId: string): Promise<void> {
    const tx = await TenantTransaction.open(this.dataSource, 'trellis_app', orgId);
    try {
      const [admin]: { userId: string; email: string; personId: string | null }[] = await tx.manager.query(
        `SELECT id AS "userId", email, person_id AS "personId" FROM users WHERE org_id = $1 AND role = 'admin' LIMIT 1`,
        [orgId],
      );
      if (!admin) throw new Error('The demo organization has no admin to close last quarter’s reviews');
      const viewer: Viewer = {
        userId: admin.userId,
        orgId,
        email: admin.email,
        role: 'admin',
        personId: admin.personId,
      };
      await tx.switchTo('trellis_app', orgId, admin.userId);
      const ctx = new RequestContext(viewer, tx, { headers: {} } as Request, undefined as unknown as Response);
      const { currentQuarter } = await this.reviews.overview(ctx);
      const cycle = await this.reviews.open(ctx, { quarter: previousQuarterKey(currentQuarter) });
      const rows: { id: string; name: string; personId: string; managerName: string | null }[] = await tx.manager.query(
        `SELECT r.id, p.name, p.id AS "personId", m.name AS "managerName"
           FROM reviews r JOIN people p ON p.org_id = r.org_id AND p.id = r.person_id
           LEFT JOIN people m ON m.org_id = p.org_id AND m.id = p.manager_id
          WHERE r.org_id = $1 AND r.cycle_id = $2 ORDER BY p.name`,
        [orgId, cycle.id],
      );
      const packets = await this.reviews.cyclePackets(ctx, cycle.id);
      for (const [i, row] of rows.entries()) {
        if (!row.managerName) continue; // the top of the organization has nobody to review them
        const first = row.name.split(' ')[0];
        const packet = packets.get(row.personId);
        await tx.manager.query(
          `UPDATE reviews SET summary = $3, strengths = $4, focus = $5, readiness = $6, reflection = $7,
                  shared_at = now() - interval '70 days', shared_by_name = $8, acknowledged_at = now() - interval '68 days'
            WHERE org_id = $1 AND id = $2`,
          [
            orgId,
            row.id,
            `${first} delivered steadily last quarter; ${packet?.highlights[0]?.toLowerCase() ?? 'no surprises'}`,
            i % 2 === 0 ? 'Reliable delivery; helps others get unstuck.' : 'Clear writing; careful reviews.',
            i % 3 === 0 ? 'Lead a design end to end.' : 'Grow in incident response.',
            readinessOf(packet?.readiness?.now ?? null),
            i % 4 === 0 ? '' : 'Agreed. I would like more design work.',
            row.managerName,
          ],
        );
      }
      await this.reviews.close(ctx, { id: cycle.id, version: cycle.version, confirmUnshared: true });
      await tx.commit();
    } catch (error) {
      await tx.rollback();
      throw error;
    }
  }
}
