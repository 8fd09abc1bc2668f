import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data inventory (issue #15): the customers we process for (controllers, each with the DPA's warning window)
 * and the systems, each with its data sets as one JSONB document (src/inventory/system.entity.ts says why). The
 * runtime role gets its grants on the new tables through the owner's default privileges (migration 0090).
 */
export class Inventory1764000000170 implements MigrationInterface {
  name = 'Inventory1764000000170';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE customers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        contact text NOT NULL,
        notice_hours integer NOT NULL,
        language text NOT NULL,
        notes text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT customers_name_key UNIQUE (name),
        CONSTRAINT customers_name_check CHECK (length(name) BETWEEN 1 AND 200),
        CONSTRAINT customers_notice_hours_check CHECK (notice_hours BETWEEN 1 AND 720),
        CONSTRAINT customers_language_check CHECK (language IN ('ro','en'))
      )`);
    await db.query(`
      CREATE TABLE systems (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        description text,
        data_sets jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT systems_slug_key UNIQUE (slug),
        CONSTRAINT systems_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        CONSTRAINT systems_data_sets_check CHECK (jsonb_typeof(data_sets) = 'array')
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE systems`);
    await db.query(`DROP TABLE customers`);
  }
}
