import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Console sign-in (issue 14.1–14.3): passwords (argon2id) and TOTP on users, sessions, one-use invitation
 * links, recovery codes; and whether a notice's approval was confirmed with a second factor. The runtime role
 * gets its grants on the new tables through the owner's default privileges (migration 0090).
 */
export class ConsoleSignIn1764000000100 implements MigrationInterface {
  name = 'ConsoleSignIn1764000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN password_hash text, ADD COLUMN totp_secret text, ADD COLUMN totp_last_step integer`);
    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        user_agent text,
        ip text,
        second_factor boolean NOT NULL,
        CONSTRAINT sessions_token_hash_key UNIQUE (token_hash),
        CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await db.query(`CREATE INDEX sessions_expires_at_idx ON sessions (expires_at)`);
    await db.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        totp_secret text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT invitations_token_hash_key UNIQUE (token_hash),
        CONSTRAINT invitations_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX invitations_user_idx ON invitations (user_id)`);
    await db.query(`
      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        code_hash text NOT NULL,
        used_at timestamptz,
        CONSTRAINT recovery_codes_user_id_code_hash_key UNIQUE (user_id, code_hash),
        CONSTRAINT recovery_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await db.query(`ALTER TABLE notices ADD COLUMN approved_with_second_factor boolean`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notices DROP COLUMN approved_with_second_factor`);
    await db.query(`DROP TABLE recovery_codes`);
    await db.query(`DROP TABLE invitations`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`ALTER TABLE users DROP COLUMN password_hash, DROP COLUMN totp_secret, DROP COLUMN totp_last_step`);
  }
}
