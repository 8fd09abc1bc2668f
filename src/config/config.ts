import { isIP } from 'node:net';
import { createPrivateKey } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { isValidTimeZone } from '../common/local-time.js';
import { SECRET_BOX_KEY_BYTES } from '../common/secret-box.js';

/** Typed, frozen configuration, read once from the environment at start. */
export interface AppConfig {
  readonly port: number;
  /** Unset: the service runs on an embedded PostgreSQL in `dataDir`. */
  readonly databaseUrl: string | null;
  /** The owner role's server address, for migrations; unset: migrations use `databaseUrl` (see database-roles.ts). */
  readonly migrationDatabaseUrl: string | null;
  readonly dataDir: string;
  readonly adminToken: string | null;
  /** A bearer token that may read GET /metrics (and nothing else), for a Prometheus server; admins' tokens may too. */
  readonly metricsToken: string | null;
  readonly slack: {
    readonly botToken: string | null;
    readonly signingSecret: string | null;
    readonly apiUrl: string | null;
    readonly channel: string | null;
  };
  readonly displayTimeZone: string;
  /** The service's public address, for links in Slack messages (e.g. a notice's document). */
  readonly publicUrl: string | null;
  readonly rateLimitPerMinute: number;
  /**
   * Whose X-Forwarded-For names the client (Express's `trust proxy`): nobody (false), this many proxy hops in
   * front of the service, or the proxies' addresses / CIDR ranges.
   */
  readonly trustProxy: false | number | readonly string[];
  readonly logLevel: LogLevel;
  /** Off: alerts are planned but only dispatched when something calls the dispatcher (tests move time by hand). */
  readonly schedulerEnabled: boolean;
  /** Notice PDFs are laid out in worker threads: this many at once, this many more waiting, each within its budgets. */
  readonly pdf: {
    readonly concurrency: number;
    readonly queue: number;
    readonly timeBudgetMs: number;
    readonly memoryBudgetMb: number;
  };
  /** Console sign-in (src/auth): session lifetimes, invitation links, the bearer-token cache. */
  readonly auth: {
    readonly sessionIdleMinutes: number;
    readonly sessionMaxHours: number;
    readonly invitationHours: number;
    /** How long a bearer token's lookup is reused on one instance; revocation on another shows within this. */
    readonly tokenCacheSeconds: number;
    /** 32 bytes that encrypt the TOTP secrets at rest; unset: a key kept in `dataDir`, made at first start. */
    readonly secretsKey: Buffer | null;
  };
  readonly audit: {
    /** Ed25519 private key (PEM) that signs checkpoints; unset: one kept in `dataDir`, made at first start. */
    readonly signingKey: string | null;
    readonly checkpointMinutes: number;
  };
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function optional(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  if (raw !== 'on' && raw !== 'off') throw new ConfigError(`${name} must be on or off, got "${raw}"`);
  return raw === 'on';
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = optional(env, name);
  if (raw === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return raw;
}

const MIN_ADMIN_TOKEN_LENGTH = 32;
const MIN_ADMIN_TOKEN_BITS = 128;

/**
 * A cautious upper bound of a secret's entropy: its length times the Shannon entropy of its own characters.
 * Repetitive or low-variety values ("aaaa…", "abab…") score far below their length; `openssl rand -hex 32`
 * scores about 240 bits.
 */
export function estimatedEntropyBits(secret: string): number {
  const counts = new Map<string, number>();
  const chars = [...secret];
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  let perChar = 0;
  for (const count of counts.values()) perChar -= (count / chars.length) * Math.log2(count / chars.length);
  return perChar * chars.length;
}

const MIN_METRICS_TOKEN_LENGTH = 16;
// The metrics token reads counters only (no personal data), so a lower floor than the admin token's.
const MIN_METRICS_TOKEN_BITS = 64;

/** A bearer secret from the environment, refused when too short or too repetitive to be random. */
function secretOf(env: Env, name: string, limits: { minLength: number; minBits: number }): string | null {
  const secret = optional(env, name);
  if (secret === null) return null;
  if ([...secret].length < limits.minLength || estimatedEntropyBits(secret) < limits.minBits) {
    throw new ConfigError(
      `${name} must be at least ${limits.minLength} characters of random text (about ${limits.minBits} bits or more; ` +
        `this one has about ${Math.floor(estimatedEntropyBits(secret))}): generate one with openssl rand -hex 32`,
    );
  }
  return secret;
}

const MAX_PROXY_HOPS = 10;
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** TRUST_PROXY: unset or "none" trusts nobody; a number of hops; or addresses, CIDR ranges and Express's names. */
function trustProxyOf(env: Env): false | number | readonly string[] {
  const raw = optional(env, 'TRUST_PROXY');
  if (raw === null || raw === 'none') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops < 1 || hops > MAX_PROXY_HOPS)
      throw new ConfigError(`TRUST_PROXY as a hop count must be from 1 to ${MAX_PROXY_HOPS}, got "${raw}"`);
    return hops;
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !PROXY_NAMES.includes(entry) && !isAddressOrRange(entry));
  if (bad !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY must be none, a hop count, or a comma-separated list of proxy addresses, CIDR ranges, ${PROXY_NAMES.join(', ')}; got "${bad}"`,
    );
  }
  return Object.freeze(entries);
}

function isAddressOrRange(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** A PEM Ed25519 private key (PKCS#8), or its DER in base64; returned as PEM. */
function ed25519PrivateKey(env: Env, name: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  try {
    const key = raw.includes('-----BEGIN')
      ? createPrivateKey(raw)
      : createPrivateKey({ key: Buffer.from(raw, 'base64'), format: 'der', type: 'pkcs8' });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(key.asymmetricKeyType);
    return key.export({ format: 'pem', type: 'pkcs8' }).toString();
  } catch {
    throw new ConfigError(`${name} must be an Ed25519 private key (PKCS#8 PEM, or its DER in base64)`);
  }
}

function secretsKey(env: Env, name: string): Buffer | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(raw) ? Buffer.from(raw, 'base64') : Buffer.alloc(0);
  if (key.length !== SECRET_BOX_KEY_BYTES) {
    throw new ConfigError(`${name} must be ${SECRET_BOX_KEY_BYTES} random bytes in base64: generate one with openssl rand -base64 32`);
  }
  return key;
}

