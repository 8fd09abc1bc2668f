// The answers web/public/early.js asked for before this bundle ran, each taken once by its query's first fetch.
import { ok } from './api';

declare global {
  interface Window {
    earlyAnswers?: Partial<Record<string, Promise<Response>>>;
  }
}

/**
 * The early answer for `path` as `ok` unwraps an openapi-fetch call (the data, or an ApiError with the API's
 * lines), once; later fetches (refreshes, another visit) call `fetchAgain`.
 */
export function earlyOr<T>(path: string, fetchAgain: () => Promise<T>): Promise<T> {
  const early = window.earlyAnswers?.[path];
  if (!early) return fetchAgain();
  window.earlyAnswers![path] = undefined;
  return ok(
    early.then(async (response) => {
      const body: unknown = await response.json().catch(() => undefined);
      return response.ok ? { data: body as T, response } : { error: body, response };
    }),
  );
}
