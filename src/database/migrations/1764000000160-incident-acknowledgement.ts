import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who first took an incident on (acknowledged it), and when: the three are set together or not at all. */
export class IncidentAcknowledgement1764000000160 implements MigrationInterface {
  name = 'IncidentAcknowledgement1764000000160';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE incidents ADD COLUMN acknowledged_by text, ADD COLUMN acknowledged_by_name text, ADD COLUMN acknowledged_at timestamptz`,
    );
    await db.query(
      `ALTER TABLE incidents ADD CONSTRAINT incidents_acknowledged_check
         CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL) AND (acknowledged_by IS NULL) = (acknowledged_by_name IS NULL))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE incidents DROP CONSTRAINT incidents_acknowledged_check`);
    await db.query(`ALTER TABLE incidents DROP COLUMN acknowledged_by, DROP COLUMN acknowledged_by_name, DROP COLUMN acknowledged_at`);
  }
}
