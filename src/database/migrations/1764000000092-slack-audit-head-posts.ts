import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per day the audit chain's signed head was posted to Slack: several instances post it once. */
export class SlackAuditHeadPosts1764000000092 implements MigrationInterface {
  name = 'SlackAuditHeadPosts1764000000092';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE slack_audit_head_posts (day date PRIMARY KEY, claimed_at timestamptz NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE slack_audit_head_posts`);
  }
}
