import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search's trigram indexes (migration 0120) kept GIN's default pending list of up to 4 MB: new entries wait in an
 * unsorted list that every search reads through, and the insert that takes the list past its limit merges it into
 * the index in its own statement. That insert is an intake, holding its year's reference counter, so every intake
 * behind it waits too. Measured on an idle server, after intakes with varied titles: 250 pages (2 MB) of the title's
 * list merged in 25 ms, 13 pages in 1.5–4 ms. The list is kept, at GIN's smallest limit (64 kB, 8 pages): without it
 * (fastupdate off) each of a title's trigrams is written to the index by itself, and an intake wrote 50 kB of WAL
 * instead of 22 kB, its peak rate lower (docs/benchmarks.md, twelfth session).
 */
export class TrigramIndexesSmallPendingList1764000000260 implements MigrationInterface {
  name = 'TrigramIndexesSmallPendingList1764000000260';

  async up(db: QueryRunner): Promise<void> {
    for (const index of TRIGRAM_INDEXES) {
      await db.query(`ALTER INDEX ${index} SET (gin_pending_list_limit = ${SMALLEST_PENDING_LIST_KB})`);
      // What the list already holds is merged here, not by an intake later.
      await db.query(`SELECT gin_clean_pending_list('${index}'::regclass)`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of TRIGRAM_INDEXES) await db.query(`ALTER INDEX ${index} RESET (gin_pending_list_limit)`);
  }
}

const TRIGRAM_INDEXES = ['incidents_title_trgm_idx', 'incidents_reference_trgm_idx'];
const SMALLEST_PENDING_LIST_KB = 64;
