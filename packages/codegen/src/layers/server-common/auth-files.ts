/**
 * The accounts of an advanced project, with no web framework in them: password hashing, session tokens,
 * cookies, the current user of a request, the users table and the account rules. The backend layer only
 * wires them to its routes (see express/auth-routes.ts).
 */

export const passwordFile = `import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's cost: 2^15 rounds of 8-block mixing take about 32 MiB and tens of milliseconds per hash. */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 64;
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...cost, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** "scrypt$N$r$p$salt$hash" with a random 16-byte salt per password; the parameters travel with the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether the password matches the stored hash, compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash no password matches, verified against when an email is unknown so both answers take as long. */
export const UNUSABLE_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$' + 'A'.repeat(86);
`;

export const sessionTokenFile = `import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A session is a signed token "payload.signature": the payload names the user, the user's session version
 * and when the session ends; the signature (HMAC-SHA256 with the server's secret) proves the server issued
 * it. The version is the users row's session_version when the session began: logging out raises it, which
 * ends every token issued before (see accounts.ts).
 */
export interface Session {
  userId: number;
  version: number;
}

function sign(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function createSessionToken(session: Session, secret: string, ttlSeconds: number, now = Date.now()): string {
  const claims = { sub: session.userId, ver: session.version, exp: Math.floor(now / 1000) + ttlSeconds };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return payload + '.' + sign(payload, secret).toString('base64url');
}

/** The session of a valid, unexpired token; null for anything else. Whether it was ended is the accounts' to say. */
export function readSessionToken(token: string, secret: string, now = Date.now()): Session | null {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = sign(payload, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown; ver?: unknown; exp?: unknown };
    if (typeof claims.sub !== 'number' || typeof claims.ver !== 'number' || typeof claims.exp !== 'number') return null;
    return claims.exp * 1000 > now ? { userId: claims.sub, version: claims.ver } : null;
  } catch {
    return null;
  }
}
`;

export const cookiesFile = `/** The session cookie: httpOnly (no script reads it), SameSite=Lax, Secure when served over HTTPS. */

export const SESSION_COOKIE = 'session';

export interface CookieOptions {
  secure: boolean;
  maxAgeSeconds: number;
}

/** Cookies of a request's Cookie header, by name. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    try {
      if (name) cookies[name] = decodeURIComponent(value);
    } catch {
      // A malformed value is treated as absent.
    }
  }
  return cookies;
}

export function sessionCookie(token: string, options: CookieOptions): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=' + options.maxAgeSeconds];
  if (options.secure) attributes.push('Secure');
  return SESSION_COOKIE + '=' + encodeURIComponent(token) + '; ' + attributes.join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', { secure, maxAgeSeconds: 0 });
}
`;

export const currentUserFile = `import { AsyncLocalStorage } from 'node:async_hooks';
import { HttpError } from '../errors.js';

export type Role = 'admin' | 'user';

/** A user as the API shows one: never with the password hash. */
export interface PublicUser {
  id: number;
  email: string;
  role: Role;
  createdAt: string;
}

/**
 * The user a request runs for. The backend's auth middleware runs the rest of the request inside
 * runAsUser, so the owned repositories (db/owned-repository.ts) know whose records to show without every
 * route passing the user along; outside a request nothing is visible.
 */
const storage = new AsyncLocalStorage<PublicUser>();

export function runAsUser<T>(user: PublicUser, work: () => T): T {
  return storage.run(user, work);
}

export function currentUser(): PublicUser {
  const user = storage.getStore();
  if (!user) throw new HttpError(401, 'UNAUTHENTICATED', 'Log in to continue');
  return user;
}
`;

/** server/src/auth/users-resource.ts: the accounts table, served by the same generic repository. */
export function usersResourceFile(table: string): string {
  return `import { z } from 'zod';
import type { Resource } from '../resources/resource.js';

const userInputSchema = z
  .object({
    email: z.string(),
    passwordHash: z.string(),
    role: z.enum(['admin', 'user']),
    sessionVersion: z.number().int().optional(),
    firstSignup: z.literal(1).optional(),
  })
  .strict();

/** Not served as an entity: only the account rules in accounts.ts read and write it. */
export const usersResource: Resource = {
  name: 'User',
  label: 'User',
  slug: 'users',
  table: ${JSON.stringify(table)},
  columns: {
    email: 'email',
    passwordHash: 'password_hash',
    role: 'role',
    sessionVersion: 'session_version',
    firstSignup: 'first_signup',
  },
  searchable: [],
  sortable: { id: 'id' },
  filters: { email: { column: 'email', type: 'text' }, role: { column: 'role', type: 'text' } },
  types: { email: 'email', passwordHash: 'string', role: 'enum', sessionVersion: 'integer', firstSignup: 'integer' },
  manys: [],
  references: {},
  targets: {},
  children: {},
  inputSchema: userInputSchema,
  updateSchema: userInputSchema.partial(),
};
`;
}

