/**
 * A client process for the idle-stream figure: opens many SSE streams and holds them until told to stop.
 * Forked with IPC; receives {urls, count, headers}, opens `count` streams spread over `urls` (each its own
 * socket), replies {opened, failed, errors}, then on 'close' ends every stream, replies {ended} and exits.
 * Streams that the server ends meanwhile are counted as dropped.
 */
import { request } from 'node:http';

interface Order {
  urls: string[];
  count: number;
  headers: Record<string, string>;
}

const sockets: Array<{ destroy(): void }> = [];
let dropped = 0;
let closing = false;

function open(url: string, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: { Accept: 'text/event-stream', ...headers }, agent: false },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`status ${res.statusCode}`));
          res.resume();
          return;
        }
        res.on('data', () => {});
        res.on('end', () => {
          if (!closing) dropped++;
        });
        res.on('error', () => {});
        resolve();
      },
    );
    req.on('error', (error) => {
      if (!closing) reject(error);
    });
    req.setTimeout(60_000, () => req.destroy(new Error('no answer in 60 s')));
    req.end();
    sockets.push(req);
  });
}

process.on('message', async (message: Order | 'close') => {
  if (message === 'close') {
    closing = true;
    for (const socket of sockets) socket.destroy();
    process.send?.({ ended: sockets.length, dropped });
    process.disconnect();
    return;
  }
  const errors = new Map<string, number>();
  let opened = 0;
  // In waves, so the server's accept backlog is not what is measured.
  for (let start = 0; start < message.count; start += 100) {
    const wave = Array.from({ length: Math.min(100, message.count - start) }, (_, i) =>
      open(message.urls[(start + i) % message.urls.length]!, message.headers).then(
        () => {
          opened++;
        },
        (error: Error) => errors.set(error.message, (errors.get(error.message) ?? 0) + 1),
      ),
    );
    await Promise.all(wave);
  }
  process.send?.({ opened, failed: message.count - opened, errors: Object.fromEntries(errors) });
});
process.on('disconnect', () => process.exit(0));
