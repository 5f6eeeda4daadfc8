import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { apiError, completion, FakeOpenAI } from '@appgen/planner/test-support/fake-openai';
import { clinicAnswer } from '@appgen/planner/test-support/llm-answers';
import { describe, expect, it, type TestContext } from 'vitest';
import { fromBuffer } from 'yauzl';
import { FIXTURES, runAppgen } from '../test/run-cli.ts';

const SPEC = join(FIXTURES, 'library.json');
/** A fresh working directory per test, removed when the test ends. */
async function tempCwd({ onTestFinished }: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'appgen-cli-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Every entry of a ZIP with its content, read back with yauzl. */
function readZip(data: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    fromBuffer(data, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map<string, string>();
      zip.on('entry', (entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('appgen generate --spec', () => {
  it('writes the project and prints a summary with next steps', async (context) => {
    const cwd = await tempCwd(context);
    const run = await runAppgen(['generate', '--spec', SPEC, '--out', 'library'], cwd);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Generated Little Library: \d+ files \([\d.]+ k?B\) in \d+ ms/);
    expect(run.stdout).toContain('cd library && npm install && npm run dev');
    const files = await listFiles(join(cwd, 'library'));
    expect(files.length).toBeGreaterThan(0);
    expect(files).toContain('server/src/shared/schemas.ts');
    // No staging directory is left beside the project.
    expect(await readdir(cwd)).toEqual(['library']);
  });

  it('refuses a non-empty directory without --force, and writes into it with --force', async (context) => {
    const cwd = await tempCwd(context);
    await mkdir(join(cwd, 'out'));
    await writeFile(join(cwd, 'out', 'keep.txt'), 'mine');
    const refused = await runAppgen(['generate', '--spec', SPEC, '--out', 'out'], cwd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('out is not empty');
    expect(refused.stderr).toContain('--force');
    expect(await readdir(join(cwd, 'out'))).toEqual(['keep.txt']);

    const forced = await runAppgen(['generate', '--spec', SPEC, '--out', 'out', '--force'], cwd);
    expect(forced.code).toBe(0);
    const files = await listFiles(join(cwd, 'out'));
    expect(files).toContain('keep.txt');
    expect(files).toContain('server/src/shared/schemas.ts');
  });

  it('writes into an existing empty directory', async (context) => {
    const cwd = await tempCwd(context);
    await mkdir(join(cwd, 'empty'));
    const run = await runAppgen(['generate', '--spec', SPEC, '--out', 'empty'], cwd);
    expect(run.code).toBe(0);
    expect((await listFiles(join(cwd, 'empty'))).length).toBeGreaterThan(0);
  });

  it('reports bad JSON with its line and column, exit 2', async (context) => {
    const cwd = await tempCwd(context);
    await writeFile(join(cwd, 'bad.json'), '{\n  "app": { "name": "x" },\n  "entities": [ }\n');
    const run = await runAppgen(['generate', '--spec', 'bad.json', '--out', 'out'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.json:3:17: not valid JSON');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(cwd)).toEqual(['bad.json']);
  });

  it('reports a missing spec file, exit 2', async (context) => {
    const cwd = await tempCwd(context);
    const run = await runAppgen(['generate', '--spec', 'missing.json', '--out', 'out'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read the spec file missing.json: no such file');
  });

  it('names each invalid path of a spec that does not validate, exit 2', async (context) => {
    const cwd = await tempCwd(context);
    const spec = { app: { name: 'Broken' }, entities: [{ name: '!!!' }] };
    await writeFile(join(cwd, 'invalid.json'), JSON.stringify(spec));
    const run = await runAppgen(['generate', '--spec', 'invalid.json', '--out', 'out'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid.json is not a valid app spec');
    expect(run.stderr).toMatch(/entities\[0\]\.name: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('generates for the database chosen with --database or --stack', async (context) => {
    const cwd = await tempCwd(context);
    for (const [flags, driver] of [
      [['--database', 'sqlite'], 'better-sqlite3'],
      [['--stack', 'react-express-mysql'], 'mysql2'],
    ] as const) {
      const out = driver;
      const run = await runAppgen(['generate', '--spec', SPEC, '--out', out, ...flags], cwd);
      expect(run.code, run.stderr).toBe(0);
      const pkg = JSON.parse(await readFile(join(cwd, out, 'server', 'package.json'), 'utf8'));
      expect(Object.keys(pkg.dependencies)).toContain(driver);
      expect(Object.keys(pkg.dependencies)).not.toContain('pg');
    }
  });

  it('generates the backend chosen with --backend or --stack', async (context) => {
    const cwd = await tempCwd(context);
    for (const [out, flags] of [
      ['backend-flag', ['--backend', 'fastify']],
      ['stack-flag', ['--stack', 'vue-fastify-sqlite']],
    ] as const) {
      const run = await runAppgen(['generate', '--spec', SPEC, '--out', out, ...flags], cwd);
      expect(run.code, run.stderr).toBe(0);
      const pkg = JSON.parse(await readFile(join(cwd, out, 'server', 'package.json'), 'utf8'));
      expect(Object.keys(pkg.dependencies)).toContain('fastify');
      expect(Object.keys(pkg.dependencies)).not.toContain('express');
      expect(await readFile(join(cwd, out, 'server', 'src', 'app.ts'), 'utf8')).toContain("from 'fastify'");
    }
    const both = await runAppgen(
      ['generate', '--spec', SPEC, '--out', 'both', '--stack', 'react-fastify-mysql', '--backend', 'express'],
      cwd,
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('use either --stack or --frontend/--backend/--database, not both');
  });

  it('generates the level chosen with --complexity, on either backend', async (context) => {
    const cwd = await tempCwd(context);
    const simple = await runAppgen(
      ['generate', '--spec', SPEC, '--out', 'simple', '--complexity', 'simple'],
      cwd,
    );
    expect(simple.code, simple.stderr).toBe(0);
    expect(simple.stdout).toContain('complexity simple');
    const simpleFiles = await listFiles(join(cwd, 'simple'));
    expect(simpleFiles).not.toContain('docker-compose.yml');
    expect(simpleFiles).not.toContain('server/src/seed.ts');
    const advanced = await runAppgen(
      ['generate', '--spec', SPEC, '--out', 'advanced', '--complexity', 'advanced'],
      cwd,
    );
    expect(advanced.code, advanced.stderr).toBe(0);
    const advancedFiles = await listFiles(join(cwd, 'advanced'));
    for (const path of [
      'server/src/auth/accounts.ts',
      'server/test/auth.test.ts',
      '.github/workflows/ci.yml',
    ])
      expect(advancedFiles).toContain(path);
    const onFastify = await runAppgen(
      ['generate', '--spec', SPEC, '--out', 'fastify', '--complexity', 'advanced', '--backend', 'fastify'],
      cwd,
    );
    expect(onFastify.code, onFastify.stderr).toBe(0);
    expect(onFastify.stderr).not.toContain('warning');
    const fastifyFiles = await listFiles(join(cwd, 'fastify'));
    for (const path of [
      'server/src/http/auth-routes.ts',
      'server/test/auth.test.ts',
      '.github/workflows/ci.yml',
    ])
      expect(fastifyFiles).toContain(path);
    const pkg = JSON.parse(await readFile(join(cwd, 'fastify/server/package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).toContain('fastify');
  });

  it('rejects an unknown --stack and lists the allowed ones, exit 2', async (context) => {
    const cwd = await tempCwd(context);
    const run = await runAppgen(
      ['generate', '--spec', SPEC, '--out', 'out', '--stack', 'vue-django-mongo'],
      cwd,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--stack "vue-django-mongo" is not supported; choose one of: react-express-postgres, react-express-sqlite, react-express-mysql, react-fastify-postgres',
    );
    const backend = await runAppgen(['generate', '--spec', SPEC, '--out', 'out', '--backend', 'koa'], cwd);
    expect(backend.code).toBe(2);
    expect(backend.stderr).toContain('--backend "koa" is not supported; choose one of: express, fastify');
  });

  it('rejects an unknown --complexity and option, exit 2', async (context) => {
    const cwd = await tempCwd(context);
    const complexity = await runAppgen(
      ['generate', '--spec', SPEC, '--out', 'out', '--complexity', 'huge'],
      cwd,
    );
    expect(complexity.code).toBe(2);
    expect(complexity.stderr).toContain('simple, standard, advanced');
    const option = await runAppgen(['generate', '--spec', SPEC, '--out', 'out', '--colour'], cwd);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Unknown option '--colour'");
  });

  it('writes a reproducible ZIP with the same files as the directory', async (context) => {
    const cwd = await tempCwd(context);
    const run = await runAppgen(['generate', '--spec', SPEC, '--out', 'out', '--zip', 'out.zip'], cwd);
    expect(run.code).toBe(0);
    const zipped = await readFile(join(cwd, 'out.zip'));
    const entries = await readZip(zipped);
    const files = await listFiles(join(cwd, 'out'));
    expect([...entries.keys()]).toEqual(files);
    for (const file of files) expect(entries.get(file)).toBe(await readFile(join(cwd, 'out', file), 'utf8'));

    const again = await runAppgen(['generate', '--spec', SPEC, '--zip', 'again.zip'], cwd);
    expect(again.code).toBe(0);
    expect((await readFile(join(cwd, 'again.zip'))).equals(zipped)).toBe(true);

    const refused = await runAppgen(['generate', '--spec', SPEC, '--zip', 'again.zip'], cwd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
  });
});

describe('appgen help, version and usage', () => {
  it('prints help for the CLI and each command', async (context) => {
    const cwd = await tempCwd(context);
    const top = await runAppgen(['--help'], cwd);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('generate');
    expect(top.stdout).toContain('plan');
    for (const command of ['generate', 'plan', 'serve', 'migrate']) {
      const help = await runAppgen([command, '-h'], cwd);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`appgen ${command}`);
    }
  });

  it('prints the version', async (context) => {
    const cwd = await tempCwd(context);
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const run = await runAppgen(['--version'], cwd);
    expect(run).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('rejects an unknown command and missing arguments, exit 2', async (context) => {
    const cwd = await tempCwd(context);
    expect((await runAppgen(['frobnicate'], cwd)).code).toBe(2);
    const noOut = await runAppgen(['generate', '--spec', SPEC], cwd);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out DIR');
  });
});

describe('appgen plan', () => {
  it('prints the AppSpec planned from a description as JSON', async (context) => {
    const cwd = await tempCwd(context);
    const run = await runAppgen(['plan', '--json', 'a small library where members borrow books'], cwd);
    expect(run.code, run.stderr).toBe(0);
    const spec = JSON.parse(run.stdout) as { entities: Array<{ name: string }> };
    expect(spec.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Member', 'Book']));
  });

  it('generates a project from a description', async (context) => {
    const cwd = await tempCwd(context);
    const run = await runAppgen(['generate', '--out', 'app', 'Guests book rooms and rate their stays.'], cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/files/);
  });

  it('rejects an empty description with a clear message, exit 2', async (context) => {
    const cwd = await tempCwd(context);
    const run = await runAppgen(['plan', '--json', '   '], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Describe the app you want/);
  });
});

describe('appgen plan with an LLM configured', () => {
  async function withFake(context: TestContext): Promise<FakeOpenAI> {
    const fake = await FakeOpenAI.start();
    context.onTestFinished(() => fake.close());
    return fake;
  }

  it('asks the OpenAI-compatible server at OPENAI_BASE_URL', async (context) => {
    const [cwd, fake] = await Promise.all([tempCwd(context), withFake(context)]);
    fake.reply(completion(JSON.stringify(clinicAnswer())));
    const run = await runAppgen(['plan', '--json', 'a vet clinic'], cwd, { OPENAI_BASE_URL: fake.url });
    expect(run.code, run.stderr).toBe(0);
    const spec = JSON.parse(run.stdout) as { entities: Array<{ name: string }> };
    expect(spec.entities.map((e) => e.name)).toEqual(['Owner', 'Pet', 'Vet', 'Appointment', 'Treatment']);
    expect(fake.requests).toHaveLength(1);
  });

  it('falls back to the offline planner when the LLM fails, and says why', async (context) => {
    const [cwd, fake] = await Promise.all([tempCwd(context), withFake(context)]);
    fake.otherwise(apiError(503, 'overloaded'));
    const run = await runAppgen(['plan', '--json', 'a small library where members borrow books'], cwd, {
      OPENAI_BASE_URL: fake.url,
      OPENAI_MAX_RETRIES: '1',
      OPENAI_RETRY_BASE_MS: '10',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/HTTP 503\) after 2 attempts; planned offline instead\. \(LLM_UNAVAILABLE\)/);
    const spec = JSON.parse(run.stdout) as { entities: Array<{ name: string }> };
    expect(spec.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Member', 'Book']));
  });

  it('rejects a bad LLM setting by name, exit 2', async (context) => {
    const cwd = await tempCwd(context);
    const run = await runAppgen(['plan', '--json', 'a library'], cwd, { OPENAI_BASE_URL: 'not a url' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/OPENAI_BASE_URL/);
  });
});