export const accountsFile = `import { z } from 'zod';
import { dialect } from '../db/dialect.js';
import { createRepository, type Db } from '../db/index.js';
import { HttpError } from '../errors.js';
import type { PublicUser } from './current-user.js';
import { hashPassword, UNUSABLE_HASH, verifyPassword } from './password.js';
import type { Session } from './session-token.js';
import { usersResource } from './users-resource.js';

export const credentialsSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email('Enter a valid email address')),
    password: z.string().min(8, 'Use at least 8 characters').max(200),
  })
  .strict();
export type Credentials = z.infer<typeof credentialsSchema>;

export interface AccountOptions {
  /** When set, this email is the admin; otherwise the first user to sign up is. */
  adminEmail?: string;
}

/** A user who has just signed up or logged in, and the session to put in their cookie. */
export interface SignedIn {
  user: PublicUser;
  session: Session;
}

type UserRecord = Record<string, unknown> & { id: number };

const toPublic = (record: Record<string, unknown>): PublicUser => ({
  id: Number(record.id),
  email: String(record.email),
  role: record.role === 'admin' ? 'admin' : 'user',
  createdAt: String(record.createdAt),
});

const signedIn = (record: UserRecord): SignedIn => ({
  user: toPublic(record),
  session: { userId: record.id, version: Number(record.sessionVersion) },
});

const isConflict = (error: unknown) => error instanceof HttpError && error.code === 'CONFLICT';

/** Sign-up, log-in, log-out and look-up of users. Passwords are stored only as scrypt hashes. */
export function createAccounts(db: Db, options: AccountOptions = {}) {
  const users = createRepository(db, usersResource);
  const adminEmail = options.adminEmail?.trim().toLowerCase() || undefined;
  const { quote, param } = dialect;
  const endSessionsSql =
    'UPDATE ' + quote(usersResource.table) + ' SET session_version = session_version + 1, updated_at = ' + dialect.now +
    ' WHERE id = ' + param(1) + ' AND session_version = ' + param(2);

  const findByEmail = async (email: string) => {
    const { items } = await users.list({ page: 1, pageSize: 1, sort: 'id', order: 'asc', filters: { email } });
    return items[0] ?? null;
  };

  /**
   * Without ADMIN_EMAIL the first user to sign up is the admin. A count of none only says who may be first:
   * sign-ups at the same moment all count none. The admin's row also takes first_signup = 1, a unique column,
   * and of inserts racing for it the database lets exactly one commit (the others wait for it, then fail as
   * duplicates) under any isolation level, READ COMMITTED included; those sign up as users.
   */
  const insertUser = async (email: string, passwordHash: string, mayBeFirst: boolean): Promise<UserRecord> => {
    if (adminEmail) return users.create({ email, passwordHash, role: email === adminEmail ? 'admin' : 'user' });
    if (mayBeFirst) {
      try {
        return await users.create({ email, passwordHash, role: 'admin', firstSignup: 1 });
      } catch (error) {
        // Someone else was first (or the email is taken, which the insert below reports).
        if (!isConflict(error)) throw error;
      }
    }
    return users.create({ email, passwordHash, role: 'user' });
  };

  return {
    async signUp(credentials: Credentials): Promise<SignedIn> {
      const mayBeFirst = !adminEmail && (await users.count()) === 0;
      const passwordHash = await hashPassword(credentials.password);
      try {
        return signedIn(await insertUser(credentials.email, passwordHash, mayBeFirst));
      } catch (error) {
        if (isConflict(error))
          throw new HttpError(409, 'EMAIL_TAKEN', 'An account with this email exists; log in instead', { email: 'Already registered' });
        throw error;
      }
    },

    async logIn(credentials: Credentials): Promise<SignedIn> {
      const user = await findByEmail(credentials.email);
      const matches = await verifyPassword(credentials.password, user ? String(user.passwordHash) : UNUSABLE_HASH);
      if (!user || !matches) throw new HttpError(401, 'INVALID_CREDENTIALS', 'Wrong email or password');
      return signedIn(user);
    },

    /** The user of a session that has not been ended; null for a deleted user or an ended session. */
    async userOf(session: Session): Promise<PublicUser | null> {
      const user = await users.get(session.userId);
      return user && Number(user.sessionVersion) === session.version ? toPublic(user) : null;
    },

    /**
     * Ends the session and every other session of its user, by raising the version every later request's
     * token must carry; a session already ended changes nothing. A copied cookie is refused from then on.
     */
    async endSessions(session: Session): Promise<void> {
      await db.run(endSessionsSql, [session.userId, session.version]);
    },

    /**
     * Creates the admin from ADMIN_EMAIL and ADMIN_PASSWORD when that account does not exist yet; when several
     * instances start at once, the email's unique key lets one create it and the others read it.
     */
    async ensureAdmin(credentials: Credentials): Promise<PublicUser> {
      const existing = await findByEmail(credentials.email);
      if (existing) return toPublic(existing);
      const passwordHash = await hashPassword(credentials.password);
      try {
        return toPublic(await users.create({ email: credentials.email, passwordHash, role: 'admin' }));
      } catch (error) {
        const created = isConflict(error) ? await findByEmail(credentials.email) : null;
        if (!created) throw error;
        return toPublic(created);
      }
    },

    /** The first admin, who owns the sample records \`npm run seed\` inserts. */
    async firstAdmin(): Promise<PublicUser | null> {
      const { items } = await users.list({ page: 1, pageSize: 1, sort: 'id', order: 'asc', filters: { role: 'admin' } });
      return items[0] ? toPublic(items[0]) : null;
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
`;

