import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain's lock and its last entry in one round trip. Every command appends to the chain under this
 * lock, so each round trip spent holding it is one every other command waits for.
 */
export class AuditChainHead1764000000004 implements MigrationInterface {
  name = 'AuditChainHead1764000000004';

  async up(db: QueryRunner): Promise<void> {
    // VOLATILE: in READ COMMITTED each statement inside takes a fresh snapshot, so the SELECT, which runs
    // after the lock is granted, sees every append committed before that.
    await db.query(`
      CREATE FUNCTION audit_chain_head(chain_lock bigint, OUT id bigint, OUT hash text)
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(chain_lock);
        SELECT a.id, a.hash INTO id, hash FROM audit_log a ORDER BY a.id DESC LIMIT 1;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION audit_chain_head(bigint)`);
  }
}
