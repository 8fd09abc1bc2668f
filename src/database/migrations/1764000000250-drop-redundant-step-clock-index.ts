import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `escalation_steps_clock_idx` (clock_id) repeated the first column of the unique key (clock_id, level, clock_due_at),
 * which answers every lookup by clock as well; it cost each intake 14 more index entries (one per alert) and their WAL.
 */
export class DropRedundantStepClockIndex1764000000250 implements MigrationInterface {
  name = 'DropRedundantStepClockIndex1764000000250';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX escalation_steps_clock_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX escalation_steps_clock_idx ON escalation_steps (clock_id)`);
  }
}
