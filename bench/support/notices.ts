// A draft notice on the built service, and its PDF fetched over HTTP: what the PDF bench and drill both need.
import { MAX_BODY } from '../../src/notices/notice.dto.js';
import { anIncident } from '../../test/support/factories.js';
import { anOrganisation } from '../../test/support/organisation.js';
import { JSON_HEADERS } from './incidents.js';

const SENTENCE = 'Datele de identificare ale abonaților au fost expuse. ';
/** What fits in the 100 kB request beside the JSON around it. */
const REQUEST_BYTES = 100_000;

/** Bodies of the largest size the API accepts, each a shape that once made the layout quadratic or worse. */
export const LARGEST_BODIES: Record<string, string> = {
  one_word: 'x'.repeat(MAX_BODY),
  // ș and ț take two bytes: as many sentences as fit in the request.
  prose: SENTENCE.repeat(Math.floor(REQUEST_BYTES / Buffer.byteLength(SENTENCE))),
  // Two bytes each in UTF-8: as many as the 100 kB request limit lets through.
  combining_marks: `a${'\u0301'.repeat(REQUEST_BYTES / 2)}`,
};

async function call(baseUrl: string, method: string, path: string, body?: unknown): Promise<{ id: string }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: JSON_HEADERS,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string };
}

/** An organisation, an incident and its authority notice in English; returns the notice id. */
export async function draftNotice(baseUrl: string): Promise<string> {
  await call(baseUrl, 'PUT', '/api/v1/organisation', anOrganisation());
  const incident = await call(baseUrl, 'POST', '/api/v1/incidents', anIncident());
  return (await call(baseUrl, 'POST', `/api/v1/incidents/${incident.id}/notices`, { kind: 'authority', language: 'en' })).id;
}

export async function setNoticeBody(baseUrl: string, noticeId: string, body: string): Promise<void> {
  await call(baseUrl, 'PATCH', `/api/v1/notices/${noticeId}`, { body });
}

/** GET the PDF; its status, size and milliseconds from request to last byte. */
export async function fetchPdf(baseUrl: string, noticeId: string): Promise<{ status: number; bytes: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/v1/notices/${noticeId}/document?format=pdf`, { headers: JSON_HEADERS });
  const bytes = (await response.arrayBuffer()).byteLength;
  return { status: response.status, bytes, ms: performance.now() - started };
}
