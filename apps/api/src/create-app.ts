import { INestApplication, ValidationError, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { AppModule } from './app.module';
import { badInput } from './common/errors';
import { AppConfig } from './config/env';
import { sqlCounter } from './database/sql-counter';
import { PassThroughFilter } from './graphql/pass-through.filter';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } {
  const error = errors[0];
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  if (error.constraints) {
    // class-validator starts its messages with the property name: say it in words instead.
    const message = Object.values(error.constraints)[0];
    const words = error.property.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    const readable = message.startsWith(error.property) ? words + message.slice(error.property.length) : message;
    return { field, message: readable.charAt(0).toUpperCase() + readable.slice(1) };
  }
  return firstProblem(error.children ?? [], field);
}

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Content-Security-Policy':
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

/** Content-addressed build output: its name changes whenever its content does. */
const HASHED_ASSETS = /^\/assets\//;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed assets: always asked again (cheap with its ETag). */
const REVALIDATE = 'no-cache';
/** Other files of the client's public folder (favicon.svg): stable names, short cache. */
const SHORT = 'public, max-age=3600';

function cacheControlFor(urlPath: string): string {
  if (HASHED_ASSETS.test(urlPath)) return IMMUTABLE;
  return urlPath === '/' || urlPath.endsWith('.html') ? REVALIDATE : SHORT;
}

/** Every file below `dir`, as URL paths ("/assets/index-abc.js"). */
function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full, root);
    return entry.isFile() ? [`/${relative(root, full).split(sep).join('/')}`] : [];
  });
}

/** The encodings the build writes beside a text file, best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * The built web client: files that the build compressed (`x.js.br`, `x.js.gz`) are sent in the
 * best encoding the browser accepts, with no work per request; hashed assets are cached for a
 * year, index.html is revalidated every time, any other GET that wants HTML gets index.html
 * (client-side routes).
 */
function serveWebClient(app: NestExpressApplication, webDist: string): void {
  // Read once at boot: the folder is a build output, and a request can only name a file in it.
  const files = new Set(listFiles(webDist));
  const send = (req: Request, res: Response, next: NextFunction, urlPath: string) => {
    res.setHeader('Cache-Control', cacheControlFor(urlPath));
    res.vary('Accept-Encoding');
    const variant = PRECOMPRESSED.find(
      (candidate) => files.has(urlPath + candidate.suffix) && req.acceptsEncodings(candidate.encoding),
    );
    if (variant) {
      res.setHeader('Content-Encoding', variant.encoding);
      // The type of the file itself, not of its .br/.gz copy.
      res.type(extname(urlPath));
    }
    res.sendFile(
      join(webDist, urlPath + (variant?.suffix ?? '')),
      { dotfiles: 'deny', cacheControl: false },
      (error?: Error) => {
        if (error) next(error);
      },
    );
  };
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (files.has(req.path) && !PRECOMPRESSED.some((variant) => req.path.endsWith(variant.suffix))) {
      return send(req, res, next, req.path);
    }
    // Client-side routes: any other GET that wants HTML gets the app's page. A missing asset
    // stays a 404 (an old index.html must not be cached under a script's name).
    const apiPath = ['/graphql', '/health', '/calendar/', '/exports/'].some((prefix) => req.path.startsWith(prefix));
    if (apiPath || HASHED_ASSETS.test(req.path) || !req.accepts('html')) return next();
    send(req, res, next, '/index.html');
  });
}

/** The API (and, when built, the web client) as one Nest application, not yet listening. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
    bodyParser: true,
  });
  // A framework YAML file may hold up to MAX_FRAMEWORK_YAML_LENGTH characters (the default is 100 kB).
  app.useBodyParser('json', { limit: '3mb' });
  // Forwarded addresses are believed only from a proxy on this machine.
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // Statements are counted per request only where tests read the count: an AsyncLocalStorage in
  // use puts a hook on every promise of the process, which a server in production has no need for.
  const countStatements = config.exposeSqlCount;
  app.use((req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (countStatements) sqlCounter.run({ statements: 0 }, next);
    else next();
  });
  // GraphQL answers and anything else produced per request (the web client's files come
  // compressed from the build, and compression() leaves an encoded response alone).
  app.use(compression());
  app.use(cookieParser());
  app.useGlobalFilters(new PassThroughFilter(app.getHttpAdapter()));
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => {
        const { field, message } = firstProblem(errors);
        return badInput(field, message);
      },
    }),
  );

  const webDist = config.webDist;
  if (webDist && existsSync(join(webDist, 'index.html'))) serveWebClient(app, webDist);
  return app;
}
