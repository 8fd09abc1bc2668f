import { ConfigError, loadConfig } from './config';

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
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN must be at least 16 characters long'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN must be at least 16 printable characters'],
    [{ METRICS_TOKEN: 'long enough but has spaces' }, 'METRICS_TOKEN must be at least 16 printable characters without spaces'],
    [{ SLACK_API_URL: 'ftp://slack' }, 'SLACK_API_URL must start with http: or https:'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ SCHEDULER: 'maybe' }, 'SCHEDULER must be on or off, got "maybe"'],
    [{ PUBLIC_URL: 'breach.example.ro' }, 'PUBLIC_URL must be a URL'],
  ])('refuses %j with a line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/breach',
      DATA_DIR: '/var/lib/breach-desk',
      ADMIN_TOKEN: 'a-long-enough-admin-token',
      METRICS_TOKEN: 'a-long-enough-metrics-token',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      SLACK_CHANNEL: 'C123',
      TZ_DISPLAY: 'Europe/Berlin',
      PUBLIC_URL: 'https://breach.example.ro/',
      SCHEDULER: 'off',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/breach',
      dataDir: '/var/lib/breach-desk',
      adminToken: 'a-long-enough-admin-token',
      metricsToken: 'a-long-enough-metrics-token',
      slack: { botToken: 'xoxb-1', signingSecret: 'secret', apiUrl: 'http://127.0.0.1:9/api/', channel: 'C123' },
      displayTimeZone: 'Europe/Berlin',
      publicUrl: 'https://breach.example.ro',
      schedulerEnabled: false,
    });
  });
});
