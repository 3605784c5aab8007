import { EntityManager } from 'typeorm';
import { Viewer } from '../../../authz/viewer';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEventRow {
  id: string;
  orgId: string;
  at: Date;
  actorUserId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  detail: Record<string, unknown> | null;
}

export type AuditAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_out'
  | 'user_created'
  | 'role_changed'
  | 'user_deactivated'
  | 'organization_settings_changed'
  | 'person_created'
  | 'person_updated'
  | 'team_created'
  | 'team_updated'
  | 'framework_imported'
  | 'framework_updated'
  | 'assessments_saved'
  | 'manager_ratings_shared'
  | 'manager_ratings_unshared'
  | 'goal_created'
  | 'goal_updated'
  | 'goal_checked_in'
  | 'goal_milestone_done'
  | 'goal_milestone_reopened'
  | 'evidence_added'
  | 'evidence_updated'
  | 'evidence_deleted'
  | 'project_created'
  | 'project_updated'
  | 'project_need_added'
  | 'project_need_updated'
  | 'project_need_removed'
  | 'allocation_created'
  | 'allocation_updated'
  | 'allocation_deleted'
  | 'scenario_created'
  | 'scenario_renamed'
  | 'scenario_edited'
  | 'scenario_applied'
  | 'scenario_discarded'
  | 'time_off_added'
  | 'time_off_updated'
  | 'time_off_deleted'
  | 'staffing_evidence_dismissed'
  | 'holiday_calendar_created'
  | 'holiday_calendar_renamed'
  | 'holiday_calendar_deleted'
  | 'holidays_changed'
  | 'holidays_imported'
  | 'one_on_one_series_started'
  | 'one_on_one_series_updated'
  | 'one_on_one_series_paused'
  | 'one_on_one_series_resumed'
  | 'one_on_one_series_ended'
  | 'one_on_one_template_created'
  | 'one_on_one_template_updated'
  | 'one_on_one_template_deleted'
  | 'meeting_scheduled'
  | 'meeting_rescheduled'
  | 'meeting_cancelled'
  | 'meeting_completed'
  | 'meeting_agenda_changed'
  | 'meeting_action_items_changed'
  | 'meeting_mood_set'
  | 'private_note_saved'
  | 'calendar_feed_regenerated'
  | 'calendar_feed_revoked'
  | 'review_cycle_opened'
  | 'review_cycle_closed'
  | 'review_written'
  | 'review_shared'
  | 'review_reflected'
  | 'review_acknowledged'
  | 'review_readiness_adjusted';

export interface AuditEntry {
  orgId: string;
  actorUserId: string | null;
  actorEmail: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  targetLabel?: string;
  /** Never passwords or tokens: only what a reader of the log needs. */
  detail?: Record<string, unknown>;
}

export interface AuditTarget {
  type: string;
  id: string;
  label: string;
}

export class AuditRepository {
  /** An event done by the signed-in viewer, in the request's transaction (so it rolls back too). */
  record(
    db: EntityManager,
    viewer: Viewer,
    action: AuditAction,
    target: AuditTarget,
    detail?: Record<string, unknown>,
  ): Promise<void> {
    return this.insert(db, {
      orgId: viewer.orgId,
      actorUserId: viewer.userId,
      actorEmail: viewer.email,
      action,
      targetType: target.type,
      targetId: target.id,
      targetLabel: target.label,
      detail,
    });
  }

  async insert(db: EntityManager, entry: AuditEntry): Promise<void> {
    await db.query(
      `INSERT INTO audit_events (org_id, actor_user_id, actor_email, action, target_type, target_id, target_label, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.orgId,
        entry.actorUserId,
        entry.actorEmail,
        entry.action,
        entry.targetType ?? null,
        entry.targetId ?? null,
        entry.targetLabel ?? null,
        entry.detail ? JSON.stringify(entry.detail) : null,
      ],
    );
  }

  /**
   * Newest first. `readerPersonId` is the reader's own person record: the events of manager
   * ratings about it (saved, shared, unshared) are left out, since until they are shared even
   * their existence is the manager chain's to know.
   */
  list(
    db: EntityManager,
    orgId: string,
    limit: number,
    before: Date | null,
    readerPersonId: string | null,
  ): Promise<AuditEventRow[]> {
    const qb = db
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.orgId = :orgId', { orgId })
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit);
    if (before) qb.andWhere('e.at < :before', { before });
    if (readerPersonId) {
      qb.andWhere(
        `NOT (e.targetType = 'person' AND e.targetId = :readerPersonId AND (
           e.action IN ('manager_ratings_shared', 'manager_ratings_unshared')
           OR (e.action = 'assessments_saved' AND e.detail ->> 'source' = 'manager')))`,
        { readerPersonId },
      );
    }
    return qb.getMany();
  }
}
