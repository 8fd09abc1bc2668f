// A typed client for Breach Desk's API: paths, bodies and answers come from client/schema.d.ts, which is
// generated from the service's OpenAPI document (`npm run client:generate`).
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, operations, paths } from './schema.js';
/** The documented shapes by name, e.g. `Schemas['IncidentView']`. */
export type Schemas = components['schemas'];
export type BreachDeskClient = Client<paths>;

/**
 * `baseUrl` is the service's address (`http://localhost:3000`); `token` an API token, sent as a bearer token.
 * `fetch` may be given (tests, other runtimes); the global one is used otherwise.
 */
export function createBreachDeskClient(baseUrl: string, token: string, options: { fetch?: typeof fetch } = {}): BreachDeskClient {
  return createClient<paths>({
    baseUrl,
    headers: { Authorization: `Bearer ${token}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
