import { INestApplication, ValidationError, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
  app.use((req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    sqlCounter.run({ statements: 0 }, next);
  });
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
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET that wants HTML gets the app's page.
    app.use((req: Request, res: Response, next: NextFunction) => {
      const apiPath = req.path.startsWith('/graphql') || req.path.startsWith('/health');
      if (req.method !== 'GET' || apiPath || !req.accepts('html')) return next();
      res.sendFile(join(webDist, 'index.html'));
    });
  }
  return app;
}
