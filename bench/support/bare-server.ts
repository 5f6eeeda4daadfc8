/**
 * The ceiling: a bare node:http server answering GET …/status with the same JSON the API returns for a
 * job's status (BARE_BODY), stringified per request as the API does. Prints BARE_READY <url>.
 *   BARE_BODY='{…}' PORT=… node --import tsx bench/support/bare-server.ts
 */
import { createServer } from 'node:http';

const body = JSON.parse(process.env.BARE_BODY ?? '{}') as unknown;
const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url?.endsWith('/status')) {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
    return;
  }
  res.writeHead(404).end();
});
server.keepAliveTimeout = 5_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(`BARE_READY http://127.0.0.1:${address.port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
