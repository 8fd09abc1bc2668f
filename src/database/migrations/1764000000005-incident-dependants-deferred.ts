import type { MigrationInterface, QueryRunner } from 'typeorm';

// The rows an intake writes before its incident: checked against incidents at commit, not at each insert.
const DEPENDANTS = ['assessments', 'clocks', 'escalation_steps'];

/**
 * An intake takes its gapless reference number last, so the counter row it locks until commit is held for
 * the last few statements rather than the whole command; for that, the incident's assessment, clocks and
 * alerts go in before the incident itself.
 */
export class IncidentDependantsDeferred1764000000005 implements MigrationInterface {
  name = 'IncidentDependantsDeferred1764000000005';

  async up(db: QueryRunner): Promise<void> {
    for (const table of DEPENDANTS) {
      await db.query(`ALTER TABLE ${table} ALTER CONSTRAINT ${table}_incident_id_fkey DEFERRABLE INITIALLY DEFERRED`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of DEPENDANTS) {
      await db.query(`ALTER TABLE ${table} ALTER CONSTRAINT ${table}_incident_id_fkey NOT DEFERRABLE`);
    }
  }
}
