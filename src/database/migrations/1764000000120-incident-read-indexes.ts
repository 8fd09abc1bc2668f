import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The incident list and the register at a million incidents. Both order by awareness then reference (newest first
 * for the list, oldest first for the register's keyset batches: one index read both ways), so the index carries
 * the tie-break and no sort is needed. The list's search is a substring of the title or reference (ILIKE
 * '%words%'), which only trigram indexes can serve (pg_trgm, a trusted extension in PostgreSQL 13 and later:
 * shipped by the embedded PostgreSQL and by Debian's postgresql-15).
 */
export class IncidentReadIndexes1764000000120 implements MigrationInterface {
  name = 'IncidentReadIndexes1764000000120';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX incidents_aware_idx`);
    await db.query(`DROP INDEX incidents_state_aware_idx`);
    await db.query(`CREATE INDEX incidents_aware_reference_idx ON incidents (aware_at DESC, reference DESC)`);
    await db.query(`CREATE INDEX incidents_state_aware_reference_idx ON incidents (state, aware_at DESC, reference DESC)`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE INDEX incidents_title_trgm_idx ON incidents USING gin (title gin_trgm_ops)`);
    await db.query(`CREATE INDEX incidents_reference_trgm_idx ON incidents USING gin (reference gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX incidents_reference_trgm_idx`);
    await db.query(`DROP INDEX incidents_title_trgm_idx`);
    await db.query(`DROP INDEX incidents_state_aware_reference_idx`);
    await db.query(`DROP INDEX incidents_aware_reference_idx`);
    await db.query(`CREATE INDEX incidents_state_aware_idx ON incidents (state, aware_at DESC)`);
    await db.query(`CREATE INDEX incidents_aware_idx ON incidents (aware_at DESC)`);
  }
}
