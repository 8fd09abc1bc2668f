import type { Client } from 'pg';
import { withClient } from './test-database.js';

/**
 * As someone holding the database owner's credentials (the service's own role may not): the append-only
 * trigger switched off around `work`, in one transaction.
 */
export function asOwnerWithoutAuditTrigger(databaseUrl: string, work: (owner: Client) => Promise<unknown>): Promise<void> {
  return withClient(databaseUrl, async (owner) => {
    await owner.query('BEGIN');
    await owner.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await work(owner);
    await owner.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    await owner.query('COMMIT');
  });
}

/** Rewrites one audit entry the way an attacker with the owner's rights would: around the append-only trigger. */
export function rewriteAuditEntry(databaseUrl: string, id: number, after: object): Promise<void> {
  return asOwnerWithoutAuditTrigger(databaseUrl, (owner) => owner.query(`UPDATE audit_log SET after = $1 WHERE id = $2`, [after, id]));
}
