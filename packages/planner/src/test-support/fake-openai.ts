/**
 * A fake OpenAI-compatible server for tests: real HTTP on 127.0.0.1, so the real SDK, timeouts, aborts and
 * headers are exercised. Replies are queued per test; each request is recorded (body, headers, whether the
 * client gave up before the answer).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is. */
  body?: unknown;
  /** Waits this long before answering. */
  delayMs?: number;
}

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: { model?: string; messages?: { role: string; content: string }[]; [key: string]: unknown };
  receivedAt: number;
  /** The client closed the connection before the answer was sent. */
  aborted: boolean;
}

/** A chat completion whose message content is `content`. */
export function completion(
  content: string,
  options: { promptTokens?: number; completionTokens?: number; finishReason?: string; refusal?: string } = {},
): FakeReply {
  return {
    body: {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 0,
      model: 'fake',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal: options.refusal ?? null },
          finish_reason: options.finishReason ?? 'stop',
        },
      ],
      usage: {
        prompt_tokens: options.promptTokens ?? 1_500,
        completion_tokens: options.completionTokens ?? 600,
        total_tokens: (options.promptTokens ?? 1_500) + (options.completionTokens ?? 600),
      },
    },
  };
}

/** An OpenAI-style error body. */
export function apiError(status: number, message: string, headers: Record<string, string> = {}): FakeReply {
  return { status, headers, body: { error: { message, type: 'fake_error', code: null } } };
}

export class FakeOpenAI {
  readonly requests: RecordedRequest[] = [];
  private readonly replies: FakeReply[] = [];
  private fallbackReply: FakeReply | ((request: RecordedRequest) => FakeReply) = apiError(
    500,
    'no reply queued',
  );

  private constructor(
    private readonly server: Server,
    /** The base URL to give the SDK, ending in /v1. */
    readonly url: string,
  ) {}

  static async start(): Promise<FakeOpenAI> {
    let fake: FakeOpenAI | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const request: RecordedRequest = {
          path: req.url ?? '',
          headers: req.headers,
          body: text ? JSON.parse(text) : {},
          receivedAt: Date.now(),
          aborted: false,
        };
        fake?.requests.push(request);
        res.on('close', () => {
          if (!res.writableFinished) request.aborted = true;
        });
        const reply = fake?.next(request) ?? apiError(500, 'not ready');
        const send = () => {
          if (res.destroyed) return;
          const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
          res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
          res.end(body);
        };
        if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
        else send();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeOpenAI(server, `http://127.0.0.1:${port}/v1`);
    return fake;
  }

  /** Queues replies, answered in order; after them the default reply answers. */
  reply(...replies: FakeReply[]): this {
    this.replies.push(...replies);
    return this;
  }

  /** What answers when the queue is empty (a 500 unless set). */
  otherwise(reply: FakeReply | ((request: RecordedRequest) => FakeReply)): this {
    this.fallbackReply = reply;
    return this;
  }

  /** Forgets queued replies and recorded requests. */
  reset(): void {
    this.replies.length = 0;
    this.requests.length = 0;
    this.fallbackReply = apiError(500, 'no reply queued');
  }

  private next(request: RecordedRequest): FakeReply {
    const queued = this.replies.shift();
    if (queued) return queued;
    return typeof this.fallbackReply === 'function' ? this.fallbackReply(request) : this.fallbackReply;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
