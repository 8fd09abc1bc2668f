import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from '../database-roles.js';

/** audit_append as this migration made it: the columns sent beside the hashed text (0270 stores them from it). */
export const AUDIT_APPEND_FROM_COLUMNS = `
      CREATE OR REPLACE FUNCTION audit_append(chain_lock bigint, lines jsonb, slot_values text[]) RETURNS bigint
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        head_id bigint;
        head_hash text;
        line jsonb;
        slot jsonb;
        hashed text;
        after_value jsonb;
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
          after_value := line->'after';
          FOR n IN 0 .. jsonb_array_length(line->'slots') - 1 LOOP
            slot := line->'slots'->n;
            hashed := hashed || to_json(slot_values[(slot->>'value')::int + 1])::text || (line->'hashed'->>(n + 1));
            after_value := jsonb_set(after_value, ARRAY[slot->>'key'], to_jsonb(slot_values[(slot->>'value')::int + 1]));
          END LOOP;
          hashed := hashed || '"id":' || head_id || ',"prevHash":' || to_json(head_hash)::text || '}';
          INSERT INTO audit_log (id, at, actor, actor_name, action, entity_type, entity_id, before, after, prev_hash, hash)
          VALUES (head_id, (line->>'at')::timestamptz, line->>'actor', line->>'actorName', line->>'action',
                  line->>'entityType', line->>'entityId', nullif(line->'before', 'null'), nullif(after_value, 'null'),
                  head_hash, encode(sha256(convert_to(hashed, 'UTF8')), 'hex'))
          RETURNING hash INTO head_hash;
        END LOOP;
        RETURN head_id;
      END $$`;

/**
 * Appending to the audit chain in one call, inside the statement or transaction of the change: the chain's lock,
 * its head, each line's position, hash and insert. Before, the head came back to the service, which hashed and
 * inserted in a second round trip while holding the lock every other command waits for; an intake can now write
 * its rows and its audit lines in one statement.
 *
 * The service hashes what it knows (src/audit/hash-chain.ts: the canonical JSON of a line's fields, which sort
 * before "id"); the function appends what only the chain's head decides: `"id":<id>,"prevHash":"<hash>"}`.
 * `slot_values` are values the calling statement computes (a new incident's reference): a line's `slots` name a
 * key of its `after` and an index into them; the value goes into `after` and, as JSON, between the line's hashed
 * pieces.
 */
export class AuditAppend1764000000140 implements MigrationInterface {
  name = 'AuditAppend1764000000140';

  async up(db: QueryRunner): Promise<void> {
    // VOLATILE: in READ COMMITTED the head is read with a snapshot taken after the lock is granted, so it sees
    // every append committed before.
    await db.query(AUDIT_APPEND_FROM_COLUMNS);
    await db.query(`REVOKE EXECUTE ON FUNCTION audit_append(bigint, jsonb, text[]) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION audit_append(bigint, jsonb, text[]) TO ${RUNTIME_ROLE}`);
    await db.query(`DROP FUNCTION audit_chain_head(bigint)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION audit_chain_head(chain_lock bigint, OUT id bigint, OUT hash text)
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(chain_lock);
        SELECT a.id, a.hash INTO id, hash FROM audit_log a ORDER BY a.id DESC LIMIT 1;
      END $$`);
    await db.query(`DROP FUNCTION audit_append(bigint, jsonb, text[])`);
  }
}
