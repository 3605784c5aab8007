/** Environment, validated once at boot so a bad setting fails fast with a clear message. */
export interface AppConfig {
  port: number;
  databaseUrl: string;
  production: boolean;
  /** Serve the built web client from this folder when it exists. */
  webDist: string | null;
  /** Adds an `x-sql-statements` response header (tests and benchmarks only). */
  exposeSqlCount: boolean;
  seed: 'demo' | 'none';
  /** Live shared notes (Hocuspocus on /collaboration). */
  collaboration: CollaborationConfig;
}

export interface CollaborationConfig {
  /** With Redis, several API processes share live edits (REDIS_URL); null: this process alone. */
  redisUrl: string | null;
  /** Namespace of the Redis channels and locks (TRELLIS_REDIS_PREFIX). */
  redisPrefix: string;
  /** How often an open connection's session and access are checked again (TRELLIS_COLLABORATION_RECHECK_MS). */
  recheckMs: number;
}

export class ConfigError extends Error {}

function parseRecheck(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 30_000;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 100 || ms > 3_600_000) {
    throw new ConfigError(
      `TRELLIS_COLLABORATION_RECHECK_MS must be a whole number of milliseconds (100 to 3600000), got "${raw}"`,
    );
  }
  return ms;
}

function parseRedisUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!/^rediss?:\/\//.test(raw)) throw new ConfigError('REDIS_URL must start with redis:// or rediss://');
  return raw;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number between 1 and 65535, got "${raw}"`);
  }
  return port;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    throw new ConfigError('DATABASE_URL is not set (npm start sets it to the embedded database)');
  }
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const seed = (env.TRELLIS_SEED ?? 'demo').toLowerCase();
  if (seed !== 'demo' && seed !== 'none') {
    throw new ConfigError(`TRELLIS_SEED must be "demo" or "none", got "${env.TRELLIS_SEED}"`);
  }
  const production = env.NODE_ENV === 'production';
  return {
    port: parsePort(env.PORT),
    databaseUrl,
    production,
    webDist: env.TRELLIS_WEB_DIST ?? null,
    exposeSqlCount: env.TRELLIS_EXPOSE_SQL_COUNT === '1',
    seed,
    collaboration: {
      redisUrl: parseRedisUrl(env.REDIS_URL),
      redisPrefix: env.TRELLIS_REDIS_PREFIX || 'trellis',
      recheckMs: parseRecheck(env.TRELLIS_COLLABORATION_RECHECK_MS),
    },
  };
}
