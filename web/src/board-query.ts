// The board's data, asked for by the board and, ahead of it, by the start-up (main.tsx) when the board is the page opened.
import { api, ok, type Schemas } from './api';

declare global {
  interface Window {
    /** The board's data asked for by web/public/board-early.js before this bundle ran, until taken. */
    earlyBoardAnswer?: Promise<Response>;
  }
}

/** How often the board asks again, so a clock met elsewhere shows without a reload. */
export const BOARD_REFRESH_MS = 10_000;

/** The answer board-early.js asked for, once: later fetches (refreshes, another visit to the board) ask again. */
function takeEarlyAnswer(): Promise<Response> | undefined {
  const early = window.earlyBoardAnswer;
  window.earlyBoardAnswer = undefined;
  return early;
}

async function unwrapped(early: Promise<Response>): Promise<Schemas['BoardView']> {
  const response = await early;
  const body: unknown = await response.json().catch(() => undefined);
  return ok(Promise.resolve(response.ok ? { data: body as Schemas['BoardView'], response } : { error: body, response }));
}

export const boardQuery = {
  queryKey: ['board'],
  queryFn: () => {
    const early = takeEarlyAnswer();
    return early ? unwrapped(early) : ok(api.GET('/api/v1/console/board'));
  },
};
