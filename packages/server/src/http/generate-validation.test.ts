import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, TEST_DATABASES } from '../test-support/databases.ts';
import { STARTUP_TIMEOUT_MS, startTestServer, type TestServer } from '../test-support/test-server.ts';

interface BadInput {
  name: string;
  body: string | Buffer;
  contentType?: string;
  status: number;
  code: string;
}

const json = (value: unknown) => JSON.stringify(value);

const BAD_INPUTS: BadInput[] = [
  { name: 'empty prompt', body: json({ prompt: '   ' }), status: 400, code: 'PROMPT_EMPTY' },
  {
    name: 'prompt over 1000 characters',
    body: json({ prompt: 'a'.repeat(1001) }),
    status: 400,
    code: 'PROMPT_TOO_LONG',
  },
  {
    name: 'control character',
    body: json({ prompt: 'a todo app\u0007' }),
    status: 400,
    code: 'PROMPT_CONTROL_CHARS',
  },
  { name: 'prompt not text', body: json({ prompt: 42 }), status: 400, code: 'PROMPT_NOT_TEXT' },
  { name: 'missing prompt', body: json({}), status: 400, code: 'VALIDATION_FAILED' },
  {
    name: 'unknown field',
    body: json({ prompt: 'a todo app', colour: 'red' }),
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'unknown complexity',
    body: json({ prompt: 'a todo app', complexity: 'huge' }),
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'unknown stack name',
    body: json({ prompt: 'a todo app', stack: 'vue-django-mysql' }),
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'unknown stack part',
    body: json({ prompt: 'a todo app', stack: { database: 'mongodb' } }),
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  { name: 'array body', body: json(['a todo app']), status: 400, code: 'VALIDATION_FAILED' },
  { name: 'malformed JSON', body: '{"prompt": "a todo app"', status: 400, code: 'MALFORMED_JSON' },
  {
    name: 'body over 16 KB',
    body: json({ prompt: 'a'.repeat(17_000) }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'form content type',
    body: 'prompt=a+todo+app',
    contentType: 'application/x-www-form-urlencoded',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'text content type',
    body: json({ prompt: 'a todo app' }),
    contentType: 'text/plain',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
];

describe.each(TEST_DATABASES)('POST /api/generate rejects bad input on $name', (target) => {
  let server: TestServer;
  let disposeDb: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openTestDb(target, 'validation');
    disposeDb = opened.dispose;
    server = await startTestServer(opened.db);
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await server.dispose();
    await disposeDb();
  });

  it.each(BAD_INPUTS)(
    '$name → $status $code, nothing written',
    async ({ body, contentType, status, code }) => {
      const before = await server.rowCounts();
      const response = await request(server.app)
        .post('/api/generate')
        .set('Content-Type', contentType ?? 'application/json')
        .send(body);
      expect(response.status).toBe(status);
      expect(response.body.error.code).toBe(code);
      expect(typeof response.body.error.message).toBe('string');
      expect(await server.rowCounts()).toEqual(before);
    },
  );

  it('lists the allowed values for an unknown stack or complexity', async () => {
    const response = await request(server.app)
      .post('/api/generate')
      .send({ prompt: 'a todo app', complexity: 'huge' });
    expect(response.body.error.details.fields[0]).toMatchObject({ path: 'complexity' });
    expect(response.body.error.details.fields[0].message).toContain('simple, standard, advanced');
    expect(response.body.error.details.allowed.stack).toEqual([
      'react-express-postgres',
      'react-express-sqlite',
      'react-express-mysql',
      'react-fastify-postgres',
      'react-fastify-sqlite',
      'react-fastify-mysql',
      'vue-express-postgres',
      'vue-express-sqlite',
      'vue-express-mysql',
      'vue-fastify-postgres',
      'vue-fastify-sqlite',
      'vue-fastify-mysql',
    ]);
  });

  it('refuses a wrong API key with 401 and writes nothing', async () => {
    const before = await server.rowCounts();
    const response = await request(server.app)
      .post('/api/generate')
      .set('Authorization', 'Bearer not-a-key')
      .send({ prompt: 'a todo app' });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('UNAUTHORIZED');
    expect(await server.rowCounts()).toEqual(before);
  });
});
