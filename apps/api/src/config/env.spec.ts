import { ConfigError, loadConfig } from './env';

const URL = 'postgres://trellis@db.internal:5432/trellis';

describe('loadConfig', () => {
  it('gives sensible defaults from just a database URL', () => {
    expect(loadConfig({ DATABASE_URL: URL })).toEqual({
      port: 3000,
      databaseUrl: URL,
      production: false,
      webDist: null,
      exposeSqlCount: false,
      seed: 'demo',
      // Live notes in this process alone, access checked again every 30 s.
      collaboration: { redisUrl: null, redisPrefix: 'trellis', recheckMs: 30000 },
    });
  });

  it('reads every setting', () => {
    expect(
      loadConfig({
        DATABASE_URL: 'postgresql://localhost/x',
        PORT: '8080',
        NODE_ENV: 'production',
        TRELLIS_WEB_DIST: '/srv/web',
        TRELLIS_EXPOSE_SQL_COUNT: '1',
        TRELLIS_SEED: 'NONE',
        REDIS_URL: 'redis://cache:6379',
        TRELLIS_REDIS_PREFIX: 'acme',
        TRELLIS_COLLABORATION_RECHECK_MS: '5000',
      }),
    ).toEqual({
      port: 8080,
      databaseUrl: 'postgresql://localhost/x',
      production: true,
      webDist: '/srv/web',
      exposeSqlCount: true,
      seed: 'none',
      collaboration: { redisUrl: 'redis://cache:6379', redisPrefix: 'acme', recheckMs: 5000 },
    });
  });

  it('exposes the SQL count only for exactly "1"', () => {
    for (const value of ['true', 'yes', '0', '']) {
      expect(loadConfig({ DATABASE_URL: URL, TRELLIS_EXPOSE_SQL_COUNT: value }).exposeSqlCount).toBe(false);
    }
  });

  it('is in production only when NODE_ENV says so', () => {
    expect(loadConfig({ DATABASE_URL: URL, NODE_ENV: 'development' }).production).toBe(false);
    expect(loadConfig({ DATABASE_URL: URL, NODE_ENV: 'test' }).production).toBe(false);
  });

  it('treats an empty PORT as the default', () => {
    expect(loadConfig({ DATABASE_URL: URL, PORT: '' }).port).toBe(3000);
  });

  it('refuses a missing database URL, saying how it is usually set', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: '' })).toThrow(/DATABASE_URL is not set/);
  });

  it('refuses a database URL that is not PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/x' })).toThrow(
      'DATABASE_URL must start with postgres:// or postgresql://',
    );
  });

  it.each(['0', '65536', '80.5', 'http', '-1'])('refuses PORT=%s, quoting it', (port) => {
    expect(() => loadConfig({ DATABASE_URL: URL, PORT: port })).toThrow(
      `PORT must be a whole number between 1 and 65535, got "${port}"`,
    );
  });

  it('accepts the ends of the port range', () => {
    expect(loadConfig({ DATABASE_URL: URL, PORT: '1' }).port).toBe(1);
    expect(loadConfig({ DATABASE_URL: URL, PORT: '65535' }).port).toBe(65535);
  });

  it('refuses an unknown seed, quoting it', () => {
    expect(() => loadConfig({ DATABASE_URL: URL, TRELLIS_SEED: 'big' })).toThrow(
      'TRELLIS_SEED must be "demo" or "none", got "big"',
    );
  });

  it('refuses a Redis URL or a re-check interval it cannot use, naming the setting', () => {
    expect(() => loadConfig({ DATABASE_URL: URL, REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL must start with/);
    expect(() => loadConfig({ DATABASE_URL: URL, TRELLIS_COLLABORATION_RECHECK_MS: 'soon' })).toThrow(
      /TRELLIS_COLLABORATION_RECHECK_MS must be a whole number/,
    );
  });
});
