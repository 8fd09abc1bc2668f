import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users can be deactivated (refused on every channel, kept for the audit trail), and every Slack request
 * acted on is remembered for a while, so that the same signed request sent again is not acted on twice.
 */
export class UserDeactivationSlackReplay1764000000070 implements MigrationInterface {
  name = 'UserDeactivationSlackReplay1764000000070';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN deactivated_at timestamptz`);
    await db.query(`
      CREATE TABLE slack_requests_seen (
        key text NOT NULL,
        seen_at timestamptz NOT NULL,
        CONSTRAINT "PK_slack_requests_seen" PRIMARY KEY (key)
      )`);
    await db.query(`CREATE INDEX "IDX_slack_requests_seen_seen_at" ON slack_requests_seen (seen_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE slack_requests_seen`);
    await db.query(`ALTER TABLE users DROP COLUMN deactivated_at`);
  }
}
