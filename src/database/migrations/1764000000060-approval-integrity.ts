import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Four eyes and downgrades (issue 13.2–13.3). A notice approved by the person who wrote it (allowed only by
 * the organisation's single-person setting) says so, with the reason. An assessment that would drop a duty
 * keeps the decision in force beside it until a DPO confirms it; the confirmation is a version of its own.
 */
export class ApprovalIntegrity1764000000060 implements MigrationInterface {
  name = 'ApprovalIntegrity1764000000060';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notices ADD COLUMN approved_single_person_reason text`);
    await db.query(`ALTER TABLE assessments ADD COLUMN pending_downgrade jsonb, ADD COLUMN confirmation jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assessments DROP COLUMN confirmation, DROP COLUMN pending_downgrade`);
    await db.query(`ALTER TABLE notices DROP COLUMN approved_single_person_reason`);
  }
}
