import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search's trigram indexes (migration 0120) kept GIN's pending list (fastupdate): new entries wait in an
 * unsorted list that every search reads through, and the insert that takes the list past gin_pending_list_limit
 * (4 MB) merges it into the index in its own statement. That insert is an intake, holding its year's reference
 * counter, so every intake behind it waits too: measured, a 241-page list took 30 ms to merge on an idle server,
 * and the intakes around a merge under load answered up to 36 ms late. Without the list, each title and reference
 * goes into the index as it is written: no merge, and the intake peak was no lower (docs/benchmarks.md, twelfth
 * session).
 */
export class TrigramIndexesWithoutPendingList1764000000260 implements MigrationInterface {
  name = 'TrigramIndexesWithoutPendingList1764000000260';

  async up(db: QueryRunner): Promise<void> {
    for (const index of TRIGRAM_INDEXES) {
      await db.query(`ALTER INDEX ${index} SET (fastupdate = off)`);
      // What the list holds now goes into the index here, not in an intake later.
      await db.query(`SELECT gin_clean_pending_list('${index}'::regclass)`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of TRIGRAM_INDEXES) await db.query(`ALTER INDEX ${index} RESET (fastupdate)`);
  }
}

const TRIGRAM_INDEXES = ['incidents_title_trgm_idx', 'incidents_reference_trgm_idx'];
