import { DataSource } from 'typeorm';
import { GraphQLClient } from './graphql-client';
import { TestOrganization } from './test-app';

/*
 * What every file of access-matrix rows shares: the actors, the row shape and small checks.
 * See access-matrix.ts for how the matrix is read.
 */
export const ACTORS = ['anonymous', 'member', 'manager', 'peerManager', 'admin', 'otherOrg'] as const;
export type Actor = (typeof ACTORS)[number];

export type Account = 'sam' | 'priya' | 'maya' | 'omar' | 'admin';

/** Who plays each signed-in actor (the member is chosen per row). */
export const ACCOUNT_OF: Record<Exclude<Actor, 'anonymous' | 'member' | 'otherOrg'>, Account> = {
  manager: 'maya',
  peerManager: 'omar',
  admin: 'admin',
};

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';

export interface MatrixContext {
  /** The owner connection: reads past row-level security, for checks only. */
  db: DataSource;
  /** The organization the row is about (fresh for every mutation case). */
  org: TestOrganization;
  /** The second organization, whose admin plays `otherOrg`. */
  other: TestOrganization;
  actor: Actor;
  /** The acting account's email; null for anonymous. */
  email: string | null;
  /** The acting account's person, in its own organization; null for anonymous. */
  personId: string | null;
  /** The actor's client, for a follow-up request. */
  client: GraphQLClient;
}

/** A check of a successful response (the runner has already asserted there were no errors). */
export type Check = (data: Record<string, unknown>, ctx: MatrixContext) => void | Promise<void>;

export type Outcome =
  /** No errors. */
  | 'ok'
  /** No errors, and the operation's field is null. */
  | 'null'
  | ErrorCode
  | { code: ErrorCode; field: string }
  | Check;

export interface AccessRow {
  /** The Query or Mutation field. */
  operation: string;
  /** What is asked, and who plays the member. */
  title: string;
  member: 'sam' | 'priya';
  document: string;
  variables?: (ctx: MatrixContext) => Record<string, unknown> | Promise<Record<string, unknown>>;
  expect: Record<Actor, Outcome>;
}

export const badInput = (field: string): Outcome => ({ code: 'BAD_USER_INPUT', field });

// ---- what each account sees of the demo organization --------------------------------------

export const PAYMENTS = ['Maya', 'Sam', 'Priya', 'Jonas', 'Amara', 'Luis'];
export const PLATFORM = ['Omar', 'Hannah', 'Tomasz', 'Grace', 'Ravi', 'Elena'];

/**
 * Whose personal details (level, start date, capacity) each account reads: self, the manager
 * chain, and (for managers) everyone below. Everyone reads every directory entry of their
 * organization.
 */
export const DETAILS_VISIBLE_TO: Record<Account, string[] | 'everyone'> = {
  sam: ['Sam', 'Maya', 'Dana'],
  priya: ['Priya', 'Maya', 'Dana'],
  maya: [...PAYMENTS, 'Dana'],
  omar: [...PLATFORM, 'Dana'],
  admin: 'everyone',
};

export function accountOf(ctx: MatrixContext): Account {
  const local = ctx.email?.split('@')[0];
  if (!local) throw new Error('This check needs a signed-in actor');
  return local as Account;
}

/** The acting account's own organization. */
export function homeOf(ctx: MatrixContext): TestOrganization {
  return ctx.actor === 'otherOrg' ? ctx.other : ctx.org;
}

/** Every person of the acting account's own organization: the directory. */
export function directoryIds(ctx: MatrixContext): Set<string> {
  return new Set(homeOf(ctx).plan.people.map((p) => p.id));
}

/** The ids whose details the acting account reads in its own organization. */
export function detailIds(ctx: MatrixContext): Set<string> {
  const visible = DETAILS_VISIBLE_TO[accountOf(ctx)];
  if (visible === 'everyone') return directoryIds(ctx);
  return new Set(visible.map((name) => homeOf(ctx).personId(name)));
}

export const field = <T>(data: Record<string, unknown>, name: string) => data[name] as T;
export const sorted = (ids: Iterable<string>) => [...ids].sort();
