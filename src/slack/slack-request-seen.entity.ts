import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A Slack request already acted on (by a hash of its signature, or Slack's own id), until it can no longer be replayed. */
@Entity('slack_requests_seen')
export class SlackRequestSeen {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'PK_slack_requests_seen' })
  key: string;

  @Index('IDX_slack_requests_seen_seen_at')
  @Column('timestamptz', { name: 'seen_at' })
  seenAt: Date;
}
