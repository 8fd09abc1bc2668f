import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An alert carries its clock's key (a clock's key never changes), so an incident's escalation timeline is read
 * from the notifications tables alone: clocks rank above notifications and are not read by its SQL.
 */
export class EscalationStepClockKey1764000000130 implements MigrationInterface {
  name = 'EscalationStepClockKey1764000000130';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalation_steps ADD COLUMN clock_key text`);
    await db.query(`UPDATE escalation_steps s SET clock_key = c.key FROM clocks c WHERE c.id = s.clock_id`);
    await db.query(`ALTER TABLE escalation_steps ALTER COLUMN clock_key SET NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalation_steps DROP COLUMN clock_key`);
  }
}
