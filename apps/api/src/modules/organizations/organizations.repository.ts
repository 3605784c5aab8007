import { EntityManager } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

export type SettingsChanges = Partial<
  Pick<
    OrganizationEntity,
    'fiscalQuarterStartMonth' | 'defaultWeeklyCapacityHours' | 'targetDevelopmentShare' | 'staleGoalDays'
  >
>;

export class OrganizationsRepository {
  findById(db: EntityManager, orgId: string): Promise<OrganizationEntity | null> {
    return db.getRepository(OrganizationEntity).findOneBy({ id: orgId });
  }

  async updateSettings(db: EntityManager, orgId: string, changes: SettingsChanges): Promise<OrganizationEntity> {
    await db
      .getRepository(OrganizationEntity)
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :orgId', { orgId })
      .execute();
    return (await this.findById(db, orgId)) as OrganizationEntity;
  }
}
