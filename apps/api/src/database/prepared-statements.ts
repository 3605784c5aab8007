/**
 * Prepared statements for the request's connection. TypeORM sends every statement unnamed, so
 * PostgreSQL parses and plans it again each time; a statement named once per connection is
 * parsed once and planned by PostgreSQL's plan cache. Every statement with parameters whose text
 * the connection has seen before is sent named: repositories write their SQL as constants with
 * `$n` parameters (lists as `= ANY($n)`), so a connection meets a bounded set of texts; past
 * `MAX_PREPARED` names per connection, statements go unnamed as before.
 */

/** The part of a `pg` client this needs. */
interface PgQueryable {
  query: (...args: unknown[]) => unknown;
}

/** Names per connection: PostgreSQL keeps each prepared statement until the connection closes. */
export const MAX_PREPARED = 500;
/** Texts counted (seen once) per connection before they may be named. */
const MAX_SEEN = 2000;
/** A statement with more parameters than this is a one-off list (`IN ($2, $3, …)`): not named. */
const MAX_PARAMETERS = 64;

const prepared = new WeakSet<object>();

function isQueryable(client: unknown): client is PgQueryable {
  return typeof client === 'object' && client !== null && typeof (client as PgQueryable).query === 'function';
}

/**
 * Makes a pooled `pg` client name the statements it has seen before (once per client: the
 * patch stays with the connection across requests, as its prepared statements do).
 */
export function prepareStatementsOn(client: unknown): void {
  if (!isQueryable(client) || prepared.has(client)) return;
  prepared.add(client);
  const query = client.query.bind(client);
  const names = new Map<string, string>();
  const seen = new Set<string>();
  client.query = (...args: unknown[]) => {
    const [text, values] = args;
    if (
      args.length === 2 &&
      typeof text === 'string' &&
      Array.isArray(values) &&
      values.length > 0 &&
      values.length <= MAX_PARAMETERS
    ) {
      let name = names.get(text);
      if (name === undefined && names.size < MAX_PREPARED) {
        if (seen.has(text)) {
          name = `trellis_${names.size}`;
          names.set(text, name);
          seen.delete(text);
        } else if (seen.size < MAX_SEEN) {
          seen.add(text);
        }
      }
      if (name !== undefined) return query({ name, text, values });
    }
    return query(...args);
  };
}
