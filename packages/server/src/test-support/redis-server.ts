/**
 * A private redis-server process for tests that stop and restart Redis (the shared one on :6379 must not
 * be touched). Keeps nothing on disk, like our production-like setup, so a restart loses every key — the
 * worst case the service must survive. Fails (never skips) when redis-server is not installed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startRedisServer(
  binary = process.env.REDIS_SERVER_BIN ?? 'redis-server',
): Promise<RedisServer> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  async function start(): Promise<void> {
    child = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<never>((_, reject) => {
      child?.once('error', (error) => reject(new Error(`cannot start ${binary}: ${error.message}`)));
      child?.once('exit', (code) => reject(new Error(`${binary} exited with ${code}`)));
    });
    exited.catch(() => {}); // later exits (our own stop) are expected
    const deadline = Date.now() + 10_000;
    for (;;) {
      const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => {});
      const ready = await Promise.race([
        probe.connect().then(
          () => probe.ping().then(() => true),
          () => false,
        ),
        exited,
      ]);
      probe.disconnect();
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`redis-server on :${port} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function stop(): Promise<void> {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGKILL');
    });
  }

  await start();
  return { url, port, start, stop };
}
