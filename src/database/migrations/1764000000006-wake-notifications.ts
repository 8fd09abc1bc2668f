import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * New alerts and new Slack messages are announced to every instance at commit (LISTEN breach_desk_wake), so
 * one that outlives the instance that planned them picks them up on time instead of at its next poll.
 * Statement-level: one notification per statement at most, and PostgreSQL folds repeats within a transaction.
 */
export class WakeNotifications1764000000006 implements MigrationInterface {
  name = 'WakeNotifications1764000000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_wake() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('breach_desk_wake', TG_ARGV[0]);
        RETURN NULL;
      END $$`);
    await db.query(
      `CREATE TRIGGER escalation_steps_wake AFTER INSERT ON escalation_steps FOR EACH STATEMENT EXECUTE FUNCTION notify_wake('steps')`,
    );
    await db.query(`CREATE TRIGGER outbox_wake AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION notify_wake('outbox')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER outbox_wake ON outbox`);
    await db.query(`DROP TRIGGER escalation_steps_wake ON escalation_steps`);
    await db.query(`DROP FUNCTION notify_wake()`);
  }
}