/** Reads and checks the environment; throws a ConfigError whose message names the variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const adminToken = secretOf(env, 'ADMIN_TOKEN', { minLength: MIN_ADMIN_TOKEN_LENGTH, minBits: MIN_ADMIN_TOKEN_BITS });
  const metricsToken = secretOf(env, 'METRICS_TOKEN', { minLength: MIN_METRICS_TOKEN_LENGTH, minBits: MIN_METRICS_TOKEN_BITS });
  // Prometheus sends it as a bearer header, which ends at a space.
  if (metricsToken !== null && !/^[\x21-\x7e]+$/.test(metricsToken)) {
    throw new ConfigError('METRICS_TOKEN must be printable characters without spaces');
  }
  const displayTimeZone = optional(env, 'TZ_DISPLAY') ?? 'Europe/Bucharest';
  if (!isValidTimeZone(displayTimeZone)) {
    throw new ConfigError(`TZ_DISPLAY must be an IANA time zone such as Europe/Bucharest, got "${displayTimeZone}"`);
  }
  const logLevel = (optional(env, 'LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const dataDir = optional(env, 'DATA_DIR') ?? './.data';
  return Object.freeze({
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    migrationDatabaseUrl: url(env, 'MIGRATION_DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(dataDir),
    adminToken,
    metricsToken,
    slack: Object.freeze({
      botToken: optional(env, 'SLACK_BOT_TOKEN'),
      signingSecret: optional(env, 'SLACK_SIGNING_SECRET'),
      apiUrl: url(env, 'SLACK_API_URL', ['http:', 'https:']),
      channel: optional(env, 'SLACK_CHANNEL'),
    }),
    displayTimeZone,
    publicUrl: url(env, 'PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, '') ?? null,
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    trustProxy: trustProxyOf(env),
    logLevel,
    schedulerEnabled: onOff(env, 'SCHEDULER', true),
    pdf: Object.freeze({
      // One core stays with the event loop, so that every other request is answered while PDFs are made.
      concurrency: integer(env, 'PDF_CONCURRENCY', Math.max(1, availableParallelism() - 1), 1, 64),
      queue: integer(env, 'PDF_QUEUE', 8, 0, 10_000),
      timeBudgetMs: integer(env, 'PDF_TIME_BUDGET_MS', 30_000, 100, 600_000),
      memoryBudgetMb: integer(env, 'PDF_MEMORY_BUDGET_MB', 256, 16, 16_384),
    }),
    auth: Object.freeze({
      sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
      sessionMaxHours: integer(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 30),
      invitationHours: integer(env, 'INVITATION_HOURS', 72, 1, 24 * 30),
      tokenCacheSeconds: integer(env, 'TOKEN_CACHE_SECONDS', 5, 0, 300),
      secretsKey: secretsKey(env, 'SECRETS_KEY'),
    }),
    audit: Object.freeze({
      signingKey: ed25519PrivateKey(env, 'AUDIT_SIGNING_KEY'),
      checkpointMinutes: integer(env, 'AUDIT_CHECKPOINT_MINUTES', 5, 1, 1440),
    }),
  });
}

export const APP_CONFIG = Symbol('APP_CONFIG');
