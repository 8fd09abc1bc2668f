/** Paths the console never answers: they belong to the API, its docs (and /docs-json), probes and Slack. */
const NOT_THE_CONSOLE = /^\/(?:(?:api|health|slack)(?:\/|$)|docs|metrics)/;

export function isConsolePath(path: string): boolean {
  return !NOT_THE_CONSOLE.test(path);
}

/**
 * The console loads only its own files: no inline script, no third party. Styles set by React go through
 * the CSSOM, which style-src does not govern; the TOTP QR code is an SVG data: image.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
