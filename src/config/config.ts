import { isAbsolute, resolve } from 'node:path';
import { isValidTimeZone } from '../common/local-time.js';

/** Typed, frozen configuration, read once from the environment at start. */
export interface AppConfig {
  readonly port: number;
  /** Unset: the service runs on an embedded PostgreSQL in `dataDir`. */
  readonly databaseUrl: string | null;
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

/** Reads and checks the environment; throws a ConfigError whose message names the variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const adminToken = optional(env, 'ADMIN_TOKEN');
  if (adminToken !== null && adminToken.length < 16) {
    throw new ConfigError('ADMIN_TOKEN must be at least 16 characters long');
  }
  const metricsToken = optional(env, 'METRICS_TOKEN');
  if (metricsToken !== null && (metricsToken.length < 16 || !/^[\x21-\x7e]+$/.test(metricsToken))) {
    throw new ConfigError('METRICS_TOKEN must be at least 16 printable characters without spaces');
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
    logLevel,
    schedulerEnabled: onOff(env, 'SCHEDULER', true),
    pdf: Object.freeze({
      concurrency: integer(env, 'PDF_CONCURRENCY', 2, 1, 64),
      queue: integer(env, 'PDF_QUEUE', 8, 0, 10_000),
      timeBudgetMs: integer(env, 'PDF_TIME_BUDGET_MS', 30_000, 100, 600_000),
      memoryBudgetMb: integer(env, 'PDF_MEMORY_BUDGET_MB', 256, 16, 16_384),
    }),
  });
}

export const APP_CONFIG = Symbol('APP_CONFIG');
