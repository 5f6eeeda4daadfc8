/**
 * The deployment files, checked without Docker (it cannot run on our machines): docker-compose.yml has the
 * production topology, every appgen service's environment parses with the service's own config schema
 * (after Compose's ${VAR:-default} interpolation with .env.example), nginx balances the API services the
 * compose file defines, the Dockerfile is multi-stage and non-root, and .env.example documents every
 * variable the service reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../src/config.ts';
import { REPO_ROOT } from './support/processes.ts';

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number | boolean | null>;
  healthcheck?: { test?: unknown; disable?: boolean };
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}

const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');
const compose = parse(read('docker-compose.yml'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const services = compose.services;

/** .env.example as a map, comments and blank lines skipped. */
const envExample = new Map(
  read('.env.example')
    .split('\n')
    .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const),
);

/** Compose's interpolation: ${VAR}, ${VAR:-default}, with .env.example as the .env file. */
function interpolate(value: string): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::-([^}]*))?\}/g, (_, name: string, fallback?: string) => {
    const set = envExample.get(name);
    return set !== undefined && set !== '' ? set : (fallback ?? '');
  });
}

const appgenServices = Object.entries(services).filter(([, service]) => service.image?.startsWith('appgen'));
const AWS_CHAIN = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];

describe('docker-compose.yml', () => {
  it('runs postgres, redis, minio, two API instances, two workers and nginx, with health checks and volumes', () => {
    for (const name of ['postgres', 'redis', 'minio', 'api1', 'api2', 'worker1', 'worker2', 'nginx']) {
      expect(services, name).toHaveProperty(name);
    }
    expect(services.api1?.command).toEqual(['serve']);
    expect(services.api2?.command).toEqual(['serve']);
    expect(services.worker1?.command).toEqual(['worker']);
    expect(services.worker2?.command).toEqual(['worker']);
    expect(services.migrate?.command).toEqual(['migrate']);
    for (const name of ['postgres', 'redis', 'minio', 'api1', 'api2', 'nginx']) {
      expect(services[name]?.healthcheck?.test, `${name} health check`).toBeDefined();
    }
    for (const name of ['postgres', 'redis', 'minio']) {
      expect(services[name]?.volumes?.length, `${name} volume`).toBeGreaterThan(0);
    }
    expect(services.api1?.depends_on).toMatchObject({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      migrate: { condition: 'service_completed_successfully' },
    });
  });

  it.each(appgenServices)(
    '%s: every variable is one the service reads, and the config parses',
    (_, service) => {
      const env: Record<string, string> = {};
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        expect([...CONFIG_VARIABLES, ...AWS_CHAIN], `unknown variable ${key}`).toContain(key);
        env[key] = interpolate(String(value ?? ''));
      }
      const config = loadConfig(env);
      expect(new URL(config.databaseUrl!).hostname).toBe('postgres');
      if (service.command?.[0] === 'migrate') return;
      expect(new URL(config.redisUrl!).hostname).toBe('redis');
      expect(config.s3).toMatchObject({ bucket: 'appgen', forcePathStyle: true });
      expect(new URL(config.s3!.endpoint!).hostname).toBe('minio');
      expect(config.trustProxy).toBe(1);
    },
  );

  it('puts every API instance behind nginx, with the SSE-safe config', () => {
    const nginx = read('deploy/nginx.conf');
    const upstreams = [...nginx.matchAll(/^\s*server (\w+):3000/gm)].map((m) => m[1]);
    const apis = appgenServices.filter(([, s]) => s.command?.[0] === 'serve').map(([name]) => name);
    expect(upstreams.sort()).toEqual(apis.sort());
    expect(services.nginx?.volumes).toContain('./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro');
    const events = nginx.slice(nginx.indexOf('location ~ ^/api/jobs/'));
    expect(events).toMatch(/proxy_buffering off;/);
    expect(events).toMatch(/proxy_read_timeout 1h;/);
    expect(events).toMatch(/gzip off;/);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('builds in stages and runs as a non-root user with a health check', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["node", "packages\/cli\/bin\/appgen.js"\]$/m);
  });
});

describe('.env.example', () => {
  it('documents every variable the service reads, and nothing it does not', () => {
    const composeOnly = [
      'POSTGRES_PASSWORD',
      'MINIO_ROOT_USER',
      'MINIO_ROOT_PASSWORD',
      'APPGEN_HTTP_PORT',
      'MINIO_HTTP_PORT',
    ];
    expect([...envExample.keys()].sort()).toEqual([...CONFIG_VARIABLES, ...AWS_CHAIN, ...composeOnly].sort());
  });

  it('holds values the service accepts', () => {
    const env = Object.fromEntries([...envExample].filter(([key]) => CONFIG_VARIABLES.includes(key)));
    expect(() => loadConfig(env)).not.toThrow();
  });
});
