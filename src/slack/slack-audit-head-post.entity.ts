import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The day's post of the audit chain's signed head to Slack, claimed by the instance that sends it. */
@Entity('slack_audit_head_posts')
export class SlackAuditHeadPost {
  @PrimaryColumn('date')
  day: string;

  @Column('timestamptz', { name: 'claimed_at' })
  claimedAt: Date;
}
