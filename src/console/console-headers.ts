/** Paths the console's index.html never answers: they belong to the API, its docs, probes and Slack. */
export const CONSOLE_ROUTES_EXCLUDED = ['/api/{*rest}', '/docs{*rest}', '/health/{*rest}', '/metrics{*rest}', '/slack/{*rest}'];

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
