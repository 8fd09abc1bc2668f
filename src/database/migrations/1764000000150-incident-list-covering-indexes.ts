import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The incident list at a million incidents, without reading the table for rows it does not return.
 * - The two order indexes carry the title (INCLUDE): a search walks them newest first and matches titles in the
 *   index (an index-only scan), and so does the capped count; the page's own rows are then read by reference.
 * - A reference as typed ("BR-2026-0042") is found as a prefix in a text_pattern_ops index, whatever the database's
 *   collation: every reference shares the trigrams of "BR-" and of its year, so the trigram index reads posting lists
 *   of every incident for it (a quarter of a second at a million).
 */
export class IncidentListCoveringIndexes1764000000150 implements MigrationInterface {
  name = 'IncidentListCoveringIndexes1764000000150';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX incidents_aware_reference_idx`);
    await db.query(`DROP INDEX incidents_state_aware_reference_idx`);
    await db.query(`CREATE INDEX incidents_aware_reference_idx ON incidents (aware_at DESC, reference DESC) INCLUDE (title)`);
    await db.query(`CREATE INDEX incidents_state_aware_reference_idx ON incidents (state, aware_at DESC, reference DESC) INCLUDE (title)`);
    await db.query(`CREATE INDEX incidents_reference_pattern_idx ON incidents (reference text_pattern_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX incidents_reference_pattern_idx`);
    await db.query(`DROP INDEX incidents_state_aware_reference_idx`);
    await db.query(`DROP INDEX incidents_aware_reference_idx`);
    await db.query(`CREATE INDEX incidents_state_aware_reference_idx ON incidents (state, aware_at DESC, reference DESC)`);
    await db.query(`CREATE INDEX incidents_aware_reference_idx ON incidents (aware_at DESC, reference DESC)`);
  }
}
