// The board is the page most people open first, and its data the longest wait: asked for here, as soon as the
// page's HTML is read, instead of after the console's scripts have loaded and run. web/src/board-query.ts takes
// this answer for its first fetch. A plain script of its own (web/public): the bundle is what it must not wait for.
if (window.location.pathname === '/') {
  window.earlyBoardAnswer = fetch('/api/v1/console/board', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
}
