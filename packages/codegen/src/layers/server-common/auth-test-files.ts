/**
 * The advanced project's own tests of accounts and ownership, through supertest against the app's
 * request handler: whichever backend builds the app, these requests and answers are the contract.
 */
import { jsString } from '../../emit/literal.ts';
import type { AppModel } from '../../model.ts';

/** test/helpers.ts of an advanced project; \`serve\` is the backend's function turning createApp into a request listener. */
export const authHelpersFile = (serve: string) => `import type { RequestListener } from 'node:http';
import request from 'supertest';
import { type AppOptions, createApp } from '../src/app.js';
import type { PublicUser } from '../src/auth/current-user.js';
import { type Db, migrate } from '../src/db/index.js';
import { createLogger } from '../src/logger.js';
import { openTestDatabase } from './database.js';

export interface TestApp {
  /** The app as a signed-up user who is not an admin: every request carries their session cookie. */
  app: RequestListener;
  /** The app with no session. */
  server: RequestListener;
  db: Db;
  user: PublicUser;
  /** Signs up another user and answers the app as them. */
  signUp(email: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

export interface Session {
  app: RequestListener;
  user: PublicUser;
}

export const PASSWORD = 'correct horse battery staple';

export function testOptions(overrides: Partial<AppOptions> = {}): AppOptions {
  return {
    session: { secret: 'a test secret of at least thirty-two characters', ttlSeconds: 3600, secure: false },
    rateLimit: { api: 10_000, auth: 1_000 },
    logger: createLogger('silent'),
    ...overrides,
  };
}

${serve}
/** The app as the holder of a session cookie ("session=…"). */
export function withCookie(server: RequestListener, cookie: string): RequestListener {
  return (req, res) => {
    req.headers.cookie = cookie;
    server(req, res);
  };
}

/** The "name=value" part of the session cookie a response sets. */
export function sessionCookieOf(response: { headers: Record<string, unknown> }): string {
  const cookies = response.headers['set-cookie'];
  const first = Array.isArray(cookies) ? String(cookies[0]) : '';
  return first.split(';')[0] ?? '';
}

async function authenticate(server: RequestListener, path: string, email: string, password: string): Promise<Session> {
  const response = await request(server).post('/api/auth/' + path).send({ email, password });
  if (response.status !== 201 && response.status !== 200)
    throw new Error(path + ' failed: ' + response.status + ' ' + JSON.stringify(response.body));
  return { app: withCookie(server, sessionCookieOf(response)), user: response.body };
}

export const signUp = (server: RequestListener, email: string, password = PASSWORD) => authenticate(server, 'signup', email, password);
export const logIn = (server: RequestListener, email: string, password = PASSWORD) => authenticate(server, 'login', email, password);

/**
 * The app on a migrated database of the test file's own, with two accounts: admin@example.com (the first
 * to sign up, so the admin) and member@example.com, as whom \`app\` sends every request.
 */
export async function setupTestApp(name: string): Promise<TestApp> {
  const { db, drop } = await openTestDatabase(name);
  await migrate(db);
  const server = await serve(db, testOptions());
  await signUp(server, 'admin@example.com');
  const member = await signUp(server, 'member@example.com');
  return {
    app: member.app,
    server,
    db,
    user: member.user,
    signUp: (email, password) => signUp(server, email, password),
    close: drop,
  };
}
`;

export const authAppTestFile = `import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../src/resources/index.js';
import { seed } from '../src/seed.js';
import { setupTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp('app');
});
afterAll(async () => {
  await t?.close();
});

describe('API', () => {
  it('reports health without a session', async () => {
    const response = await request(t.server).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('seeds valid sample data owned by a user and counts it', async () => {
    const inserted = await seed(t.db, t.user.id);
    for (const resource of resources) expect(inserted[resource.slug]).toBeGreaterThan(0);
    const stats = await request(t.app).get('/api/stats').expect(200);
    for (const resource of resources) expect(stats.body.counts[resource.slug]).toBe(inserted[resource.slug]);
    expect(await seed(t.db, t.user.id)).toEqual({});
  });

  it('answers unknown routes and malformed JSON with JSON errors', async () => {
    const missing = await request(t.app).get('/api/no-such-thing').expect(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const malformed = await request(t.app).post('/api/' + resources[0]?.slug).set('Content-Type', 'application/json').send('{"oops"').expect(400);
    expect(malformed.body.error.code).toBe('BAD_REQUEST');
  });

  it('serves its OpenAPI 3.1 document and Swagger UI without a session', async () => {
    const document = await request(t.server).get('/api/openapi.json').expect(200);
    expect(document.body.openapi).toBe('3.1.0');
    expect(document.body.paths).toHaveProperty(['/api/auth/login']);
    for (const resource of resources) {
      expect(document.body.paths).toHaveProperty(['/api/' + resource.slug + '/{id}']);
      expect(document.body.components.schemas).toHaveProperty([resource.name + 'Input', 'type'], 'object');
    }
    const page = await request(t.server).get('/api/docs').expect(200);
    expect(page.text).toContain('swagger-ui-bundle.js');
    await request(t.server).get('/api/docs/swagger-ui-bundle.js').expect(200);
  });

  it('tags every response with a request id, keeping a sane one the caller sent', async () => {
    const fresh = await request(t.server).get('/api/health').expect(200);
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await request(t.server).get('/api/health').set('X-Request-Id', 'trace-42').expect(200);
    expect(given.headers['x-request-id']).toBe('trace-42');
  });
});
`;

