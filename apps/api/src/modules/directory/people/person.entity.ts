import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { decimal, isoDate } from '../../../database/column-transformers';
import { PersonRow, TrackValue } from './person-row';

@Entity('people')
export class PersonEntity implements PersonRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'org_id' }) orgId: string;
  @Column('text') name: string;
  @Column('text') title: string;
  @Column('text') track: TrackValue;
  @Column('text') level: string;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('uuid', { name: 'manager_id', nullable: true }) managerId: string | null;
  @Column('date', { name: 'start_date', nullable: true, transformer: isoDate }) startDate: string | null;
  @Column('numeric', { name: 'weekly_capacity_hours', transformer: decimal }) weeklyCapacityHours: number;
  @Column('smallint', { name: 'working_days', array: true }) workingDays: number[];
  @Column('boolean') active: boolean;
  @Column('int') version: number;
}
