// Hostile requests generated from the service's own OpenAPI document (/docs-json), not listed by hand: every
// operation's numeric query and body fields get huge numbers, its string fields lone surrogates, its bodies random
// nesting depths and wrong content types; Slack's two endpoints get malformed, correctly signed payloads.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { slackForm } from '../../test/support/slack-signing.js';

export interface HostileRequest {
  /** The class it belongs to, for the figures. */
  kind: 'huge_number' | 'deep_nesting' | 'lone_surrogate' | 'wrong_content_type' | 'slack_malformed';
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Slack's: to be signed with the Slack signing secret just before it is sent (the signature ages). */
  slackSigned?: boolean;
}

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
  minLength?: number;
  minItems?: number;
  example?: unknown;
};
interface Operation {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** A leaf of a generated body: where it is, and what kind of value the schema asks for there. */
interface Leaf {
  path: (string | number)[];
  kind: 'number' | 'string';
}

const PLACEHOLDER = '\u0001hostile\u0001';
const MAX_SCHEMA_DEPTH = 8;

/** Numbers past every bound a field could have: past 2^53, past int8, past double (JSON turns those into Infinity). */
const hugeNumber: fc.Arbitrary<string> = fc.oneof(
  fc.bigInt({ min: 2n ** 53n, max: 10n ** 40n }).map(String),
  fc.bigInt({ min: -(10n ** 40n), max: -(2n ** 53n) }).map(String),
  fc.integer({ min: 20, max: 400 }).map((digits) => '9'.repeat(digits)),
  fc.constantFrom('1e308', '-1e308', '1e400', '-1e400', '99999999999999999999', '1.7976931348623157e309'),
);
/** Text with one UTF-16 surrogate alone somewhere in it; JSON.stringify writes it as a \ud8xx escape. */
const loneSurrogateText: fc.Arbitrary<string> = fc
  .tuple(fc.string({ maxLength: 20 }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string({ maxLength: 20 }))
  .map(([before, unit, after]) => `${before}${String.fromCharCode(unit)}${after}`);
const nesting: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 33, max: 20_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => `${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}`);
const wrongContentType: fc.Arbitrary<string> = fc.constantFrom(
  'text/plain',
  'application/xml',
  'application/octet-stream',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'application/merge-patch+json',
  '',
);

/** Every operation with its filled-in path, query parameters and (minimal, schema-shaped) body. */
function operations(
  document: OpenApiDocument,
  ids: PathValues,
): { method: string; path: string; query: Record<string, Schema>; body?: unknown; bodySchema?: Schema }[] {
  const schemas = document.components?.schemas ?? {};
  const resolve = (schema: Schema | undefined): Schema => {
    let current = schema ?? {};
    for (let hops = 0; hops < 20; hops++) {
      if (current.$ref) current = schemas[current.$ref.split('/').pop()!] ?? {};
      else if (current.allOf?.length === 1) current = current.allOf[0];
      else if (current.oneOf?.length || current.anyOf?.length) current = (current.oneOf ?? current.anyOf)![0];
      else break;
    }
    return current;
  };
  // As valid as the schema can tell (its examples, formats, enums), so that the one hostile field is what a
  // validator, a service or the database meets, not the first of many problems.
  const instance = (raw: Schema | undefined, depth: number): unknown => {
    const schema = resolve(raw);
    if (schema.example !== undefined) return schema.example;
    if (schema.enum?.length) return schema.enum[0];
    if (schema.properties && depth < MAX_SCHEMA_DEPTH) {
      return Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, instance(property, depth + 1)]));
    }
    switch (schema.type) {
      case 'integer':
      case 'number':
        return schema.minimum ?? 1;
      case 'boolean':
        return false;
      case 'array':
        return depth < MAX_SCHEMA_DEPTH ? [instance(schema.items, depth + 1)] : [];
      case 'object':
        return {};
      default:
        if (schema.format === 'date-time') return new Date(Date.now() - 3_600_000).toISOString();
        if (schema.format === 'email') return 'drill@exemplu.ro';
        if (schema.format === 'uuid') return randomUUID();
        return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    }
  };
  const found = [];
  for (const [template, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => ids(template, name));
      const query = Object.fromEntries(
        (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, resolve(p.schema)]),
      );
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      found.push({ method: method.toUpperCase(), path, query, ...(bodySchema ? { body: instance(bodySchema, 0), bodySchema } : {}) });
    }
  }
  return found;
}

function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'number') return [{ path, kind: 'number' }];
  if (typeof value === 'string') return [{ path, kind: 'string' }];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [];
}

function replaced(body: unknown, path: (string | number)[], value: unknown): unknown {
  if (!path.length) return value;
  const copy = (Array.isArray(body) ? [...body] : { ...(body as Record<string, unknown>) }) as Record<string | number, unknown>;
  copy[path[0]] = replaced(copy[path[0]], path.slice(1), value);
  return copy;
}

/** The body's JSON with `raw` (a number literal, nested brackets) written where the leaf was. */
function withRawJson(body: unknown, path: (string | number)[], raw: string): string {
  return JSON.stringify(replaced(body, path, PLACEHOLDER)).replace(JSON.stringify(PLACEHOLDER), raw);
}

