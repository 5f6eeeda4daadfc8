/**
 * Starts the whole service: parts, HTTP server, worker. `close` is the graceful shutdown: stop accepting,
 * fail readiness, end SSE streams, let running jobs finish within the timeout (the rest are retried at the
 * next start), close the database and release its lock.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import { type AppHandle, createApp } from './http/app.ts';
import { createServices, type ServiceOverrides, type Services } from './services.ts';

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  services: Services;
  handle: AppHandle;
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  overrides: ServiceOverrides & { webDist?: string } = {},
): Promise<RunningServer> {
  const services = await createServices(config, overrides);
  const handle = createApp(services, { webDist: overrides.webDist });
  const server = createServer(handle.handler);
  // SSE streams are long; the default request timeout would cut them.
  server.requestTimeout = 0;
  server.headersTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    await services.start();
  } catch (error) {
    server.close();
    await services.stop();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    server,
    services,
    handle,
    close() {
      closing ??= (async () => {
        handle.markShuttingDown();
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        handle.streams.closeAll();
        server.closeIdleConnections();
        const finished = await services.stop();
        if (!finished)
          services.logger.warn('jobs still running at shutdown; they will be retried at the next start');
        server.closeAllConnections();
        await stopped;
      })();
      return closing;
    },
  };
}
