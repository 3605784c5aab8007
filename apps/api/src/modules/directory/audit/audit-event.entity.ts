import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'org_id' }) orgId: string;
  @CreateDateColumn({ type: 'timestamptz' }) at: Date;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId: string | null;
  @Column('text', { name: 'actor_email', nullable: true }) actorEmail: string | null;
  @Column('text') action: string;
  @Column('text', { name: 'target_type', nullable: true }) targetType: string | null;
  @Column('uuid', { name: 'target_id', nullable: true }) targetId: string | null;
  @Column('text', { name: 'target_label', nullable: true }) targetLabel: string | null;
  @Column('jsonb', { nullable: true }) detail: Record<string, unknown> | null;
}
