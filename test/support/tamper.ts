import type { DataSource } from 'typeorm';

/** Rewrites one audit entry the way an attacker with database rights would: around the append-only trigger. */
export async function rewriteAuditEntry(dataSource: DataSource, id: number, after: object): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await runner.query(`UPDATE audit_log SET after = $1 WHERE id = $2`, [after, id]);
    await runner.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    await runner.commitTransaction();
  } finally {
    await runner.release();
  }
}
