import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { ConfigError, estimatedEntropyBits, loadConfig } from './config';

const rsaKeyPem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const ed25519KeyDerBase64 = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');

describe('configuration from the environment', () => {
  it('uses the contract defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      adminToken: null,
      metricsToken: null,
      displayTimeZone: 'Europe/Bucharest',
      slack: { botToken: null, signingSecret: null, apiUrl: null, channel: null },
      auth: { sessionIdleMinutes: 30, sessionMaxHours: 12, invitationHours: 72, tokenCacheSeconds: 5 },
    });
    expect(config.dataDir.endsWith('.data')).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535, got "eighty"'],
    [{ PORT: '70000' }, 'PORT must be a whole number'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres: or postgresql:'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL must be a URL'],
    [{ TZ_DISPLAY: 'Mars/Olympus' }, 'TZ_DISPLAY must be an IANA time zone'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN must be at least 32 characters of random text'],
    [{ ADMIN_TOKEN: 'a'.repeat(40) }, 'this one has about 0): generate one with openssl rand -hex 32'],
    [{ ADMIN_TOKEN: 'ab'.repeat(20) }, 'ADMIN_TOKEN must be at least 32 characters of random text'],
    [{ ADMIN_TOKEN: 'aaaaaaaaaaaaaaaa' }, 'ADMIN_TOKEN must be at least 32 characters'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY must be none, a hop count, or a comma-separated list'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'got "10.0.0.0/33"'],
    [{ TRUST_PROXY: '0' }, 'TRUST_PROXY as a hop count must be from 1 to 10, got "0"'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN must be at least 16 characters of random text'],
    [
      { METRICS_TOKEN: 'x'.repeat(24) },
      'METRICS_TOKEN must be at least 16 characters of random text (about 64 bits or more; this one has about 0)',
    ],
    [{ METRICS_TOKEN: 'long enough but has spaces' }, 'METRICS_TOKEN must be printable characters without spaces'],
    [{ SLACK_API_URL: 'ftp://slack' }, 'SLACK_API_URL must start with http: or https:'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ SCHEDULER: 'maybe' }, 'SCHEDULER must be on or off, got "maybe"'],
    [{ PUBLIC_URL: 'breach.example.ro' }, 'PUBLIC_URL must be a URL'],
    [{ MIGRATION_DATABASE_URL: 'mysql://x' }, 'MIGRATION_DATABASE_URL must start with postgres: or postgresql:'],
    [{ AUDIT_SIGNING_KEY: 'not a key' }, 'AUDIT_SIGNING_KEY must be an Ed25519 private key'],
    [{ AUDIT_SIGNING_KEY: rsaKeyPem }, 'AUDIT_SIGNING_KEY must be an Ed25519 private key'],
    [{ AUDIT_CHECKPOINT_MINUTES: '0' }, 'AUDIT_CHECKPOINT_MINUTES must be a whole number from 1 to 1440'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES must be a whole number from 1 to 1440'],
    [{ SESSION_MAX_HOURS: 'long' }, 'SESSION_MAX_HOURS must be a whole number from 1 to 720'],
    [{ INVITATION_HOURS: '0' }, 'INVITATION_HOURS must be a whole number from 1 to 720'],
    [{ TOKEN_CACHE_SECONDS: '301' }, 'TOKEN_CACHE_SECONDS must be a whole number from 0 to 300'],
  ])('refuses %j with a line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('trusts no proxy by default, and reads a hop count', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'none' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('accepts an admin token as random as openssl rand -hex 32 makes it', () => {
    expect(estimatedEntropyBits('7d97a5e6338ce58a6b4b09e00dddc49835bea5b8ee139191f1d9de08af033c0e')).toBeGreaterThan(200);
    expect(estimatedEntropyBits('a'.repeat(64))).toBe(0);
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/breach',
      DATA_DIR: '/var/lib/breach-desk',
      ADMIN_TOKEN: '7d97a5e6338ce58a6b4b09e00dddc49835bea5b8ee139191f1d9de08af033c0e',
      METRICS_TOKEN: 'a-long-enough-metrics-token',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      SLACK_CHANNEL: 'C123',
      TZ_DISPLAY: 'Europe/Berlin',
      PUBLIC_URL: 'https://breach.example.ro/',
      SCHEDULER: 'off',
      TRUST_PROXY: '10.0.0.0/8, ::1, loopback',
      MIGRATION_DATABASE_URL: 'postgres://owner:p@db:5432/breach',
      AUDIT_SIGNING_KEY: ed25519KeyDerBase64,
      AUDIT_CHECKPOINT_MINUTES: '15',
      SESSION_IDLE_MINUTES: '20',
      SESSION_MAX_HOURS: '8',
      INVITATION_HOURS: '24',
      TOKEN_CACHE_SECONDS: '2',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/breach',
      dataDir: '/var/lib/breach-desk',
      adminToken: '7d97a5e6338ce58a6b4b09e00dddc49835bea5b8ee139191f1d9de08af033c0e',
      metricsToken: 'a-long-enough-metrics-token',
      slack: { botToken: 'xoxb-1', signingSecret: 'secret', apiUrl: 'http://127.0.0.1:9/api/', channel: 'C123' },
      displayTimeZone: 'Europe/Berlin',
      publicUrl: 'https://breach.example.ro',
      schedulerEnabled: false,
      trustProxy: ['10.0.0.0/8', '::1', 'loopback'],
      migrationDatabaseUrl: 'postgres://owner:p@db:5432/breach',
      audit: { checkpointMinutes: 15 },
      auth: { sessionIdleMinutes: 20, sessionMaxHours: 8, invitationHours: 24, tokenCacheSeconds: 2 },
    });
    expect(createPrivateKey(config.audit.signingKey!).asymmetricKeyType).toBe('ed25519');
  });
});
