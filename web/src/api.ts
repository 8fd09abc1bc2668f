// The console talks to the API like any client: the typed client generated from the OpenAPI document
// (client/schema.d.ts), with the session cookie instead of a bearer token.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../../client/schema';

export type Schemas = components['schemas'];

let csrfToken: string | null = null;
/** The session's CSRF token, sent with every state-changing request (the cookie alone is not enough). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the API answers 401 to a signed-in page: the session ended. */
let onSignedOut: () => void = () => undefined;
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

const session: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ response, request }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/v1/auth/')) onSignedOut();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(session);

/** An API error as the console shows it: the status, the domain code when there is one, and its lines. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    readonly lines: string[],
  ) {
    super(lines.join('\n') || `HTTP ${status}`);
  }
  /** The 400 lines that name this field ("title must be …"), for the message under its input. */
  linesFor(field: string): string[] {
    return this.lines.filter((line) => line === field || line.startsWith(`${field} `) || line.startsWith(`${field}.`));
  }
}

interface ErrorBody {
  message?: string | string[];
  code?: string;
  error?: string;
}

/** Unwraps an openapi-fetch answer: the data, or an ApiError carrying the API's own lines. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (error ?? {}) as ErrorBody;
  const lines = Array.isArray(body.message) ? body.message : body.message ? [body.message] : [];
  throw new ApiError(response.status, body.code, lines);
}

/** A document the API serves (PDF, Markdown, CSV) saved under its own name. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, undefined, [`HTTP ${response.status}`]);
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
