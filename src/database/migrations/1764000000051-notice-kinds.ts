import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The e-communications forms turned out to need no kinds of their own: under that regime the `authority` and
 * `data_subjects` kinds are rendered as the forms of Reg. 611/2013 (docs/notices.md). Migration 0050's extra
 * kinds are taken back out, so the database allows only what the service writes.
 */
export class NoticeKinds1764000000051 implements MigrationInterface {
  name = 'NoticeKinds1764000000051';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notices DROP CONSTRAINT notices_kind_check`);
    await db.query(`ALTER TABLE notices ADD CONSTRAINT notices_kind_check CHECK (kind IN ('authority','data_subjects','controller'))`);
    await db.query(`ALTER TABLE notices DROP CONSTRAINT notices_supplement_to_check`);
    await db.query(`ALTER TABLE notices ADD CONSTRAINT notices_supplement_to_check CHECK (supplement_to IS NULL OR kind = 'authority')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notices DROP CONSTRAINT notices_supplement_to_check`);
    await db.query(`
      ALTER TABLE notices ADD CONSTRAINT notices_supplement_to_check
        CHECK (supplement_to IS NULL OR kind IN ('authority','eprivacy_authority'))`);
    await db.query(`ALTER TABLE notices DROP CONSTRAINT notices_kind_check`);
    await db.query(`
      ALTER TABLE notices ADD CONSTRAINT notices_kind_check
        CHECK (kind IN ('authority','data_subjects','controller','eprivacy_authority','eprivacy_subscribers'))`);
  }
}
