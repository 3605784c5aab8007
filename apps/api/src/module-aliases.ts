import Module from 'node:module';
import { join } from 'node:path';

/**
 * The compiled API imports shared libs by their path alias (`@trellis/domain`), which tsc keeps
 * as written; this maps each alias to its compiled file. Imported first by every entry point.
 */
const distRoot = join(__dirname, '../../..');
const ALIASES: Record<string, string> = {
  '@trellis/domain': join(distRoot, 'libs/domain/src/index.js'),
};

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const resolveFilename = loader._resolveFilename;
loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  return resolveFilename.call(this, ALIASES[request] ?? request, ...rest);
};
