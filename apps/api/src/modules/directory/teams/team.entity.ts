import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TeamRow } from './teams.repository';

@Entity('teams')
export class TeamEntity implements TeamRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'org_id' }) orgId: string;
  @Column('text') name: string;
  @Column('uuid', { name: 'lead_id', nullable: true }) leadId: string | null;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId: string | null;
  @Column('int') version: number;
}
