import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        email text NOT NULL UNIQUE,
        roles text[] NOT NULL CHECK (roles <@ ARRAY['reporter','responder','dpo','admin']::text[]),
        slack_user_id text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        prefix text NOT NULL,
        label text,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX api_tokens_user_idx ON api_tokens (user_id)`);

    await db.query(`
      CREATE TABLE audit_log (
        id bigint PRIMARY KEY,
        at timestamptz NOT NULL,
        actor text NOT NULL,
        actor_name text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await db.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id)`);
    // The audit log is append-only: the database itself refuses to change or remove history.
    await db.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await db.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);

    // Gapless references: the counter row is locked by the intake transaction and rolls back with it.
    await db.query(`CREATE TABLE reference_counters (year int PRIMARY KEY, last int NOT NULL)`);
    await db.query(`
      CREATE TABLE incidents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text,
        role text NOT NULL CHECK (role IN ('controller','processor')),
        state text NOT NULL CHECK (state IN ('open','closed')),
        aware_at timestamptz NOT NULL,
        occurred_at timestamptz,
        detected_at timestamptz,
        facts jsonb NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        closed_at timestamptz,
        close_category text CHECK (close_category IN ('resolved','not_a_personal_data_breach','duplicate','false_positive')),
        close_reason text,
        version int NOT NULL,
        CHECK ((state = 'closed') = (closed_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX incidents_state_aware_idx ON incidents (state, aware_at DESC)`);
    await db.query(`CREATE INDEX incidents_aware_idx ON incidents (aware_at DESC)`);
    await db.query(`
      CREATE TABLE incident_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id uuid NOT NULL REFERENCES incidents(id),
        author text NOT NULL,
        author_name text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX incident_notes_incident_idx ON incident_notes (incident_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE incident_notes`);
    await db.query(`DROP TABLE incidents`);
    await db.query(`DROP TABLE reference_counters`);
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP FUNCTION audit_log_refuse_change`);
    await db.query(`DROP TABLE api_tokens`);
    await db.query(`DROP TABLE users`);
  }
}
