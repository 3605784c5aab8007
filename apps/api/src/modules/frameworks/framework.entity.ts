import type { Framework } from '@trellis/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('frameworks')
export class FrameworkEntity {
  @PrimaryColumn('uuid', { name: 'org_id' }) orgId: string;
  @Column('jsonb') document: Framework;
  @Column('int') version: number;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
}
