import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { decimal } from '../../../database/column-transformers';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('smallint', { name: 'fiscal_quarter_start_month' }) fiscalQuarterStartMonth: number;
  @Column('numeric', { name: 'default_weekly_capacity_hours', transformer: decimal })
  defaultWeeklyCapacityHours: number;
  @Column('numeric', { name: 'target_development_share', transformer: decimal })
  targetDevelopmentShare: number;
  @Column('smallint', { name: 'stale_goal_days' }) staleGoalDays: number;
  @Column('text', { name: 'over_allocation' }) overAllocation: 'warn' | 'refuse';
  @Column('numeric', { name: 'idle_below', transformer: decimal }) idleBelow: number;
  @Column('int') version: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
