import { Client, Query } from 'pg';
import { LRUCache } from 'lru-cache';

/** Sends of one parameterized statement text before it is kept prepared: one-off statements stay unnamed. */
const SENDS_BEFORE_PREPARING = 3;
/** Most statement texts one process keeps prepared; past it, new texts run unnamed (a cap on each backend's plan memory). */
const MOST_PREPARED = 500;

const sendsSoFar = new LRUCache<string, number>({ max: 5000 });
const preparedNames = new Map<string, string>();

function preparedNameOf(text: string): string | undefined {
  const known = preparedNames.get(text);
  if (known !== undefined || preparedNames.size >= MOST_PREPARED) return known;
  const sends = (sendsSoFar.get(text) ?? 0) + 1;
  if (sends < SENDS_BEFORE_PREPARING) {
    sendsSoFar.set(text, sends);
    return undefined;
  }
  sendsSoFar.delete(text);
  const name = `jalin_${preparedNames.size}`;
  preparedNames.set(text, name);
  return name;
}

/**
 * A pg client that keeps the app's repeated statements prepared on its connection: pg sends a
 * named statement's text and PostgreSQL parses and plans it once per connection (after five runs
 * PostgreSQL settles on its generic plan when that is no dearer), instead of parsing and planning
 * every unnamed statement again. That was a third of PostgreSQL's CPU per API page.
 *
 * Only statements with parameters are named (their text is the same whatever the values), and
 * only once a text has been sent a few times. Behind a pooler in transaction mode that does not
 * track prepared statements (PgBouncer before 1.21), a statement prepared on one server connection
 * is missing on the next: turn DATABASE_PREPARED_STATEMENTS off there.
 */
export class PreparingClient extends Client {}

// pg's query() has a dozen overloads; this names the two forms that carry parameters (a text with
// its values, or a config object as the plain reads send) and passes every form through untouched.
const unnamedQuery = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;
PreparingClient.prototype.query = function query(this: Client, config: unknown, values?: unknown, callback?: unknown) {
  // A Query submitted as it is (the array reads') is named in place: a copy would lose its class.
  if (config instanceof Query) {
    if (isUnnamedWithParameters(config)) (config as { name?: string }).name = preparedNameOf(config.text);
    return unnamedQuery.call(this, config, values, callback);
  }
  const statement = typeof config === 'string' ? { text: config, values } : config;
  if (isUnnamedWithParameters(statement)) {
    const name = preparedNameOf(statement.text);
    if (name !== undefined) return unnamedQuery.call(this, { ...statement, name }, values, callback);
  }
  return unnamedQuery.call(this, config, values, callback);
} as Client['query'];

/** A statement with parameters and no name yet. */
function isUnnamedWithParameters(statement: unknown): statement is { text: string; values: unknown[] } {
  if (typeof statement !== 'object' || statement === null) return false;
  const { text, values, name } = statement as { text?: unknown; values?: unknown; name?: unknown };
  return typeof text === 'string' && name === undefined && Array.isArray(values) && values.length > 0;
}
