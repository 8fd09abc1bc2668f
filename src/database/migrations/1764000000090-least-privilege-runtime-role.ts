import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from '../database-roles.js';

/**
 * The service stops running as the owner: its connections act as a role that owns nothing (database-roles.ts).
 * Whoever holds only the service's connection cannot rewrite or truncate the audit log, nor disable the trigger
 * that keeps it append-only (that needs ownership). Tables created by later migrations get the same grants
 * through the owner's default privileges.
 */
export class LeastPrivilegeRuntimeRole1764000000090 implements MigrationInterface {
  name = 'LeastPrivilegeRuntimeRole1764000000090';

  async up(db: QueryRunner): Promise<void> {
    // Roles belong to the whole server, and several databases (tests, or a second deployment) may migrate at
    // once: whoever comes second finds the role there.
    await db.query(`
      DO $$ BEGIN
        CREATE ROLE ${RUNTIME_ROLE} NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    // The owner must be able to switch to the role; a superuser already can (and granting to it would race
    // between databases migrating at once).
    await db.query(`
      DO $$ BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
           AND NOT pg_has_role(current_user, '${RUNTIME_ROLE}', 'MEMBER') THEN
          EXECUTE format('GRANT %I TO %I', '${RUNTIME_ROLE}', current_user);
        END IF;
      END $$`);
    await db.query(`GRANT USAGE ON SCHEMA public TO ${RUNTIME_ROLE}`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${RUNTIME_ROLE}`);
    await db.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${RUNTIME_ROLE}`);
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${RUNTIME_ROLE}`);
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${RUNTIME_ROLE}`);
    // History is appended and read, never changed; the migrations' own bookkeeping is not the service's.
    await db.query(`REVOKE UPDATE, DELETE ON audit_log FROM ${RUNTIME_ROLE}`);
    await db.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM ${RUNTIME_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${RUNTIME_ROLE}`);
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${RUNTIME_ROLE}`);
    await db.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${RUNTIME_ROLE}`);
    await db.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${RUNTIME_ROLE}`);
    await db.query(`REVOKE USAGE ON SCHEMA public FROM ${RUNTIME_ROLE}`);
    // The role itself stays: it belongs to the server and may serve other databases on it.
  }
}
