import { EntityManager } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

export interface OrganizationRow {
  id: string;
  name: string;
  fiscalQuarterStartMonth: number;
  defaultWeeklyCapacityHours: number;
  targetDevelopmentShare: number;
  staleGoalDays: number;
  /** Whether a plan that puts someone above 100% is saved with a warning or refused. */
  overAllocation: 'warn' | 'refuse';
  /** Below this share of their capacity a person counts as idle. */
  idleBelow: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type SettingsChanges = Partial<
  Pick<
    OrganizationEntity,
    | 'fiscalQuarterStartMonth'
    | 'defaultWeeklyCapacityHours'
    | 'targetDevelopmentShare'
    | 'staleGoalDays'
    | 'overAllocation'
    | 'idleBelow'
  >
>;

export class OrganizationsRepository {
  findById(db: EntityManager, orgId: string): Promise<OrganizationRow | null> {
    return db.getRepository(OrganizationEntity).findOneBy({ id: orgId });
  }

  /** The calendar settings, the organization row held against changes until the transaction ends. */
  async calendarForShare(
    db: EntityManager,
    orgId: string,
  ): Promise<Pick<OrganizationRow, 'fiscalQuarterStartMonth' | 'staleGoalDays'> | null> {
    const [row]: { fiscalQuarterStartMonth: number; staleGoalDays: number }[] = await db.query(
      `SELECT fiscal_quarter_start_month AS "fiscalQuarterStartMonth", stale_goal_days AS "staleGoalDays"
       FROM organizations WHERE id = $1 FOR SHARE`,
      [orgId],
    );
    return row ?? null;
  }

  /** Holds the organization row for a change of settings, until the transaction ends. */
  async lockForUpdate(db: EntityManager, orgId: string): Promise<void> {
    await db.query(`SELECT 1 FROM organizations WHERE id = $1 FOR UPDATE`, [orgId]);
  }

  async updateSettings(db: EntityManager, orgId: string, changes: SettingsChanges): Promise<OrganizationRow> {
    await db
      .getRepository(OrganizationEntity)
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :orgId', { orgId })
      .execute();
    return (await this.findById(db, orgId)) as OrganizationRow;
  }

  /**
   * The records filed under a fiscal quarter by key (`FY2027-Q1`): ratings, shared quarters and
   * goals' due quarters. A key does not record the start month it was counted with, so while any
   * exist the start month cannot change without moving them to other months.
   */
  async quarterRecords(
    db: EntityManager,
    orgId: string,
  ): Promise<{ ratings: number; sharedQuarters: number; goals: number }> {
    const [row]: { ratings: string; shared: string; goals: string }[] = await db.query(
      `SELECT (SELECT count(*) FROM assessments WHERE org_id = $1) AS ratings,
              (SELECT count(*) FROM assessment_releases WHERE org_id = $1) AS shared,
              (SELECT count(*) FROM goals WHERE org_id = $1 AND due_quarter IS NOT NULL) AS goals`,
      [orgId],
    );
    return { ratings: Number(row.ratings), sharedQuarters: Number(row.shared), goals: Number(row.goals) };
  }

  async hasQuarterRecords(db: EntityManager, orgId: string): Promise<boolean> {
    const [row]: { found: boolean }[] = await db.query(
      `SELECT EXISTS (SELECT 1 FROM assessments WHERE org_id = $1)
           OR EXISTS (SELECT 1 FROM assessment_releases WHERE org_id = $1)
           OR EXISTS (SELECT 1 FROM goals WHERE org_id = $1 AND due_quarter IS NOT NULL) AS found`,
      [orgId],
    );
    return row.found;
  }
}
