// Fails when the committed GraphQL schema or the generated web types differ from what the code
// produces now: the schema is emitted from the API and the types are generated from the schema.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['nx', 'run', 'api:emit-schema', '--outputStyle=static', '--skip-nx-cache']);
run('npx', ['nx', 'run', 'web:codegen', '--outputStyle=static', '--skip-nx-cache']);

const paths = ['libs/graphql-schema', 'apps/web/src/generated'];
const diff = spawnSync('git', ['status', '--porcelain', '--', ...paths], { encoding: 'utf8' });
if (diff.stdout.trim()) {
  console.error('\nThe committed schema or generated types are out of date:');
  console.error(diff.stdout);
  spawnSync('git', ['--no-pager', 'diff', '--stat', '--', ...paths], { stdio: 'inherit' });
  console.error('Run `npm run check:drift` and commit the result.');
  process.exit(1);
}
console.log('The schema and the generated web types match the code.');
