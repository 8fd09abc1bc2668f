import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from '../database-roles.js';

/**
 * A guard for a statement computed from the organisation's settings read earlier (an intake's clocks and alerts,
 * from an in-process copy): it fails that statement, and so undoes all of it, unless the settings row is still the
 * version that was read. The version is the row's xmin, which every write changes whoever makes it (the same
 * optimistic-concurrency token Npgsql and EF Core use); NULL stands for "no row yet" (the defaults).
 * SQLSTATE BDS01 tells the caller to read the settings again and retry.
 */
export class OrganisationSettingsGuard1764000000200 implements MigrationInterface {
  name = 'OrganisationSettingsGuard1764000000200';

  async up(db: QueryRunner): Promise<void> {
    // VOLATILE: read with a snapshot taken when it runs, not the calling statement's.
    await db.query(`
      CREATE FUNCTION organisation_settings_unchanged(expected text) RETURNS boolean
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        current_version text;
      BEGIN
        SELECT xmin::text INTO current_version FROM organisation WHERE id = 1;
        IF current_version IS DISTINCT FROM expected THEN
          RAISE EXCEPTION 'the organisation settings changed since they were read' USING ERRCODE = 'BDS01';
        END IF;
        RETURN true;
      END $$`);
    await db.query(`REVOKE EXECUTE ON FUNCTION organisation_settings_unchanged(text) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION organisation_settings_unchanged(text) TO ${RUNTIME_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION organisation_settings_unchanged(text)`);
  }
}
