import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockRiffyn, type MockRequest, type MockResponse, type MockRiffyn } from '../../src/testing/index.js';
import { startMockRiffynServer, type MockRiffynServer } from '../../src/testing/server.js';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

/**
 * A node:http server on a free loopback port. The listener may be async (`toNodeHandler`'s is):
 * node:http drops what it returns, so a listener answers its own failures.
 */
export async function listen(listener: (req: IncomingMessage, res: ServerResponse) => unknown): Promise<Listening> {
  const server = createServer((req, res) => void listener(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One request with the path exactly as given (fetch would normalise `..` and `%2e` before sending),
 * optionally with a chunked body and no Content-Length.
 */
export function rawRequest(
  base: string,
  { method = 'GET', path, headers = {}, body, chunks }: { method?: string; path: string; headers?: Record<string, string>; body?: string; chunks?: string[] },
): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method, path, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (chunks) for (const chunk of chunks) req.write(chunk);
    req.end(body);
  });
}

/** The mock Riffyn on a real port, keeping every raw request it got and answer it sent. */
export interface RecordingUpstream extends MockRiffynServer {
  seen: MockRequest[];
  sent: MockResponse[];
  /** Answer this many ms late (a slow Riffyn). */
  delayMs: number;
}

export async function recordingUpstream(): Promise<RecordingUpstream> {
  const mock = createMockRiffyn();
  // `handle` runs only once the server below is up, and reads the delay from it on every request.
  const recording: MockRiffyn = {
    ...mock,
    async handle(request) {
      self.seen.push(request);
      if (self.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, self.delayMs));
      const answer = await mock.handle(request);
      self.sent.push(answer);
      return answer;
    },
  };
  const server = await startMockRiffynServer({ mock: recording, log: false });
  const self: RecordingUpstream = Object.assign(server, { seen: [] as MockRequest[], sent: [] as MockResponse[], delayMs: 0 });
  return self;
}

/** An upstream that takes requests and never answers, and says whether each one was hung up on. */
export async function hangingUpstream(): Promise<Listening & { requests: Array<{ path: string; closedEarly: Promise<boolean> }> }> {
  const requests: Array<{ path: string; closedEarly: Promise<boolean> }> = [];
  const server = await listen((req, res) => {
    const closedEarly = new Promise<boolean>((resolve) => res.once('close', () => resolve(!res.writableFinished)));
    requests.push({ path: req.url ?? '', closedEarly });
  });
  return { ...server, requests };
}

/** Polls until `check` holds (for things another socket makes true). */
export async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
