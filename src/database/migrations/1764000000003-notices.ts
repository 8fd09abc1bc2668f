import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notices1764000000003 implements MigrationInterface {
  name = 'Notices1764000000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id uuid NOT NULL REFERENCES incidents(id),
        kind text NOT NULL CHECK (kind IN ('authority','data_subjects','controller')),
        language text NOT NULL CHECK (language IN ('ro','en')),
        state text NOT NULL CHECK (state IN ('draft','submitted','approved','rejected','sent')),
        version int NOT NULL CHECK (version >= 1),
        title text NOT NULL,
        body text NOT NULL,
        body_hash text NOT NULL,
        reasons_for_delay text CHECK (reasons_for_delay IS NULL OR kind = 'authority'),
        clock_key text NOT NULL,
        supplement_to uuid REFERENCES notices(id) CHECK (supplement_to IS NULL OR kind = 'authority'),
        approved_version int,
        approved_hash text,
        approved_by text,
        approved_at timestamptz,
        rejected_reason text,
        sent_at timestamptz,
        channel text,
        external_reference text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        -- The DPO approves a text: an approval stands only for the version and words it was given on.
        CHECK ((state IN ('approved','sent')) = (approved_hash IS NOT NULL)),
        CHECK (approved_hash IS NULL OR (approved_hash = body_hash AND approved_version = version
                                         AND approved_by IS NOT NULL AND approved_at IS NOT NULL)),
        CHECK ((state = 'sent') = (sent_at IS NOT NULL AND channel IS NOT NULL AND external_reference IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX notices_incident_idx ON notices (incident_id, created_at)`);

    await db.query(`
      CREATE TABLE notice_versions (
        notice_id uuid NOT NULL REFERENCES notices(id),
        version int NOT NULL,
        body text NOT NULL,
        body_hash text NOT NULL,
        reasons_for_delay text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (notice_id, version)
      )`);
    // What was approved must stay readable word for word: versions are written once, never changed.
    await db.query(`
      CREATE FUNCTION notice_versions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'notice_versions is append-only: % refused', TG_OP;
      END $$`);
    await db.query(`
      CREATE TRIGGER notice_versions_append_only BEFORE UPDATE OR DELETE ON notice_versions
      FOR EACH ROW EXECUTE FUNCTION notice_versions_refuse_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notice_versions`);
    await db.query(`DROP FUNCTION notice_versions_refuse_change`);
    await db.query(`DROP TABLE notices`);
  }
}