export const ownedRepositoryFile = `import { currentUser } from '../auth/current-user.js';
import { HttpError } from '../errors.js';
import type { Resource } from '../resources/resource.js';
import { createRepository, type Repository } from './repository.js';
import type { Db } from './types.js';

export type Repositories = Map<string, { resource: Resource; repository: Repository }>;

/**
 * Repositories that show each user only the records they own (admins see every record), create records
 * owned by the current user, and accept references only to records the user may see. The generic
 * repository does the SQL; this adds the owner_id filter and checks.
 */
export function ownedRepositories(db: Db, resources: Resource[]): Repositories {
  const repositories: Repositories = new Map();
  for (const resource of resources) {
    repositories.set(resource.slug, { resource, repository: owned(resource, createRepository(db, resource), repositories) });
  }
  return repositories;
}

/** The owner whose records the current user sees; null for an admin, who sees all. */
function visibleOwner(): number | null {
  const user = currentUser();
  return user.role === 'admin' ? null : user.id;
}

function owned(resource: Resource, repository: Repository, all: Repositories): Repository {
  const ownerFilter = (): Record<string, number> => {
    const owner = visibleOwner();
    return owner === null ? {} : { ownerId: owner };
  };

  const get = async (id: number) => {
    const record = await repository.get(id);
    const owner = visibleOwner();
    return record && (owner === null || record.ownerId === owner) ? record : null;
  };

  /** References and many-to-many ids must name records the user can see, as if the others did not exist. */
  const checkTargets = async (input: Record<string, unknown>) => {
    for (const [key, slug] of Object.entries(resource.targets)) {
      const value = input[key];
      const ids = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
      const target = all.get(slug);
      for (const id of new Set(ids as number[])) {
        if (target && !(await target.repository.get(id))) {
          const label = resource.references[key] ?? 'record';
          throw new HttpError(400, 'VALIDATION_FAILED', 'A referenced record does not exist', { [key]: 'No ' + label + ' with this id' });
        }
      }
    }
  };

  return {
    list: (query) => repository.list({ ...query, filters: { ...query.filters, ...ownerFilter() } }),
    get,
    async create(input) {
      await checkTargets(input);
      return repository.create({ ...input, ownerId: currentUser().id });
    },
    async update(id, patch) {
      if (!(await get(id))) return null;
      await checkTargets(patch);
      const { ownerId: _ignored, ...rest } = patch;
      return repository.update(id, rest);
    },
    async remove(id) {
      if (!(await get(id))) return false;
      return repository.remove(id);
    },
    async count() {
      const filters = ownerFilter();
      if (!('ownerId' in filters)) return repository.count();
      return (await repository.list({ page: 1, pageSize: 1, sort: 'id', order: 'asc', filters })).total;
    },
  };
}
`;
