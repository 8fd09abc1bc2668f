// The board's data, asked for by the board and, ahead of it, by web/public/early.js when the board is the page opened.
import { api, ok } from './api';
import { earlyOr } from './early';

/** How often the board asks again, so a clock met elsewhere shows without a reload. */
export const BOARD_REFRESH_MS = 10_000;

export const boardQuery = {
  queryKey: ['board'],
  queryFn: () => earlyOr('/api/v1/console/board', () => ok(api.GET('/api/v1/console/board'))),
  // An answer younger than one refresh is as fresh as the refreshes keep it: the board does not ask again when it
  // mounts just after the start-up's answer came (it did, for 388 kB with 1 000 incidents). Changes made in the
  // console invalidate it.
  staleTime: BOARD_REFRESH_MS,
};
