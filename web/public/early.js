// What the first page waits for, asked for as soon as the page's HTML is read instead of after the console's
// scripts have loaded and run: the configuration and the session (every page draws nothing without them) and, on
// the board (the page most people open first), its data. web/src/early.ts hands each answer to its first query.
// A plain script of its own (web/public): the bundle is what it must not wait for.
window.earlyAnswers = {};
for (const path of ['/api/v1/console/config', '/api/v1/auth/session', window.location.pathname === '/' && '/api/v1/console/board']) {
  if (path) window.earlyAnswers[path] = fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
}
