import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_APPEND_FROM_COLUMNS } from './1764000000140-audit-append.js';

/**
 * audit_append stores each entry's columns from the text it hashes (the line's canonical JSON, completed with the
 * statement's values and the entry's position) instead of from columns sent beside it. The service so writes each
 * line's JSON once, not three times (a round trip to plain JSON, the canonical text, the statement's parameter),
 * and sends it once; and what is stored is by construction what the hash covers.
 *
 * A line's `slots` give only an index into `slot_values`, which 0140's lines also gave: a service still sending
 * those lines (during a rolling deploy) appends the same entries.
 */
export class AuditAppendFromHashedText1764000000270 implements MigrationInterface {
  name = 'AuditAppendFromHashedText1764000000270';

  async up(db: QueryRunner): Promise<void> {
    // CREATE OR REPLACE keeps the function's grants (0140: the runtime role only).
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_append(chain_lock bigint, lines jsonb, slot_values text[]) RETURNS bigint
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        head_id bigint;
        head_hash text;
        line jsonb;
        hashed text;
        entry jsonb;
        n int;
      BEGIN
        PERFORM pg_advisory_xact_lock(chain_lock);
        SELECT a.id, a.hash INTO head_id, head_hash FROM audit_log a ORDER BY a.id DESC LIMIT 1;
        IF head_id IS NULL THEN
          head_id := 0;
          head_hash := repeat('0', 64);
        END IF;
        FOR line IN SELECT value FROM jsonb_array_elements(lines) LOOP
          head_id := head_id + 1;
          hashed := line->'hashed'->>0;
          FOR n IN 0 .. jsonb_array_length(line->'slots') - 1 LOOP
            hashed := hashed || to_json(slot_values[(line->'slots'->n->>'value')::int + 1])::text || (line->'hashed'->>(n + 1));
          END LOOP;
          hashed := hashed || '"id":' || head_id || ',"prevHash":' || to_json(head_hash)::text || '}';
          entry := hashed::jsonb;
          INSERT INTO audit_log (id, at, actor, actor_name, action, entity_type, entity_id, before, after, prev_hash, hash)
          VALUES (head_id, (entry->>'at')::timestamptz, entry->>'actor', entry->>'actorName', entry->>'action',
                  entry->>'entityType', entry->>'entityId', nullif(entry->'before', 'null'), nullif(entry->'after', 'null'),
                  head_hash, encode(sha256(convert_to(hashed, 'UTF8')), 'hex'))
          RETURNING hash INTO head_hash;
        END LOOP;
        RETURN head_id;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(AUDIT_APPEND_FROM_COLUMNS);
  }
}
