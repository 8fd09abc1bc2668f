import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RiskClocksEscalation1764000000002 implements MigrationInterface {
  name = 'RiskClocksEscalation1764000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id uuid NOT NULL REFERENCES incidents(id),
        version int NOT NULL,
        result jsonb NOT NULL,
        override jsonb,
        trigger text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (incident_id, version)
      )`);

    await db.query(`
      CREATE TABLE clocks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id uuid NOT NULL REFERENCES incidents(id),
        key text NOT NULL,
        regime text NOT NULL,
        recipient text NOT NULL,
        notice_kind text,
        legal_basis text NOT NULL,
        starts_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        required boolean NOT NULL,
        rule_reason text,
        met_at timestamptz,
        not_required_reason text,
        stopped_by text,
        decision jsonb,
        UNIQUE (incident_id, key)
      )`);

    // One row per alert a clock is due to get; the unique key makes scheduling idempotent.
    await db.query(`
      CREATE TABLE escalation_steps (
        id bigserial PRIMARY KEY,
        clock_id uuid NOT NULL REFERENCES clocks(id),
        incident_id uuid NOT NULL REFERENCES incidents(id),
        level text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('logged','reminder','overdue')),
        clock_due_at timestamptz NOT NULL,
        fire_at timestamptz NOT NULL,
        audience text[] NOT NULL,
        state text NOT NULL CHECK (state IN ('pending','sent','superseded','cancelled')),
        processed_at timestamptz,
        outbox_id bigint,
        UNIQUE (clock_id, level, clock_due_at)
      )`);
    // The scheduler's only question, "what is due next?", stays an index lookup however large history grows.
    await db.query(`CREATE INDEX escalation_steps_due_idx ON escalation_steps (fire_at) WHERE state = 'pending'`);
    await db.query(`CREATE INDEX escalation_steps_clock_idx ON escalation_steps (clock_id)`);

    await db.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        incident_id uuid NOT NULL REFERENCES incidents(id),
        payload jsonb NOT NULL,
        state text NOT NULL CHECK (state IN ('pending','sent','held')),
        created_at timestamptz NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        lease_until timestamptz,
        attempt_started_at timestamptz,
        last_error text,
        sent_at timestamptz,
        slack_channel text,
        slack_ts text
      )`);
    await db.query(`CREATE INDEX outbox_pending_idx ON outbox (next_attempt_at) WHERE state = 'pending'`);
    await db.query(`CREATE INDEX outbox_incident_pending_idx ON outbox (incident_id, id) WHERE state = 'pending'`);

    await db.query(`
      CREATE TABLE slack_threads (
        incident_id uuid PRIMARY KEY REFERENCES incidents(id),
        channel text NOT NULL,
        ts text NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['slack_threads', 'outbox', 'escalation_steps', 'clocks', 'assessments']) await db.query(`DROP TABLE ${table}`);
  }
}
