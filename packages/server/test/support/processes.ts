/**
 * Real processes for the multi-instance test: appgen API instances and workers (tsx, the same entry point
 * `appgen serve` / `appgen worker` use), and nginx with the shipped deploy/nginx.conf. Output is kept in
 * memory and printed when a test fails; every process is stopped, bounded, at the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const SERVER_MAIN = join(REPO_ROOT, 'packages', 'server', 'src', 'main.ts');

export interface Service {
  name: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** kill -9. */
  kill(): Promise<void>;
}

/** Keeps a child's output in memory and stops it, bounded; bench/ tracks its own entry points with it. */
export function track(name: string, child: ChildProcess): Service {
  const chunks: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once('exit', () => resolve());
  });
  const signal = async (sig: NodeJS.Signals, graceMs: number) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(sig);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      exited,
      new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, graceMs);
      }),
    ]);
    clearTimeout(timer);
    await exited;
  };
  return {
    name,
    child,
    output: () => chunks.join(''),
    stop: (graceMs = 10_000) => signal('SIGTERM', graceMs),
    kill: () => signal('SIGKILL', 0),
  };
}

/** `appgen serve` (role "api") or `appgen worker` (role "worker") with `env`. */
export function startAppgen(name: string, role: 'api' | 'worker', env: Record<string, string>): Service {
  // node itself with tsx's loader (not the tsx wrapper, which would outlive a SIGKILL as an orphaned child).
  const args = ['--import', 'tsx', SERVER_MAIN, ...(role === 'worker' ? ['worker'] : [])];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return track(name, child);
}

/** nginx running deploy/nginx.conf with the upstreams and port swapped in; fails when nginx is missing. */
export function startNginx(listenPort: number, upstreamPorts: number[]): Service & { dispose(): void } {
  const prefix = mkdtempSync(join(tmpdir(), 'appgen-nginx-'));
  const shipped = readFileSync(join(REPO_ROOT, 'deploy', 'nginx.conf'), 'utf8');
  const servers = upstreamPorts
    .map((port) => `  server 127.0.0.1:${port} max_fails=3 fail_timeout=10s;`)
    .join('\n');
  const site = shipped
    .replace(/^ {2}server api\d+:3000[^\n]*\n/gm, '')
    .replace('  least_conn;\n', `  least_conn;\n${servers}\n`)
    .replace('listen 80;', `listen 127.0.0.1:${listenPort};`);
  if (!site.includes(`127.0.0.1:${upstreamPorts[0]}`)) throw new Error('deploy/nginx.conf changed shape');
  writeFileSync(join(prefix, 'site.conf'), site);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `worker_processes 1;
error_log ${prefix}/error.log warn;
pid ${prefix}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
}
`,
  );
  const binary = process.env.NGINX_BIN ?? (process.getuid?.() === 0 ? '/usr/sbin/nginx' : 'nginx');
  const child = spawn(binary, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const service = track('nginx', child);
  return { ...service, dispose: () => rmSync(prefix, { recursive: true, force: true }) };
}

/** Polls `check` until it holds; fails early when one of `services` has exited, showing its output. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  services: Service[] = [],
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    const dead = services.find((s) => s.child.exitCode !== null);
    if (dead)
      throw new Error(
        `${dead.name} exited (${dead.child.exitCode}) while waiting for ${what}:\n${dead.output()}`,
      );
    if (Date.now() > deadline) {
      throw new Error(
        `${what} not reached in ${timeoutMs} ms\n${services.map((s) => `--- ${s.name}\n${s.output().slice(-3000)}`).join('\n')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
