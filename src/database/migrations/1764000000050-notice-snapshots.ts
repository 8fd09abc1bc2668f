import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notice keeps the operator's identity and the incident's facts it was written from, so a supplement
 * (Art. 33(4)) says what changed and names the operator as notified; a letter's sent record keeps how many
 * people it reached (ANSPDCP form, section 2). The two e-communications forms (Reg. 611/2013, ANSPDCP
 * Decision 184/2014) are notice kinds of their own.
 */
export class NoticeSnapshots1764000000050 implements MigrationInterface {
  name = 'NoticeSnapshots1764000000050';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notices
        ADD COLUMN organisation_snapshot jsonb,
        ADD COLUMN facts_snapshot jsonb,
        ADD COLUMN recipient_count int CONSTRAINT notices_recipient_count_check CHECK (recipient_count IS NULL OR recipient_count >= 0)`);
    await db.query(`ALTER TABLE notices DROP CONSTRAINT notices_kind_check`);
    await db.query(`
      ALTER TABLE notices ADD CONSTRAINT notices_kind_check
        CHECK (kind IN ('authority','data_subjects','controller','eprivacy_authority','eprivacy_subscribers'))`);
    // Migration 0003 left this check unnamed; it is found by what it says and given a name.
    const [unnamed] = (await db.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'notices'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%supplement_to IS NULL%'`,
    )) as { conname: string }[];
    await db.query(`ALTER TABLE notices DROP CONSTRAINT "${unnamed.conname}"`);
    await db.query(`
      ALTER TABLE notices ADD CONSTRAINT notices_supplement_to_check
        CHECK (supplement_to IS NULL OR kind IN ('authority','eprivacy_authority'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Refused (check violation) while e-communications notices exist: they are records and cannot be dropped.
    await db.query(`ALTER TABLE notices DROP CONSTRAINT notices_supplement_to_check`);
    await db.query(`ALTER TABLE notices ADD CONSTRAINT notices_supplement_to_check CHECK (supplement_to IS NULL OR kind = 'authority')`);
    await db.query(`ALTER TABLE notices DROP CONSTRAINT notices_kind_check`);
    await db.query(`ALTER TABLE notices ADD CONSTRAINT notices_kind_check CHECK (kind IN ('authority','data_subjects','controller'))`);
    await db.query(`ALTER TABLE notices DROP COLUMN organisation_snapshot, DROP COLUMN facts_snapshot, DROP COLUMN recipient_count`);
  }
}