/** A reference from one entity to another, to check that a user cannot point at someone else's record. */
function crossReference(app: AppModel) {
  for (const model of app.ordered)
    for (const ref of model.references) if (ref.target !== model) return { model, ref };
  return undefined;
}

export function authTestFile(app: AppModel): string {
  const first = app.ordered[0];
  if (!first) throw new Error('an app has at least one entity');
  const slug = jsString(first.slug);
  const cross = crossReference(app);
  const crossTest = cross
    ? `

  it(${jsString(`does not let a user point at another user's ${cross.ref.target.label.toLowerCase()}`)}, async () => {
    const theirs = await createRecord(t, ${jsString(cross.ref.target.slug)});
    const other = await t.signUp('pointer@example.com');
    const body = sampleBody(${jsString(cross.model.slug)});
    for (const [key, target] of Object.entries(requiredLinks[${jsString(cross.model.slug)}] ?? {}))
      body[key] = (await createRecord({ ...t, app: other.app }, target)).id;
    body[${jsString(cross.ref.key)}] = theirs.id;
    const response = await request(other.app).post('/api/' + ${jsString(cross.model.slug)}).send(body).expect(400);
    expect(response.body.error.fields).toHaveProperty(${jsString(cross.ref.key)});
  });`
    : '';
  return `import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../src/resources/index.js';
import { createRecord, requiredLinks, sampleBody } from './fixtures.js';
import { logIn, PASSWORD, serve, sessionCookieOf, setupTestApp, type TestApp, testOptions, withCookie } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp('auth');
});
afterAll(async () => {
  await t?.close();
});

const SLUG = ${slug};