/** A value for path parameter `name` of the operation at `template` (an existing incident's id, a clock key…). */
export type PathValues = (template: string, name: string) => string;

export function hostileRequests(
  document: OpenApiDocument,
  options: { token: string; ids: PathValues; seed: number; slackResponseUrl: string },
): HostileRequest[] {
  const json = { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json' };
  const sample = <T>(arbitrary: fc.Arbitrary<T>, n: number, salt: number) =>
    fc.sample(arbitrary, { numRuns: n, seed: options.seed + salt });
  const requests: HostileRequest[] = [];
  let salt = 0;
  for (const { method, path, query, body } of operations(document, options.ids).filter((op) => !op.path.startsWith('/slack/'))) {
    salt += 1;
    // Every numeric query parameter, alone.
    for (const [name, schema] of Object.entries(query)) {
      if (schema.type !== 'integer' && schema.type !== 'number') continue;
      for (const huge of sample(hugeNumber, 3, salt)) {
        requests.push({ kind: 'huge_number', method, path: `${path}?${name}=${encodeURIComponent(huge)}`, headers: json });
      }
    }
    if (body === undefined) continue;
    for (const leaf of leaves(body)) {
      salt += 1;
      if (leaf.kind === 'number') {
        for (const huge of sample(hugeNumber, 3, salt))
          requests.push({ kind: 'huge_number', method, path, headers: json, body: withRawJson(body, leaf.path, huge) });
      } else {
        for (const text of sample(loneSurrogateText, 2, salt))
          requests.push({ kind: 'lone_surrogate', method, path, headers: json, body: JSON.stringify(replaced(body, leaf.path, text)) });
      }
      for (const nested of sample(nesting, 1, salt))
        requests.push({ kind: 'deep_nesting', method, path, headers: json, body: withRawJson(body, leaf.path, nested) });
    }
    for (const contentType of sample(wrongContentType, 3, salt)) {
      const headers: Record<string, string> = { Authorization: json.Authorization };
      if (contentType) headers['Content-Type'] = contentType;
      requests.push({ kind: 'wrong_content_type', method, path, headers, body: JSON.stringify(body) });
    }
  }
  return [...requests, ...malformedSlackRequests(sample, options.slackResponseUrl)];
}

/** To be signed with the right secret, so that they reach the parsing: payloads no Slack would send. */
function malformedSlackRequests(
  sample: <T>(arbitrary: fc.Arbitrary<T>, n: number, salt: number) => T[],
  responseUrl: string,
): HostileRequest[] {
  const user = fc.oneof(fc.constant({ id: 'U0DRILL' }), fc.anything(), fc.record({ id: loneSurrogateText }));
  const text = fc.oneof(
    fc.string(),
    loneSurrogateText,
    hugeNumber,
    fc.jsonValue().map((value) => JSON.stringify(value)),
  );
  const interaction = fc.oneof(
    text,
    nesting,
    fc
      .record({ type: fc.constantFrom('view_submission', 'block_actions', 'view_closed', 'shortcut'), user }, { requiredKeys: [] })
      .map((value) => JSON.stringify(value)),
    fc
      .record({
        type: fc.constant('view_submission'),
        user,
        view: fc.record(
          {
            callback_id: fc.constantFrom('breach_new_incident', 'breach_reject_notice', 'other'),
            private_metadata: fc.oneof(text, fc.anything()),
            state: fc.anything(),
          },
          { requiredKeys: [] },
        ),
      })
      .map((value) => JSON.stringify(value)),
    fc
      .record({
        type: fc.constant('block_actions'),
        user,
        trigger_id: text,
        response_url: fc.constantFrom(responseUrl, 'not a url'),
        actions: fc.array(
          fc.record(
            { action_id: fc.constantFrom('breach_notice_approve', 'breach_notice_reject', 'other'), value: text },
            { requiredKeys: [] },
          ),
        ),
      })
      .map((value) => JSON.stringify(value)),
  );
  const command = fc.record(
    { text, user_id: fc.oneof(fc.constant('U0DRILL'), text), trigger_id: text, response_url: fc.constantFrom(responseUrl, '') },
    { requiredKeys: [] },
  );
  const signed = (path: string, body: string, contentType = 'application/x-www-form-urlencoded'): HostileRequest => ({
    kind: 'slack_malformed',
    method: 'POST',
    path,
    headers: { 'Content-Type': contentType },
    body,
    slackSigned: true,
  });
  return [
    ...sample(interaction, 300, 1).map((payload) => signed('/slack/interactions', slackForm({ payload }))),
    ...sample(command, 200, 2).map((fields) =>
      signed('/slack/commands', slackForm(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])))),
    ),
    ...sample(
      fc.tuple(fc.constantFrom('/slack/commands', '/slack/interactions'), wrongContentType, fc.constantFrom('', '{}', 'payload=%7B%7D')),
      50,
      3,
    ).map(([path, contentType, body]) => signed(path, body, contentType || 'text/plain')),
  ];
}