describe('accounts', () => {
  it('answers 401 without a session or with a forged one', async () => {
    for (const resource of resources) {
      const response = await request(t.server).get('/api/' + resource.slug).expect(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
      await request(t.server).post('/api/' + resource.slug).send({}).expect(401);
      await request(t.server).delete('/api/' + resource.slug + '/1').expect(401);
    }
    await request(t.server).get('/api/stats').expect(401);
    await request(t.server).get('/api/auth/me').expect(401);
    const forged = withCookie(t.server, 'session=eyJzdWIiOjEsImV4cCI6OTk5OTk5OTk5OX0.forged');
    await request(forged).get('/api/' + SLUG).expect(401);
  });

  it('signs up with an httpOnly cookie and never returns the password', async () => {
    const response = await request(t.server).post('/api/auth/signup').send({ email: 'New.Person@Example.com', password: PASSWORD }).expect(201);
    expect(response.body).toEqual({ id: expect.any(Number), email: 'new.person@example.com', role: 'user', createdAt: expect.any(String) });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await request(withCookie(t.server, sessionCookieOf(response))).get('/api/auth/me').expect(200);
    expect(me.body.email).toBe('new.person@example.com');
    for (const body of [response.text, me.text]) expect(body).not.toMatch(/password/i);
  });

  it('stores passwords only as salted scrypt hashes', async () => {
    await t.signUp('twin@example.com');
    const rows = await t.db.query<{ password_hash: string }>('SELECT password_hash FROM ${app.usersTable}');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^scrypt\\$/);
      expect(row.password_hash).not.toContain(PASSWORD);
    }
    expect(new Set(rows.map((row) => row.password_hash)).size).toBe(rows.length);
  });

  it('refuses a taken email and invalid credentials', async () => {
    const taken = await request(t.server).post('/api/auth/signup').send({ email: 'member@example.com', password: PASSWORD }).expect(409);
    expect(taken.body.error.code).toBe('EMAIL_TAKEN');
    const short = await request(t.server).post('/api/auth/signup').send({ email: 'short@example.com', password: 'short' }).expect(400);
    expect(short.body.error.fields).toHaveProperty('password');
  });

  it('rejects a wrong password and an unknown email alike, and logs in with the right one', async () => {
    const wrong = await request(t.server).post('/api/auth/login').send({ email: 'member@example.com', password: 'not the password' }).expect(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    const unknown = await request(t.server).post('/api/auth/login').send({ email: 'nobody@example.com', password: PASSWORD }).expect(401);
    expect(unknown.body.error).toEqual(wrong.body.error);
    const member = await logIn(t.server, 'MEMBER@example.com');
    expect(member.user.id).toBe(t.user.id);
    await request(member.app).get('/api/' + SLUG).expect(200);
  });

  it('logs out by clearing the cookie and ending the session on the server: a copy of the cookie is refused', async () => {
    const earlier = await t.signUp('leaver@example.com');
    const login = await request(t.server).post('/api/auth/login').send({ email: 'leaver@example.com', password: PASSWORD }).expect(200);
    const browser = withCookie(t.server, sessionCookieOf(login));
    const copy = withCookie(t.server, sessionCookieOf(login));
    await request(copy).get('/api/' + SLUG).expect(200);
    const response = await request(browser).post('/api/auth/logout').expect(204);
    expect(String(response.headers['set-cookie'])).toMatch(/^session=;.*Max-Age=0/);
    // Logging out ends every session of the user: the copy, and the one from signing up.
    for (const app of [copy, earlier.app]) {
      await request(app).get('/api/auth/me').expect(401);
      const refused = await request(app).get('/api/' + SLUG).expect(401);
      expect(refused.body.error.code).toBe('UNAUTHENTICATED');
    }
    await request(copy).post('/api/auth/logout').expect(204);
    await request(t.server).post('/api/auth/logout').expect(204);
    const again = await logIn(t.server, 'leaver@example.com');
    await request(again.app).get('/api/auth/me').expect(200);
  });

  it('answers an unknown API path 404 whether or not a session comes with it', async () => {
    for (const app of [t.server, t.app]) {
      for (const path of ['/api/no-such-thing', '/api/auth/no-such-thing', '/api/' + SLUG + '/1/2/3']) {
        const response = await request(app).get(path).expect(404);
        expect(response.body.error.code, path).toBe('NOT_FOUND');
      }
      const put = await request(app).put('/api/' + SLUG + '/1').send({}).expect(404);
      expect(put.body.error.code).toBe('NOT_FOUND');
    }
  });

  it("keeps a user's records from every other user: read, update, delete and list", async () => {
    const mine = await createRecord(t, SLUG);
    const other = await t.signUp('other@example.com');
    await request(other.app).get('/api/' + SLUG + '/' + mine.id).expect(404);
    await request(other.app).patch('/api/' + SLUG + '/' + mine.id).send({}).expect(404);
    await request(other.app).delete('/api/' + SLUG + '/' + mine.id).expect(404);
    const listed = await request(other.app).get('/api/' + SLUG).query({ pageSize: 100 }).expect(200);
    expect(listed.body.items.map((item: { id: number }) => item.id)).not.toContain(mine.id);
    const asked = await request(other.app).get('/api/' + SLUG).query({ ownerId: t.user.id }).expect(200);
    expect(asked.body.total).toBe(0);
    const still = await request(t.app).get('/api/' + SLUG + '/' + mine.id).expect(200);
    expect(still.body.ownerId).toBe(t.user.id);
  });

  it('lets the admin see and change every record', async () => {
    const mine = await createRecord(t, SLUG);
    const admin = await logIn(t.server, 'admin@example.com');
    expect(admin.user.role).toBe('admin');
    const listed = await request(admin.app).get('/api/' + SLUG).query({ pageSize: 100 }).expect(200);
    expect(listed.body.items.map((item: { id: number }) => item.id)).toContain(mine.id);
    await request(admin.app).get('/api/' + SLUG + '/' + mine.id).expect(200);
    await request(admin.app).delete('/api/' + SLUG + '/' + mine.id).expect(204);
  });${crossTest}

  it('limits sign-up and log-in attempts per client more strictly than other requests', async () => {
    const limited = await serve(t.db, testOptions({ rateLimit: { api: 1_000, auth: 2 } }));
    for (let i = 0; i < 2; i++)
      await request(limited).post('/api/auth/login').send({ email: 'member@example.com', password: 'wrong password' }).expect(401);
    const blocked = await request(limited).post('/api/auth/login').send({ email: 'member@example.com', password: PASSWORD }).expect(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Asking who is logged in is not a password attempt: every page load does it.
    for (let i = 0; i < 3; i++) await request(limited).get('/api/auth/me').expect(401);
  });
});
`;
}

/**
 * test/auth.first-admin.test.ts: on an empty users table, sign-ups at the same moment make exactly one admin.
 * A file of its own because it needs a database without users; the dot keeps it apart from entity tests.
 */
export function firstAdminTestFile(app: AppModel): string {
  return `import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/index.js';
import { migrate } from '../src/db/index.js';
import { openTestDatabase } from './database.js';
import { PASSWORD, serve, testOptions } from './helpers.js';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await openTestDatabase('first_admin'));
  await migrate(db);
});
afterAll(async () => {
  await drop?.();
});

describe('the first user to sign up', () => {
  it('is the only admin, however many sign up at the same moment', async () => {
    const server = await serve(db, testOptions());
    const emails = Array.from({ length: 8 }, (_, i) => 'early' + i + '@example.com');
    const responses = await Promise.all(
      emails.map((email) => request(server).post('/api/auth/signup').send({ email, password: PASSWORD })),
    );
    expect(responses.map((response) => response.status)).toEqual(emails.map(() => 201));
    expect(responses.filter((response) => response.body.role === 'admin')).toHaveLength(1);
    const admins = await db.query<{ email: string }>("SELECT email FROM ${app.usersTable} WHERE role = 'admin'");
    expect(admins).toHaveLength(1);
    const later = await request(server).post('/api/auth/signup').send({ email: 'later@example.com', password: PASSWORD }).expect(201);
    expect(later.body.role).toBe('user');
  });
});
`;
}
